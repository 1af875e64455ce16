//! `missing-field` (PAM103): a required field is absent.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::schema::{Described, SchemaError};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field the content model requires is present: a topic's id, region,
    /// language, review and record lists; a symptom's `frequency` and `refers_to`; a red
    /// flag's `action`; a treatment's `category` and `evidence`; a recovery phase's
    /// `weeks`; a source's `type`. Where a more specific rule covers a missing field, that
    /// rule reports it instead, once: `empty-field` for text fields such as `description`
    /// or `risks`, `unsourced-record` for `sources`, `missing-review` for `review` and its
    /// dates, `unknown-field` when a misspelt field stands in its place.
    ///
    /// ## Why it matters
    /// A symptom without a description, or a treatment without its risks, gives a patient
    /// half the picture. Missing fields also leave gaps in every export.
    ///
    /// ## Example
    /// ```yaml
    /// - id: acupuncture
    ///   name: Acupuncture
    ///   category: alternative
    /// ```
    ///
    /// ## How to fix
    /// Add the field named in the message. The schema comment on the first line lets
    /// your editor list the fields each record needs.
}

/// A required field that is absent, at the pointer where it belongs.
pub(crate) fn describe(error: &SchemaError<'_>, name: &str) -> Described {
    let finding = Finding::new(
        Rule::MissingField,
        format!("{}/{name}", error.pointer),
        format!("{} has no `{name}` field", error.place),
    )
    .help(format!(
        "add `{name}:` here; see `pamphlet explain PAM103` for what each record needs"
    ));
    (vec![finding], Vec::new())
}
