//! `unsourced-record` (PAM301): a record that makes a health claim cites no source.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::records::Record;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every cause, symptom, red flag, treatment and recovery phase lists at least
    /// one source id under `sources`, whether the list is empty or left out. (Questions
    /// for the care team make no claim and need none.) A translation's record may leave
    /// `sources` out: it then has the sources of the same record in the original, which
    /// this rule checks there.
    ///
    /// ## Why it matters
    /// Each of these records tells a patient something about their health. A claim
    /// without a source cannot be checked by a reviewer, updated when the evidence
    /// changes, or trusted by the reader. This is the fault pamphlet exists to catch.
    ///
    /// ## Example
    /// ```yaml
    /// - id: essential-oils
    ///   name: Essential oils
    ///   benefits: Oils calm inflamed muscles.
    ///   sources: []
    /// ```
    ///
    /// ## How to fix
    /// Add the id of the bibliography entry that supports the record. If no source
    /// supports it, rewrite the record to say only what a source does support, or
    /// remove it: a clinic must never publish an unsourced claim.
}

pub(crate) fn check(record: &Record<'_>, findings: &mut Vec<Finding>) {
    if !record.kind.makes_claims() {
        return;
    }
    if record.sources.iter().all(|source| source.trim().is_empty()) {
        findings.push(
            Finding::new(
                Rule::UnsourcedRecord,
                format!("{}/sources", record.pointer),
                format!("{} cites no source", record.label()),
            )
            .help("add `sources: [id]` naming the bibliography entry that supports it, or remove the claim"),
        );
    }
}
