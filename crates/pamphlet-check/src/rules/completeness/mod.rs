//! Completeness rules: every field a patient needs says something real, and a
//! topic has red flags, treatment choices and something for the reader to do.

pub(crate) mod backwards_weeks;
pub(crate) mod empty_field;
pub(crate) mod empty_section;
pub(crate) mod no_patient_action;
pub(crate) mod no_red_flags;
pub(crate) mod placeholder_text;
pub(crate) mod too_few_treatments;

use pamphlet_schema::Source;

use crate::rules::records::{TextField, topic_fields};
use crate::rules::{Finding, TopicContext};

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let topic = context.topic;
    empty_field::check_topic_fields(&topic_fields(topic), findings);
    for record in &context.records {
        empty_field::check_record(record, findings);
    }
    for field in &context.text {
        placeholder_text::check_in(field, &context.runs.of(field.text), findings);
    }
    no_red_flags::check(topic, findings);
    too_few_treatments::check(topic, context.settings.min_treatments, findings);
    no_patient_action::check(topic, findings);
    empty_section::check(topic, findings);
    backwards_weeks::check(topic, findings);
}

pub(crate) fn check_source(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    empty_field::check_source(source, pointer, findings);
    for (name, text) in [
        ("title", source.title.as_str()),
        ("container", source.container.as_str()),
    ] {
        placeholder_text::check(
            &TextField {
                pointer: format!("{pointer}/{name}"),
                name,
                text,
                record: None,
            },
            findings,
        );
    }
}
