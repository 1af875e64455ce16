//! `missing-translated-record` (PAM607): a record of the original is not in its
//! translation.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::{RecordFacts, Variant};

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
    for (position, record) in original.records.iter().enumerate() {
        if translation.record(record.kind, &record.id).is_some() {
            continue;
        }
        let noun = record.kind.noun();
        let field = record.kind.field();
        // Where it belongs: after the nearest earlier record of its list that the
        // translation has, or else before the nearest later one.
        let same_list = |other: &&RecordFacts| other.kind == record.kind;
        let earlier = original.records[..position]
            .iter()
            .rev()
            .filter(same_list)
            .find_map(|other| translation.record(other.kind, &other.id));
        let later = || {
            original.records[position + 1..]
                .iter()
                .filter(same_list)
                .find_map(|other| translation.record(other.kind, &other.id))
        };
        let (pointer, place) = match (earlier, earlier.is_none().then(later).flatten()) {
            (Some(neighbour), _) => (neighbour.pointer(), format!(" after `{}`", neighbour.id)),
            (None, Some(neighbour)) => (neighbour.pointer(), format!(" before `{}`", neighbour.id)),
            (None, None) => (format!("/{field}"), String::new()),
        };
        findings.push(
            Finding::new(
                Rule::MissingTranslatedRecord,
                pointer,
                format!(
                    "the {noun} `{}` of `{}` is missing from this translation{}",
                    record.id,
                    original.id,
                    if place.is_empty() {
                        String::new()
                    } else {
                        format!(": in the original it comes{place}")
                    }
                ),
            )
            .help(format!(
                "translate the {noun} and add it under `{field}`{place}, with the id `{}`",
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
