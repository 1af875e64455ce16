//! `empty-section` (PAM206): a section of the topic has no entries.

use pamphlet_schema::Topic;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the sections every guide needs have entries: `aims`, `causes`, `symptoms`,
    /// `recovery` and `questions`. (Red flags and treatments have rules of their own.)
    ///
    /// ## Why it matters
    /// A handout with an empty "Symptoms" or "Questions to ask" section looks finished
    /// but leaves out what the reader came for.
    ///
    /// ## Example
    /// ```yaml
    /// questions: []
    /// ```
    ///
    /// ## How to fix
    /// Fill in the section, with sources for every cause, symptom and recovery phase.
}

pub(crate) fn check(topic: &Topic, findings: &mut Vec<Finding>) {
    let sections = [
        (
            "aims",
            topic.aims.is_empty(),
            "say what the handout helps the reader do",
        ),
        (
            "causes",
            topic.causes.is_empty(),
            "list what can cause the condition",
        ),
        (
            "symptoms",
            topic.symptoms.is_empty(),
            "list what the reader may notice",
        ),
        (
            "recovery",
            topic.recovery.is_empty(),
            "describe the recovery plan by weeks",
        ),
        (
            "questions",
            topic.questions.is_empty(),
            "add questions the reader can ask the care team",
        ),
    ];
    for (name, empty, hint) in sections {
        if empty {
            report(findings, &format!("/{name}"), name, hint);
        }
    }
}

fn report(findings: &mut Vec<Finding>, pointer: &str, name: &str, hint: &str) {
    findings.push(
        Finding::new(
            Rule::EmptySection,
            pointer,
            format!("the `{name}` section is empty"),
        )
        .help(hint.to_owned()),
    );
}
