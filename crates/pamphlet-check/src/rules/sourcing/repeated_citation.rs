//! `repeated-citation` (PAM306): a record cites the same source twice.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::records::Record;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a record's `sources` list names each source once.
    ///
    /// ## Why it matters
    /// A repeated id makes a record look better supported than it is, and often means a
    /// second, different source was meant.
    ///
    /// ## Example
    /// ```yaml
    /// sources: [gattie-2017, gattie-2017]
    /// ```
    ///
    /// ## How to fix
    /// Remove the repeat, or replace it with the other source you meant to cite.
}

pub(crate) fn check(record: &Record<'_>, findings: &mut Vec<Finding>) {
    for (index, cited) in record.sources.iter().enumerate() {
        if record.sources[..index].contains(cited) {
            findings.push(
                Finding::new(
                    Rule::RepeatedCitation,
                    format!("{}/sources/{index}", record.pointer),
                    format!("{} cites `{cited}` more than once", record.label()),
                )
                .help("remove the repeated id, or replace it with the source you meant"),
            );
        }
    }
}
