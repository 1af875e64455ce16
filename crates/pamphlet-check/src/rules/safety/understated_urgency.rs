//! `understated-urgency` (PAM905): a red flag asks for care later than the problem it
//! screens for allows.

use pamphlet_schema::RedFlag;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a red flag's `action` is at least as urgent as the problem it screens for
    /// needs: signs of cauda equina syndrome need `emergency`; signs of a broken bone, an
    /// infected joint or nerve damage that is getting worse need `urgent` or `emergency`.
    /// `docs/red-flags.md` traces each to the patient guidance it comes from.
    ///
    /// ## Why it matters
    /// A red flag that is present but says "book an appointment soon" for numbness around
    /// the bottom and new bladder trouble is worse than none: the reader who waits a few
    /// days for cauda equina syndrome can lose bladder, bowel and sexual function for good.
    ///
    /// ## Example
    /// ```yaml
    /// - id: numb-bottom
    ///   sign: The skin around your bottom feels numb.
    ///   action: soon
    ///   screens_for: cauda-equina
    /// ```
    ///
    /// ## How to fix
    /// Raise the action to the one the message names, and check the sign's words against
    /// the source. If the sign truly points to a milder form (say, a bump with no pain),
    /// give it `screens_for: other`.
}

pub(crate) fn check(red_flag: &RedFlag, pointer: &str, findings: &mut Vec<Finding>) {
    let (Some(action), Some(concern)) = (red_flag.action, red_flag.screens_for) else {
        return;
    };
    let Some(needed) = concern.least_urgent() else {
        return;
    };
    // `Urgency` is ordered most urgent first.
    if action > needed {
        findings.push(
            Finding::new(
                Rule::UnderstatedUrgency,
                format!("{pointer}/action"),
                format!(
                    "red flag `{}` screens for {} but asks for care `{}`; it needs at least `{}`",
                    red_flag.id,
                    concern.describe(),
                    action.keyword(),
                    needed.keyword()
                ),
            )
            .help(format!(
                "set `action: {}`, or, if the sign does not point to {}, change `screens_for`",
                needed.keyword(),
                concern.describe()
            )),
        );
    }
}
