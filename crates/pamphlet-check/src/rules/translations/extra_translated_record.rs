//! `extra-translated-record` (PAM608): a record of a translation is not in its original.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every record of a translation is a record of its original, with the same id,
    /// and that it has no more questions than the original.
    ///
    /// ## Why it matters
    /// Advice only in the translation was never reviewed against the original's sources
    /// by the clinician who signed the original off; a record the original dropped (a
    /// treatment found to harm, say) lives on in the translation.
    ///
    /// ## Example
    /// The translation has a treatment `cupping` that the original does not have.
    ///
    /// ## How to fix
    /// Add the record to the original first and translate it from there, or remove it;
    /// when only the id differs, use the original's id.
}

pub(crate) fn check(translation: &Variant, original: &Variant, findings: &mut Vec<Finding>) {
    for record in &translation.records {
        if original.record(record.kind, &record.id).is_some() {
            continue;
        }
        let noun = record.kind.noun();
        findings.push(
            Finding::new(
                Rule::ExtraTranslatedRecord,
                format!("{}/id", record.pointer()),
                format!(
                    "the {noun} `{}` is not in `{}`, the original",
                    record.id, original.id
                ),
            )
            .help(format!(
                "add the {noun} to the original first, or remove it here; if it is a record of the original under another id, use that id"
            )),
        );
    }
    if translation.questions > original.questions {
        findings.push(
            Finding::new(
                Rule::ExtraTranslatedRecord,
                "/questions",
                format!(
                    "this translation has {} question(s) for the care team, `{}` has {}",
                    translation.questions, original.id, original.questions
                ),
            )
            .help("translate the original's questions and no others"),
        );
    }
}
