//! Claims and stray-text rules: absolute health claims, advertising, sentences that
//! do not belong to the topic, and characters nobody can see.

pub(crate) mod absolute_claim;
pub(crate) mod hidden_character;
pub(crate) mod off_topic_text;
pub(crate) mod promotional_text;

use pamphlet_schema::primary_language;

use crate::rules::completeness::placeholder_text;
use crate::rules::records::is_prose;
use crate::rules::{Finding, Target, TopicContext};
use crate::text::cues::read_sentences;
use crate::text::phrases::tokenize;

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let fields = &context.text;
    // The cue models are English.
    let english = primary_language(&context.topic.language) == "en";
    let mut promotional = Vec::new();
    for field in fields {
        // The phrase detectors and the cue models read the same words.
        let tokens = tokenize(field.text);
        let sentences = context.sentences.of(field.text);
        let runs = context.runs.of(field.text);
        // Names and titles are headings, not sentences: the models learnt from prose.
        let cues = if english && is_prose(field) {
            read_sentences(field.text, &tokens, &sentences)
        } else {
            Vec::new()
        };
        absolute_claim::check(field, &tokens, &cues, findings);
        hidden_character::check(field, findings);
        promotional_text::check(field, &tokens, &sentences, &runs, &cues, &mut promotional);
        placeholder_text::check_cues(field, &runs, &cues, findings);
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
