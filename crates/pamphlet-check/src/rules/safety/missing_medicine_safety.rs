//! `missing-medicine-safety` (PAM903): a medicine does not say who should not take it,
//! its side effects, or when to stop and get help.

use pamphlet_schema::{Treatment, TreatmentKind};

use super::{is_blank, safety_pointer};
use crate::codes::Rule;
use crate::rules::Finding;

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
            "who should not take it or should ask first",
            "for example people with a stomach ulcer, kidney or heart disease, or who take blood thinners",
        ),
        (
            "side_effects",
            safety.map(|safety| safety.side_effects.as_str()),
            "its common side effects",
            "for example drowsiness, a dry mouth or an upset stomach",
        ),
        (
            "stop_and_get_help",
            safety.map(|safety| safety.stop_and_get_help.as_str()),
            "when to stop taking it and get help",
            "for example a rash, swelling of the face, or black stools, and how soon to get help",
        ),
    ];
    for (field, text, what, example) in parts {
        if is_blank(text) {
            findings.push(
                Finding::new(
                    Rule::MissingMedicineSafety,
                    safety_pointer(treatment, pointer),
                    format!("medicine `{}` does not say {what}", treatment.id),
                )
                .help(format!(
                    "add `safety: {{ {field}: ... }}`, {example}, citing a source that says so"
                )),
            );
        }
    }
}
