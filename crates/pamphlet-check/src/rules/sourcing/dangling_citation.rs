//! `dangling-citation` (PAM302): a record cites a source the bibliography lacks.

use std::collections::HashMap;

use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::records::Record;
use crate::text::similar::closest;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every id listed under a record's `sources` is the id of an entry in the
    /// bibliography.
    ///
    /// ## Why it matters
    /// A citation that leads nowhere looks like evidence but is none. The handout's
    /// reference list would miss it, and a reviewer cannot check the claim.
    ///
    /// ## Example
    /// ```yaml
    /// sources: [gattie-2071]
    /// ```
    /// The bibliography has `gattie-2017`.
    ///
    /// ## How to fix
    /// Correct the id (the message suggests the closest one), or add the source to the
    /// bibliography with its DOI, PMID, ISBN or URL.
}

pub(crate) fn check(
    record: &Record<'_>,
    sources: &HashMap<String, Source>,
    findings: &mut Vec<Finding>,
) {
    for (index, cited) in record.sources.iter().enumerate() {
        if cited.trim().is_empty() || sources.contains_key(cited) {
            continue;
        }
        let help = match closest(cited, sources.keys().map(String::as_str)) {
            Some(suggestion) => {
                format!("did you mean `{suggestion}`? Otherwise add `{cited}` to the bibliography")
            }
            None => format!(
                "add a source with `id: {cited}` to the bibliography, or cite an existing one"
            ),
        };
        findings.push(
            Finding::new(
                Rule::DanglingCitation,
                format!("{}/sources/{index}", record.pointer),
                format!(
                    "{} cites `{cited}`, which is not in the bibliography",
                    record.label()
                ),
            )
            .help(help),
        );
    }
}
