//! `changed-translated-fact` (PAM614): a translated record states another fact than the
//! original's: an evidence level, a treatment's category or kind, how common a symptom
//! is, what a red flag screens for, the weeks of a recovery phase.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::{Change, Variant, changes};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each record of a translation keeps the values of the record with its id in
    /// the original: a treatment's `evidence.level`, `category` and `kind`, a symptom's
    /// `frequency`, a red flag's `screens_for`, a recovery phase's `weeks`. (A red flag's
    /// `action` has its own rule, `changed-red-flag-action`.) Only the words are
    /// translated; these values are facts.
    ///
    /// ## Why it matters
    /// The handout prints them: "Evidence: high" tells a patient a treatment is well
    /// proven. A translation that rates a treatment's evidence `high` where the original,
    /// following its sources, rates it `low` misleads the very patients who cannot check
    /// the original.
    ///
    /// ## Example
    /// ```yaml
    /// # original: evidence: {level: low}
    /// treatments:
    ///   - id: massage
    ///     evidence:
    ///       level: high
    /// ```
    ///
    /// ## How to fix
    /// Use the original's value. If the original is wrong, correct it there first, with its
    /// sources.
}

pub(crate) fn check(
    translation: &Variant,
    original: &Variant,
    original_file: usize,
    findings: &mut Vec<Finding>,
) {
    // A red flag's action has its own rule, `changed-red-flag-action`.
    for change in changes(translation, original).filter(|change| change.place != "action") {
        let Change {
            record,
            place,
            ours,
            wanted,
            ..
        } = change;
        findings.push(
            Finding::new(
                Rule::ChangedTranslatedFact,
                format!("{}/{place}", record.pointer()),
                format!(
                    "`{}` of the {} `{}` is `{ours}` here and `{wanted}` in `{}`, the original",
                    place.replace('/', "."),
                    record.kind.noun(),
                    record.id,
                    original.id
                ),
            )
            .help(format!(
                "use the original's value, `{wanted}`; if the original is wrong, correct it there first"
            ))
            .related(
                original_file,
                format!("{}/{place}", change.original.pointer()),
                "the original's value",
            ),
        );
    }
}
