//! `no-red-flags` (PAM203): the topic has no "when to see a doctor" signs.

use pamphlet_schema::Topic;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic lists at least one red flag: a sign that needs a doctor, with how
    /// soon (`emergency`, `urgent` or `soon`).
    ///
    /// ## Why it matters
    /// Self-care advice is only safe when the reader knows when to stop and get help. A
    /// handout without a "when to see a doctor" box can delay care for an infection, a
    /// fracture or a nerve problem.
    ///
    /// ## Example
    /// ```yaml
    /// red_flags: []
    /// ```
    ///
    /// ## How to fix
    /// Add the signs that need medical attention, each with its action and source.
}

pub(crate) fn check(topic: &Topic, findings: &mut Vec<Finding>) {
    if topic.red_flags.is_empty() {
        findings.push(
            Finding::new(Rule::NoRedFlags, "/red_flags", "the topic has no red flags, so the handout would have no \"when to see a doctor\" box")
                .help("add at least one sign that needs a doctor, with `action: emergency`, `urgent` or `soon`, and its source"),
        );
    }
}
