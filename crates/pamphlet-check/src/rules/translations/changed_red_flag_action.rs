//! `changed-red-flag-action` (PAM610): a translated red flag asks for another action than
//! the original's.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;

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
    for record in &translation.records {
        let Some(theirs) = original.record(record.kind, &record.id) else {
            continue;
        };
        let (Some(ours), Some(wanted)) = (record.action, theirs.action) else {
            continue;
        };
        if ours == wanted {
            continue;
        }
        findings.push(
            Finding::new(
                Rule::ChangedRedFlagAction,
                format!("{}/action", record.pointer()),
                format!(
                    "the red flag `{}` says `{}` here and `{}` in `{}`, the original",
                    record.id,
                    ours.keyword(),
                    wanted.keyword(),
                    original.id
                ),
            )
            .help(format!(
                "use the original's action, `{}`; if the original is wrong, correct it there first",
                wanted.keyword()
            ))
            .related(
                original_file,
                format!("{}/action", theirs.pointer()),
                "the original's action",
            ),
        );
    }
}
