//! `malformed-pmid` (PAM403): a PMID is not a PubMed number.

use jsonschema::JsonType;
use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::schema::{Described, SchemaError, show};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a `pmid` is a PubMed identifier: one to nine digits, not starting with 0.
    /// Write it in quotes (`pmid: "28158962"`) so YAML keeps it as text.
    ///
    /// ## Why it matters
    /// A wrong PMID links the guide to an unrelated paper, which misleads anyone who
    /// checks the evidence.
    ///
    /// ## Example
    /// ```yaml
    /// pmid: PMID:28158962
    /// ```
    ///
    /// ## How to fix
    /// Copy the number from the PubMed page, digits only.
}

pub(crate) fn check(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    let Some(pmid) = source.pmid.as_deref() else {
        return;
    };
    let valid = (1..=9).contains(&pmid.len())
        && pmid.bytes().all(|byte| byte.is_ascii_digit())
        && !pmid.starts_with('0');
    if !valid {
        findings.push(
            Finding::new(Rule::MalformedPmid, format!("{pointer}/pmid"), format!("`{pmid}` is not a PubMed id"))
                .help("a PMID is one to nine digits, for example \"28158962\"; copy it from the PubMed page"),
        );
    }
}

/// A `pmid` the schema refuses because it is not digits: the same finding as `check`'s,
/// found first by the schema.
pub(crate) fn describe_pattern(error: &SchemaError<'_>) -> Described {
    let finding = Finding::new(
        Rule::MalformedPmid,
        error.pointer,
        format!(
            "{} is `{}`, which is not a PubMed id",
            error.place,
            show(error.found)
        ),
    )
    .help("a PMID is digits only, for example \"28158962\"; copy it from the PubMed page");
    error.pruned(finding, Some(JsonType::String))
}
