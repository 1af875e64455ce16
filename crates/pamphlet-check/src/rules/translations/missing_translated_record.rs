//! `missing-translated-record` (PAM607): a record of the original is not in its
//! translation.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a translation has every record of its original, with the same id: each
    /// cause, symptom, red flag, treatment and recovery phase, and as many questions.
    ///
    /// ## Why it matters
    /// A translation without a red flag does not tell its readers when to get help: the
    /// most dangerous difference a translation can have, and one nobody reading only the
    /// translation would notice. The same goes for a treatment's risks and the rest.
    ///
    /// ## Example
    /// The original has the red flag `numb-groin`; the Spanish translation lists its
    /// other red flags but not that one.
    ///
    /// ## How to fix
    /// Translate the record and add it with the original's id. When the original dropped
    /// a record on purpose, the translation drops it too (`extra-translated-record`).
}

pub(crate) fn check(
    translation: &Variant,
    original: &Variant,
    original_file: usize,
    findings: &mut Vec<Finding>,
) {
    for record in &original.records {
        if translation.record(record.kind, &record.id).is_some() {
            continue;
        }
        let noun = record.kind.noun();
        findings.push(
            Finding::new(
                Rule::MissingTranslatedRecord,
                format!("/{}", record.kind.field()),
                format!(
                    "the {noun} `{}` of `{}` is missing from this translation",
                    record.id, original.id
                ),
            )
            .help(format!(
                "translate the {noun} and add it under `{}` with the id `{}`",
                record.kind.field(),
                record.id
            ))
            .related(
                original_file,
                record.pointer(),
                format!("the {noun} in the original"),
            ),
        );
    }
    if translation.questions < original.questions {
        findings.push(
            Finding::new(
                Rule::MissingTranslatedRecord,
                "/questions",
                format!(
                    "this translation has {} question(s) for the care team, `{}` has {}",
                    translation.questions, original.id, original.questions
                ),
            )
            .help("translate every question of the original")
            .related(original_file, "/questions", "the original's questions"),
        );
    }
}
