//! `unknown-field` (PAM102): a field the content model does not have.

use crate::codes::Rule;
use crate::rules::schema::{Described, Prune, SchemaError, escape};
use crate::rules::{Finding, Target};
use crate::text::similar::closest;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field is part of the content model. Misspelt or invented fields are
    /// reported, with the closest known field when there is one.
    ///
    /// ## Why it matters
    /// A misspelt field is silently ignored by every exporter: a `source:` instead of
    /// `sources:` means the citation an author carefully added never reaches the handout.
    ///
    /// ## Example
    /// ```yaml
    /// - id: heat
    ///   source: [french-2006]
    /// ```
    ///
    /// ## How to fix
    /// Rename the field as suggested, or remove it. The schema comment on the first line
    /// lets your editor complete field names.
}

/// Each field of a mapping that the model does not have, at its key, with the closest
/// `known` field as a suggestion; the fields are pruned.
pub(crate) fn describe(
    error: &SchemaError<'_>,
    unexpected: &[String],
    known: &[String],
) -> Described {
    let pointer = error.pointer;
    let findings = unexpected
        .iter()
        .map(|name| {
            let help = match closest(name, known.iter().map(String::as_str)) {
                // YAML 1.1 merge keys are not part of YAML 1.2, which pamphlet reads.
                _ if name == "<<" => {
                    "YAML merge keys are not supported: write the fields out in full".to_owned()
                }
                Some(suggestion) => format!("did you mean `{suggestion}`?"),
                None => format!(
                    "remove it; the fields allowed here are: {}",
                    known.join(", ")
                ),
            };
            Finding::new(
                Rule::UnknownField,
                format!("{pointer}/{}", escape(name)),
                format!("unknown field `{name}` in {}", error.place),
            )
            .help(help)
            .target(Target::Key)
        })
        .collect();
    let prunes = unexpected
        .iter()
        .map(|name| (format!("{pointer}/{}", escape(name)), Prune::Remove(None)))
        .collect();
    (findings, prunes)
}
