//! `invalid-value` (PAM104): a value the field does not allow.

use jsonschema::JsonType;
use serde_json::Value;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::schema::{Described, SchemaError, show};
use crate::text::similar::closest;

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
    let suggestion = error
        .found
        .and_then(Value::as_str)
        .and_then(|found| closest(found, allowed.iter().copied()))
        .map(|value| format!("did you mean `{value}`? "))
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
    .help(format!("{suggestion}use one of: {}", allowed.join(", ")));
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
    .help(language_help(error.found));
    error.pruned(finding, Some(JsonType::String))
}

/// The fix for a malformed tag: a locale name such as `en_US` or `es_ES.UTF-8` is the
/// commonest, and its BCP 47 form is the same subtags joined by hyphens.
fn language_help(found: Option<&serde_json::Value>) -> String {
    let general = "write a language tag such as `en`, `en-GB` or `es`";
    let Some(text) = found.and_then(serde_json::Value::as_str) else {
        return general.to_owned();
    };
    let subtags = text.split(['.', '@']).next().unwrap_or_default().trim();
    let fixed = subtags.replace('_', "-");
    let looks_like_a_tag = (1..=3).contains(&fixed.split('-').count())
        && fixed.split('-').all(|part| {
            (2..=8).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_alphanumeric())
        });
    if fixed != text && looks_like_a_tag {
        format!(
            "did you mean `{fixed}`? A language tag joins its parts with hyphens, not underscores"
        )
    } else {
        general.to_owned()
    }
}

/// A date that does not exist or is not written as YYYY-MM-DD.
pub(crate) fn not_a_date(error: &SchemaError<'_>) -> Described {
    // "20/11/2026" is a real date written another way; "2026-02-30" is no date at all.
    let written_as_iso = error.found.and_then(Value::as_str).is_some_and(|text| {
        let parts: Vec<&str> = text.trim().split('-').collect();
        parts.len() == 3
            && [4, 2, 2].iter().zip(&parts).all(|(length, part)| {
                part.len() == *length && part.bytes().all(|byte| byte.is_ascii_digit())
            })
    });
    let (what, help) = if written_as_iso {
        (
            "which is not a real calendar date",
            "check the day exists in that month (and February 29 in that year)",
        )
    } else {
        (
            "which is not written as YYYY-MM-DD",
            "write the date as YYYY-MM-DD, for example 2026-11-23 for 23 November 2026",
        )
    };
    let finding = Finding::new(
        Rule::InvalidValue,
        error.pointer,
        format!("{} is `{}`, {what}", error.place, show(error.found)),
    )
    .help(help);
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::language_help;

    #[test]
    fn a_locale_name_is_answered_with_its_language_tag() {
        let help = |value: serde_json::Value| language_help(Some(&value));
        assert!(help(json!("en_US")).starts_with("did you mean `en-US`?"));
        assert!(help(json!("es_ES.UTF-8")).starts_with("did you mean `es-ES`?"));
        assert!(help(json!("pt_BR@euro")).starts_with("did you mean `pt-BR`?"));
        // Nothing to suggest: a name, a number, or a tag-like value with too many parts.
        for value in [json!("English"), json!(7), json!("a_b_c_d_e")] {
            assert!(
                help(value.clone()).starts_with("write a language tag"),
                "{value}"
            );
        }
    }
}
