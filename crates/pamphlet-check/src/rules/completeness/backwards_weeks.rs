//! `backwards-weeks` (PAM207): a recovery phase ends before it starts.

use pamphlet_schema::Topic;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each recovery phase's `weeks.to` is not before its `weeks.from`.
    ///
    /// ## Why it matters
    /// The handout prints the recovery plan as a timeline. A phase from week 6 to week 3
    /// makes the plan impossible to follow and suggests the numbers were swapped.
    ///
    /// ## Example
    /// ```yaml
    /// weeks: { from: 6, to: 3 }
    /// ```
    ///
    /// ## How to fix
    /// Swap or correct the two numbers.
}

pub(crate) fn check(topic: &Topic, findings: &mut Vec<Finding>) {
    for (index, phase) in topic.recovery.iter().enumerate() {
        let Some(weeks) = phase.weeks else { continue };
        // Week 0 means the schema already reported a missing or out-of-range week.
        if weeks.from > 0 && weeks.to > 0 && weeks.to < weeks.from {
            findings.push(
                Finding::new(
                    Rule::BackwardsWeeks,
                    format!("/recovery/{index}/weeks"),
                    format!("recovery phase `{}` runs from week {} back to week {}", phase.id, weeks.from, weeks.to),
                )
                .help("make `to` the later week (swap the numbers if they were entered the wrong way round)"),
            );
        }
    }
}
