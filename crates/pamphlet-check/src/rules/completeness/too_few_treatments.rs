//! `too-few-treatments` (PAM204): the topic offers fewer than two choices.

use pamphlet_schema::Topic;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic offers at least two treatment choices (`min-treatments` in
    /// `pamphlet.toml`, default 2).
    ///
    /// ## Why it matters
    /// Shared decision-making needs options to compare, including the choice of
    /// self-care. A single treatment reads as the only answer.
    ///
    /// ## Example
    /// ```yaml
    /// treatments:
    ///   - id: injection
    ///     ...
    /// ```
    ///
    /// ## How to fix
    /// Add the other sourced options, such as exercise or self-care, with their evidence.
}

pub(crate) fn check(topic: &Topic, minimum: usize, findings: &mut Vec<Finding>) {
    let count = topic.treatments.len();
    if count < minimum {
        findings.push(
            Finding::new(
                Rule::TooFewTreatments,
                "/treatments",
                format!(
                    "the topic offers {count} treatment choice{}; at least {minimum} are needed",
                    if count == 1 { "" } else { "s" }
                ),
            )
            .help("add the other sourced options a patient could choose, including self-care"),
        );
    }
}
