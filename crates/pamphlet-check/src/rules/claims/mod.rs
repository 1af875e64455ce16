//! Claims and stray-text rules: absolute health claims, advertising, sentences that
//! do not belong to the topic, and characters nobody can see.

pub(crate) mod absolute_claim;
pub(crate) mod hidden_character;
pub(crate) mod off_topic_text;
pub(crate) mod promotional_text;

use crate::rules::{Finding, Target, TopicContext};
use crate::text::phrases::tokenize;

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let fields = &context.text;
    let mut promotional = Vec::new();
    for field in fields {
        // Both phrase detectors read the same words.
        let tokens = tokenize(field.text);
        absolute_claim::check(field, &tokens, findings);
        hidden_character::check(field, findings);
        promotional_text::check(
            field,
            &tokens,
            &context.sentences.of(field.text),
            &mut promotional,
        );
    }
    let mut off_topic = Vec::new();
    off_topic_text::check(
        fields,
        &context.sentences,
        &context.topic.language,
        context.settings.off_topic_threshold,
        &mut off_topic,
    );
    // An advert is reported once, as advertising, not also as off-topic.
    off_topic.retain(|stray| !promotional.iter().any(|advert| overlaps(stray, advert)));
    findings.extend(promotional);
    findings.extend(off_topic);
}

/// Whether two findings point at overlapping text of the same field.
fn overlaps(left: &Finding, right: &Finding) -> bool {
    match (&left.target, &right.target) {
        (Target::Text(left_range), Target::Text(right_range)) => {
            left.pointer == right.pointer
                && left_range.start < right_range.end
                && right_range.start < left_range.end
        }
        _ => false,
    }
}
