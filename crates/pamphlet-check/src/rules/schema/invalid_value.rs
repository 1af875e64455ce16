//! `invalid-value` (PAM104): a value the field does not allow.

use jsonschema::JsonType;
use serde_json::Value;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::schema::{Described, SchemaError, show};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That values are among those a field allows: an evidence level, category,
    /// frequency or action from its list; a real calendar date written `YYYY-MM-DD`;
    /// numbers within their range (weeks 1 to 520, a plausible year).
    ///
    /// ## Why it matters
    /// A red flag whose action is `later` instead of `urgent`, or a review date of
    /// 2026-02-30, cannot be shown or sorted correctly, and the patient may be told the
    /// wrong thing about how soon to get help.
    ///
    /// ## Example
    /// ```yaml
    /// action: asap
    /// last_reviewed: 2026-02-30
    /// ```
    ///
    /// ## How to fix
    /// Use one of the values listed in the message, or a real date.
}

/// A value outside an enumeration, with the allowed values.
pub(crate) fn not_allowed(error: &SchemaError<'_>, options: &Value) -> Described {
    let allowed: Vec<&str> = options
        .as_array()
        .map(|values| values.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!(
            "{} is `{}`, which is not one of the allowed values",
            error.place,
            show(error.found)
        ),
    )
    .help(format!("use one of: {}", allowed.join(", ")));
    error.pruned(finding, Some(JsonType::String))
}

/// A `language` that is not a BCP 47 tag.
pub(crate) fn not_a_language(error: &SchemaError<'_>) -> Described {
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!(
            "{} is `{}`, which is not a BCP 47 language tag",
            error.place,
            show(error.found)
        ),
    )
    .help("write a language tag such as `en`, `en-GB` or `es`");
    error.pruned(finding, Some(JsonType::String))
}

/// A date that does not exist or is not written as YYYY-MM-DD.
pub(crate) fn not_a_date(error: &SchemaError<'_>) -> Described {
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!(
            "{} is `{}`, which is not a real calendar date",
            error.place,
            show(error.found)
        ),
    )
    .help("write the date as YYYY-MM-DD, for example 2026-11-23, and check the day exists in that month");
    error.pruned(finding, Some(JsonType::String))
}

/// A number below the smallest allowed.
pub(crate) fn below(error: &SchemaError<'_>, limit: &Value) -> Described {
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!(
            "{} is {}, below the smallest allowed value {limit}",
            error.place,
            show(error.found)
        ),
    )
    .help(format!("use a value of at least {limit}"));
    error.pruned(finding, Some(JsonType::Integer))
}

/// A number above the largest allowed.
pub(crate) fn above(error: &SchemaError<'_>, limit: &Value) -> Described {
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!(
            "{} is {}, above the largest allowed value {limit}",
            error.place,
            show(error.found)
        ),
    )
    .help(format!("use a value of at most {limit}"));
    error.pruned(finding, Some(JsonType::Integer))
}

/// Text that does not match the pattern the schema gives its field, in the validator's
/// words.
pub(crate) fn unmatched_pattern(error: &SchemaError<'_>) -> Described {
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!("{}: {}", error.place, error.error),
    );
    error.pruned(finding, Some(JsonType::String))
}

/// Any other value the schema refuses, in the validator's words.
pub(crate) fn other(error: &SchemaError<'_>) -> Described {
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!("{}: {}", error.place, error.error),
    )
    .help("see the schema in `schema/` for what this field allows");
    error.pruned(finding, None)
}
