//! Settling a file's findings before they become diagnostics: findings that only
//! repeat another are dropped (a rule finding under a node the schema rejected, a
//! schema `missing-field` that a specific rule reports better), and the file's
//! `suppress` entries are applied, with their own findings about reasons and use.

use pamphlet_schema::Suppression;

use crate::codes::{Family, Rule};
use crate::load::{Content, LoadedFile};
use crate::rules::Finding;
use crate::rules::completeness::placeholder_text::find_placeholder;
use crate::rules::records::records;
use crate::text::similar::closest;

/// Applies the file's suppressions, then removes findings that only repeat another: a
/// rule finding under a node the schema rejected; a schema `missing-field` where a
/// specific rule (or a suppression finding) reports the same field; and any finding on a
/// field whose misspelling stands beside it (`frequncy:` is one problem, not two).
pub(crate) fn settle(file: &LoadedFile, mut findings: Vec<Finding>) -> Vec<Finding> {
    apply_suppressions(file, &mut findings);
    let is_schema = |finding: &Finding| {
        finding.rule.family() == Family::Schema
            || matches!(finding.rule, Rule::MalformedPmid) && file.pruned.contains(&finding.pointer)
    };
    let specific: Vec<String> = findings
        .iter()
        .filter(|finding| !is_schema(finding))
        .map(|finding| finding.pointer.clone())
        .collect();
    let misspelt: Vec<String> = findings
        .iter()
        .filter(|finding| finding.rule == Rule::UnknownField)
        .map(|finding| finding.pointer.clone())
        .collect();
    findings
        .into_iter()
        .filter(|finding| {
            if !is_schema(finding) {
                return !file
                    .pruned
                    .iter()
                    .any(|pruned| !pruned.is_empty() && under(&finding.pointer, pruned))
                    && !misspelt
                        .iter()
                        .any(|unknown| is_misspelling_of(unknown, &finding.pointer));
            }
            if finding.rule != Rule::MissingField {
                return true;
            }
            let covered = specific
                .iter()
                .any(|pointer| under(pointer, &finding.pointer));
            !covered
                && !misspelt
                    .iter()
                    .any(|unknown| is_misspelling_of(unknown, &finding.pointer))
        })
        .collect()
}

/// Whether `pointer` is `prefix` or a node under it.
pub(crate) fn under(pointer: &str, prefix: &str) -> bool {
    pointer == prefix
        || pointer
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// Whether the unknown field at `unknown` sits beside the missing field at `missing`
/// and is a near spelling of it, or a YAML merge key that was meant to supply it.
fn is_misspelling_of(unknown: &str, missing: &str) -> bool {
    let (Some((unknown_parent, unknown_name)), Some((missing_parent, missing_name))) =
        (unknown.rsplit_once('/'), missing.rsplit_once('/'))
    else {
        return false;
    };
    // A merge key stands for every field it would have brought in.
    unknown_parent == missing_parent
        && (unknown_name == "<<" || closest(unknown_name, [missing_name]).is_some())
}

/// A `suppress` entry with the pointer of the entry and the scope it covers.
struct ScopedSuppression<'a> {
    entry: &'a Suppression,
    pointer: String,
    scope: String,
}

fn suppressions_of(file: &LoadedFile) -> Vec<ScopedSuppression<'_>> {
    let mut scoped = Vec::new();
    match &file.content {
        Content::Topic(topic) => {
            for (index, entry) in topic.suppress.iter().enumerate() {
                scoped.push(ScopedSuppression {
                    entry,
                    pointer: format!("/suppress/{index}"),
                    scope: String::new(),
                });
            }
            for record in records(topic) {
                for (index, entry) in record.suppress.iter().enumerate() {
                    scoped.push(ScopedSuppression {
                        entry,
                        pointer: format!("{}/suppress/{index}", record.pointer),
                        scope: record.pointer.clone(),
                    });
                }
            }
        }
        Content::Bibliography(bibliography) => {
            for (source_index, source) in bibliography.sources.iter().enumerate() {
                for (index, entry) in source.suppress.iter().enumerate() {
                    scoped.push(ScopedSuppression {
                        entry,
                        pointer: format!("/sources/{source_index}/suppress/{index}"),
                        scope: format!("/sources/{source_index}"),
                    });
                }
            }
        }
        Content::Unusable => {}
    }
    scoped
}

fn apply_suppressions(file: &LoadedFile, findings: &mut Vec<Finding>) {
    let suppressions = suppressions_of(file);
    if suppressions.is_empty() {
        return;
    }
    let mut used = vec![false; suppressions.len()];
    let mut problems = Vec::new();
    let mut usable: Vec<Option<Rule>> = Vec::new();
    for suppression in &suppressions {
        let rule = Rule::find(&suppression.entry.rule);
        let reason = suppression.entry.reason.trim();
        if rule.is_none() {
            problems.push(
                Finding::new(
                    Rule::UnknownRule,
                    format!("{}/rule", suppression.pointer),
                    format!(
                        "`{}` is not a rule, so this suppression hides nothing",
                        suppression.entry.rule
                    ),
                )
                .help(
                    match crate::text::similar::closest(
                        &suppression.entry.rule,
                        Rule::ALL.iter().map(|rule| rule.name()),
                    ) {
                        Some(suggestion) => format!("did you mean `{suggestion}`?"),
                        None => "use a rule code or name from `pamphlet explain --list`".to_owned(),
                    },
                ),
            );
        }
        if reason.is_empty() || find_placeholder(reason).is_some() {
            problems.push(
                Finding::new(
                    Rule::SuppressionWithoutReason,
                    format!("{}/reason", suppression.pointer),
                    "this suppression gives no reason, so it does not take effect",
                )
                .help("write why the finding is acceptable for this record, in a sentence"),
            );
            usable.push(None);
        } else {
            usable.push(rule);
        }
    }
    findings.retain(|finding| {
        let matching = suppressions
            .iter()
            .enumerate()
            .find(|(index, suppression)| {
                usable[*index] == Some(finding.rule)
                    && (suppression.scope.is_empty()
                        || finding.pointer == suppression.scope
                        || finding
                            .pointer
                            .starts_with(&format!("{}/", suppression.scope)))
            });
        match matching {
            Some((index, _)) => {
                used[index] = true;
                false
            }
            None => true,
        }
    });
    for (index, suppression) in suppressions.iter().enumerate() {
        // While the schema rejects part of the record, its rules cannot run there, so
        // the suppression may still be needed once the record is mended.
        let record_incomplete = file
            .pruned
            .iter()
            .any(|pruned| suppression.scope.is_empty() || under(pruned, &suppression.scope));
        if usable[index].is_some() && !used[index] && !record_incomplete {
            problems.push(
                Finding::new(
                    Rule::UnusedSuppression,
                    suppression.pointer.clone(),
                    format!(
                        "this suppression of `{}` matches no finding",
                        suppression.entry.rule
                    ),
                )
                .help("delete it: the problem it hid is gone"),
            );
        }
    }
    findings.extend(problems);
}
