//! `empty-field` (PAM201): a field that must say something is empty.

use pamphlet_schema::{Source, SourceType};

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::records::{Record, TextField};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every text field and list a patient relies on holds something: a topic's
    /// title, audience, summary, aims and `without_treatment`; each record's name and
    /// description; a treatment's `how_it_works`, `benefits`, `risks` and evidence note;
    /// a recovery phase's goals and steps; a source's authors, title, container and (for
    /// every type but `webpage`) year.
    /// A missing field counts as empty. Text made only of spaces is empty too.
    ///
    /// ## Why it matters
    /// A handout that names a treatment but leaves its risks blank reads as if there
    /// were none. Empty fields are how half-finished guides reach patients.
    ///
    /// ## Example
    /// ```yaml
    /// - id: trigger-point-injection
    ///   name: Trigger point injections
    ///   risks: ""
    /// ```
    ///
    /// ## How to fix
    /// Write the missing text, in plain words, and cite the source it comes from.
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn report(findings: &mut Vec<Finding>, pointer: String, owner: &str, name: &str) {
    findings.push(
        Finding::new(
            Rule::EmptyField,
            pointer,
            format!("{owner} has no `{name}`"),
        )
        .help(format!("write the `{name}` of {owner} in plain words")),
    );
}

pub(crate) fn check_topic_fields(fields: &[TextField<'_>], findings: &mut Vec<Finding>) {
    for field in fields.iter().filter(|field| is_blank(field.text)) {
        report(findings, field.pointer.clone(), "the topic", field.name);
    }
}

pub(crate) fn check_record(record: &Record<'_>, findings: &mut Vec<Finding>) {
    let owner = record.label();
    for field in record.fields.iter().filter(|field| is_blank(field.text)) {
        report(findings, field.pointer.clone(), &owner, field.name);
    }
    for (name, pointer, length) in &record.required_lists {
        if *length == 0 {
            report(findings, pointer.clone(), &owner, name);
        }
    }
}

pub(crate) fn check_source(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    let owner = format!("source `{}`", source.id);
    if source.authors.iter().all(|author| is_blank(author)) {
        report(findings, format!("{pointer}/authors"), &owner, "authors");
    }
    for (name, text) in [("title", &source.title), ("container", &source.container)] {
        if is_blank(text) {
            report(findings, format!("{pointer}/{name}"), &owner, name);
        }
    }
    // Only a web page may lack a year (many show none); its `accessed` date dates it.
    if source.year.is_none()
        && source
            .source_type
            .is_some_and(|kind| kind != SourceType::Webpage)
    {
        report(findings, format!("{pointer}/year"), &owner, "year");
    }
}
