//! Plain-language rules: the Flesch-Kincaid grade of the topic and of each long
//! field, and sentences too long to read easily.

pub(crate) mod long_sentence;
pub(crate) mod reading_level_too_high;

use crate::rules::records::{TextField, is_prose};
use crate::rules::{Finding, TopicContext};

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let fields: Vec<TextField<'_>> = context
        .text
        .iter()
        .filter(|field| is_prose(field))
        .cloned()
        .collect();
    reading_level_too_high::check(&fields, context.settings, findings);
    for field in &fields {
        long_sentence::check(field, context.settings.long_sentence_words, findings);
    }
}
