//! Claims and stray-text rules: absolute health claims, advertising, and
//! sentences that do not belong to the topic.

pub(crate) mod absolute_claim;
pub(crate) mod off_topic_text;
pub(crate) mod promotional_text;

use crate::rules::records::all_text;
use crate::rules::{Finding, TopicContext};

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let fields = all_text(context.topic);
    for field in &fields {
        absolute_claim::check(field, findings);
        promotional_text::check(field, findings);
    }
    off_topic_text::check(&fields, context.settings.off_topic_threshold, findings);
}
