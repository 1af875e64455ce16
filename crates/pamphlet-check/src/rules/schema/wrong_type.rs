//! `wrong-type` (PAM101): a field holds the wrong kind of value.

use jsonschema::JsonType;
use jsonschema::error::TypeKind;
use serde_json::Value;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::schema::{Described, SchemaError, type_name, value_kind};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field holds the kind of value the content model expects: text, a
    /// number, a list or a mapping. The check is the generated JSON Schema
    /// (`schema/topic.schema.json`), so it matches what editors show.
    ///
    /// ## Why it matters
    /// A list written as a single line of text, or a number where text belongs, is read
    /// differently by every system the content is exported to. The handout may drop the
    /// field or print it wrongly.
    ///
    /// ## Example
    /// ```yaml
    /// weeks:
    ///   from: one
    ///   to: 2
    /// sources: gattie-2017
    /// ```
    ///
    /// ## How to fix
    /// Write the value in the expected form: `from: 1`, `sources: [gattie-2017]`. Put
    /// text that looks like a number or date in quotes (`pmid: "28158962"`).
}

/// A value of the wrong JSON type, with a hint for the common slips (a number where text
/// belongs, one item where a list belongs, weeks not written as a mapping).
pub(crate) fn describe(error: &SchemaError<'_>, kind: &TypeKind) -> Described {
    let expected = match kind {
        TypeKind::Single(single) => type_name(*single).to_owned(),
        TypeKind::Multiple(set) => set.iter().map(type_name).collect::<Vec<_>>().join(" or "),
    };
    let found = error.found;
    let found_name = found.map_or("nothing", value_kind);
    let mut help = format!("write {expected} here");
    if matches!(kind, TypeKind::Single(JsonType::String))
        && found.is_some_and(|value| !value.is_string())
    {
        help = "put the value in quotes so that it is read as text".to_owned();
    } else if matches!(kind, TypeKind::Single(JsonType::Array))
        && found.is_some_and(Value::is_string)
    {
        help = "write a list, for example `[first, second]` or one `- item` per line".to_owned();
    } else if error.pointer.ends_with("/weeks") {
        help = "write the weeks as a mapping, for example `weeks: { from: 1, to: 2 }`".to_owned();
    }
    let expected_type = match kind {
        TypeKind::Single(single) => Some(*single),
        TypeKind::Multiple(_) => None,
    };
    let finding = Finding::new(
        Rule::WrongType,
        error.pointer,
        format!(
            "{} should be {expected}, but it is {found_name}",
            error.place
        ),
    )
    .help(help);
    error.pruned(finding, expected_type)
}
