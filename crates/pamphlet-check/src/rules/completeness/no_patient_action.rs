//! `no-patient-action` (PAM205): the topic gives the reader nothing to do.

use pamphlet_schema::{Category, Topic};

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic gives the reader at least one thing to do themselves: a step in a
    /// recovery phase or a treatment in the `home` category.
    ///
    /// ## Why it matters
    /// Patients remember and act on concrete steps. A handout that only describes a
    /// condition leaves them with worry and nothing to do about it.
    ///
    /// ## Example
    /// ```yaml
    /// recovery: []
    /// treatments:
    ///   - id: injection
    ///     category: conventional
    /// ```
    ///
    /// ## How to fix
    /// Add a recovery phase with steps, or a sourced home treatment.
}

pub(crate) fn check(topic: &Topic, findings: &mut Vec<Finding>) {
    let has_step = topic
        .recovery
        .iter()
        .any(|phase| phase.steps.iter().any(|step| !step.trim().is_empty()));
    let has_home_care = topic
        .treatments
        .iter()
        .any(|treatment| treatment.category == Some(Category::Home));
    if !has_step && !has_home_care {
        findings.push(
            Finding::new(
                Rule::NoPatientAction,
                "/recovery",
                "the topic gives the reader nothing to do themselves",
            )
            .help("add a recovery phase with `steps`, or a treatment with `category: home`"),
        );
    }
}
