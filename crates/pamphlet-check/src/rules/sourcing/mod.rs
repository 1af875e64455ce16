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
    for record in records {
        unsourced_record::check(record, findings);
        if let Some(sources) = context.sources {
            dangling_citation::check(record, sources, findings);
        }
        repeated_citation::check(record, findings);
    }
    duplicate_id::check_records(records, findings);
    weakly_sourced_evidence::check(context, findings);
}
