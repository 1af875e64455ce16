//! Sourcing rules: every claim cites sources that exist, ids are unique, and
//! strong evidence ratings rest on research.

pub(crate) mod dangling_citation;
pub(crate) mod duplicate_id;
pub(crate) mod repeated_citation;
pub(crate) mod unsourced_record;
pub(crate) mod unused_source;
pub(crate) mod weakly_sourced_evidence;

use crate::rules::{Finding, TopicContext};

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let records = &context.records;
    // A translation's record that cites nothing has its original record's sources; the
    // original is held to `unsourced-record`, and a record only the translation has is
    // `extra-translated-record`.
    let inherits_sources = context.topic.translation_of.is_some();
    for record in records {
        if !inherits_sources {
            unsourced_record::check(record, findings);
        }
        if let Some(sources) = context.sources {
            dangling_citation::check(record, sources, findings);
        }
        repeated_citation::check(record, findings);
    }
    duplicate_id::check_records(records, findings);
    weakly_sourced_evidence::check(context, findings);
}
