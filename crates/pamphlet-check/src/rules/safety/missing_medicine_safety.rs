//! `missing-medicine-safety` (PAM903): a medicine does not say who should not take it,
//! its side effects, or when to stop and get help.

use pamphlet_schema::{Treatment, TreatmentKind};

use super::is_blank;
use crate::codes::Rule;
use crate::rules::{Finding, Target};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every treatment of `kind: medicine` fills in three parts of its `safety`:
    /// `not_for` (who should not take it, or should ask a doctor or pharmacist first),
    /// `side_effects` (the common ones) and `stop_and_get_help` (the signs to stop and get
    /// help, and how soon).
    ///
    /// ## Why it matters
    /// DISCERN, the instrument for judging written information on treatment choices, asks
    /// in its question 11: "Does it describe the risks of each treatment?" (Charnock D,
    /// Shepperd S, Needham G, Gann R. J Epidemiol Community Health 1999;53(2):105-111). A reader who takes ibuprofen with a
    /// stomach ulcer, or drives on a muscle relaxant that makes them drowsy, was let down by
    /// the handout, not by the medicine. A list of trial results is not a warning.
    ///
    /// ## Example
    /// ```yaml
    /// - id: ibuprofen
    ///   kind: medicine
    ///   risks: It can upset your stomach.
    /// ```
    ///
    /// ## How to fix
    /// Add the safety block, each part in plain words and supported by the record's
    /// sources (a medicine's patient leaflet or a national medicines page):
    ///
    /// ```yaml
    ///   safety:
    ///     not_for: Ask a pharmacist first if you have had a stomach ulcer ...
    ///     side_effects: Upset stomach, heartburn ...
    ///     stop_and_get_help: Stop and get help at once if you vomit blood ...
    /// ```
}

pub(crate) fn check(treatment: &Treatment, pointer: &str, findings: &mut Vec<Finding>) {
    if treatment.kind != Some(TreatmentKind::Medicine) {
        return;
    }
    let safety = treatment.safety.as_ref();
    let parts = [
        (
            "not_for",
            safety.map(|safety| safety.not_for.as_str()),
            "who should not take it",
        ),
        (
            "side_effects",
            safety.map(|safety| safety.side_effects.as_str()),
            "its common side effects",
        ),
        (
            "stop_and_get_help",
            safety.map(|safety| safety.stop_and_get_help.as_str()),
            "when to stop and get help",
        ),
    ];
    let missing: Vec<(&str, &str)> = parts
        .iter()
        .filter(|(_, text, _)| is_blank(*text))
        .map(|(field, _, what)| (*field, *what))
        .collect();
    if missing.is_empty() {
        return;
    }
    let whats: Vec<&str> = missing.iter().map(|(_, what)| *what).collect();
    let fields: Vec<String> = missing
        .iter()
        .map(|(field, _)| format!("`{field}`"))
        .collect();
    findings.push(
        Finding::new(
            Rule::MissingMedicineSafety,
            format!("{pointer}/safety"),
            format!(
                "medicine `{}` does not say {}",
                treatment.id,
                in_words(&whats, "or")
            ),
        )
        .help(format!(
            "add {} under `safety:` in plain words, citing a source that says so (a patient leaflet or a national medicines page): for example who should ask a pharmacist first, drowsiness or an upset stomach, and the signs to stop and get help",
            in_words(&fields, "and")
        ))
        .target(Target::Key),
    );
}

/// `items` in a sentence: "a", "a or b", "a, b or c".
fn in_words<T: AsRef<str>>(items: &[T], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {conjunction} {}", rest.join(", "), last.as_ref())
        }
    }
}
