//! `changed-red-flag-action` (PAM610): a translated red flag asks for another action than
//! the original's.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::{Variant, changes};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each red flag of a translation has the same `action` as the red flag with its
    /// id in the original: `emergency`, `urgent` or `soon`.
    ///
    /// ## Why it matters
    /// The action is what the patient does about a warning sign. A translation that says
    /// "see your doctor soon" where the original says "call an ambulance" can cost a
    /// patient with cauda equina syndrome the use of their legs.
    ///
    /// ## Example
    /// ```yaml
    /// # original: action: emergency
    /// red_flags:
    ///   - id: numb-groin
    ///     action: soon
    /// ```
    ///
    /// ## How to fix
    /// Use the original's action. If the original is wrong, correct it there first.
}

pub(crate) fn check(
    translation: &Variant,
    original: &Variant,
    original_file: usize,
    findings: &mut Vec<Finding>,
) {
    for change in changes(translation, original).filter(|change| change.place == "action") {
        let (ours, wanted) = (change.ours, change.wanted);
        findings.push(
            Finding::new(
                Rule::ChangedRedFlagAction,
                format!("{}/action", change.record.pointer()),
                format!(
                    "the red flag `{}` says `{ours}` here and `{wanted}` in `{}`, the original",
                    change.record.id, original.id
                ),
            )
            .help(format!(
                "use the original's action, `{wanted}`; if the original is wrong, correct it there first"
            ))
            .related(
                original_file,
                format!("{}/action", change.original.pointer()),
                "the original's action",
            ),
        );
    }
}
