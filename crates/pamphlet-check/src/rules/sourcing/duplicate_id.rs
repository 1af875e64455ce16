//! `duplicate-id` (PAM304): two topics, records or sources share an id.

use std::collections::HashMap;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::records::Record;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That ids are unique where they must be: record ids within a topic, topic ids
    /// across the content tree, and source ids within the bibliography.
    ///
    /// ## Why it matters
    /// Ids link records to exports, web pages and patient records in other systems. Two
    /// records with one id means one silently replaces the other downstream, and a
    /// citation may resolve to the wrong source.
    ///
    /// ## Example
    /// ```yaml
    /// treatments:
    ///   - id: massage
    ///     ...
    ///   - id: massage
    /// ```
    ///
    /// ## How to fix
    /// Give one of the two a new, descriptive id (and update anything that cites it), or
    /// merge them if they are the same thing.
}

/// Record ids must be unique within a topic, across every kind of record.
pub(crate) fn check_records(records: &[Record<'_>], findings: &mut Vec<Finding>) {
    let mut first_seen: HashMap<&str, &Record<'_>> = HashMap::new();
    for record in records {
        if record.id.is_empty() {
            continue;
        }
        match first_seen.get(record.id) {
            Some(first) => findings.push(
                Finding::new(
                    Rule::DuplicateId,
                    format!("{}/id", record.pointer),
                    format!("the id `{}` is used twice in this topic", record.id),
                )
                .help("give each record its own id")
                .related(
                    crate::rules::SAME_FILE,
                    format!("{}/id", first.pointer),
                    format!("first used by this {}", first.kind.noun()),
                ),
            ),
            None => {
                first_seen.insert(record.id, record);
            }
        }
    }
}

/// Finds repeated ids in a list of `(id, file, pointer)`; reports every later use.
pub(crate) fn check_list(
    kind: &str,
    ids: &[(String, usize, String)],
    findings: &mut Vec<(usize, Finding)>,
) {
    let mut first_seen: HashMap<&str, (usize, &str)> = HashMap::new();
    for (id, file, pointer) in ids {
        if id.is_empty() {
            continue;
        }
        match first_seen.get(id.as_str()) {
            Some((first_file, first_pointer)) => findings.push((
                *file,
                Finding::new(
                    Rule::DuplicateId,
                    pointer.clone(),
                    format!("the {kind} id `{id}` is used twice"),
                )
                .help(format!("give each {kind} its own id"))
                .related(
                    *first_file,
                    (*first_pointer).to_owned(),
                    "first used here",
                ),
            )),
            None => {
                first_seen.insert(id, (*file, pointer));
            }
        }
    }
}
