//! `unstated-procedure-harms` (PAM904): a procedure does not state its rare but serious
//! harms.

use pamphlet_schema::{Treatment, TreatmentKind};

use super::is_blank;
use crate::codes::Rule;
use crate::rules::{Finding, Target};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every treatment of `kind: procedure` (an injection, needling, manipulation:
    /// something a professional does to the body) states its rare but serious harms in
    /// `safety.serious_harms`.
    ///
    /// ## Why it matters
    /// DISCERN, the instrument for judging written information on treatment choices, asks
    /// in its question 11: "Does it describe the risks of each treatment?" (Charnock D,
    /// Shepperd S, Needham G, Gann R. J Epidemiol Community Health 1999;53(2):105-111). The common, mild effects of a procedure (soreness, bruising) are easy to
    /// write; the rare serious ones (an infection, a nerve injury, a collapsed lung when a
    /// needle goes too deep near the chest) are the ones a patient must weigh before saying
    /// yes, and the ones leaflets most often leave out.
    ///
    /// ## Example
    /// ```yaml
    /// - id: dry-needling
    ///   kind: procedure
    ///   risks: You may feel sore for a day.
    /// ```
    ///
    /// ## How to fix
    /// Add `safety: { serious_harms: ... }` in plain words, how rare each harm is where a
    /// source says, and who should tell the professional first (for example people on
    /// blood thinners).
}

pub(crate) fn check(treatment: &Treatment, pointer: &str, findings: &mut Vec<Finding>) {
    if treatment.kind != Some(TreatmentKind::Procedure) {
        return;
    }
    let harms = treatment
        .safety
        .as_ref()
        .map(|safety| safety.serious_harms.as_str());
    if is_blank(harms) {
        findings.push(
            Finding::new(
                Rule::UnstatedProcedureHarms,
                format!("{pointer}/safety"),
                format!(
                    "procedure `{}` does not state its rare but serious harms",
                    treatment.id
                ),
            )
            .help("add `serious_harms:` under `safety:`, for example an infection or a nerve injury and how rare it is, citing a source that says so")
            .target(Target::Key),
        );
    }
}
