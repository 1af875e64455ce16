//! Schema rules: the parsed document is validated against the generated JSON
//! Schema with the `jsonschema` crate, and each error becomes a finding of the
//! most specific rule, at the pointer of the node it concerns (`describe` picks the
//! rule; the rule's file says what it reports). Invalid nodes are pruned so typed
//! deserialisation can go on and the other rules still run.

pub(crate) mod invalid_id;
pub(crate) mod invalid_value;
pub(crate) mod missing_field;
pub(crate) mod unknown_field;
pub(crate) mod wrong_type;

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{JsonType, ValidationError, Validator};
use pamphlet_schema::records::RecordKind;
use pamphlet_schema::{SchemaKind, generate_schema};
use serde_json::Value;

use crate::rules::Finding;
use crate::rules::references::malformed_pmid;

/// The findings of schema validation and the document with invalid nodes removed.
#[derive(Debug)]
pub(crate) struct SchemaOutcome {
    pub(crate) findings: Vec<Finding>,
    /// Pointers of the nodes that were removed or emptied; findings of other rules
    /// at or under them would only repeat the schema's.
    pub(crate) pruned: Vec<String>,
    /// `None` when the document as a whole has the wrong shape.
    pub(crate) instance: Option<Value>,
}

struct CompiledSchema {
    schema: Value,
    validator: Validator,
}

fn compiled(kind: SchemaKind) -> &'static CompiledSchema {
    static TOPIC: OnceLock<CompiledSchema> = OnceLock::new();
    static BIBLIOGRAPHY: OnceLock<CompiledSchema> = OnceLock::new();
    let cell = match kind {
        SchemaKind::Topic => &TOPIC,
        SchemaKind::Bibliography => &BIBLIOGRAPHY,
    };
    cell.get_or_init(|| {
        let schema = generate_schema(kind);
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&schema)
            .expect("the generated schema is a valid draft 2020-12 schema");
        CompiledSchema { schema, validator }
    })
}

/// Validates `instance` against the schema of `kind`.
pub(crate) fn validate(kind: SchemaKind, mut instance: Value) -> SchemaOutcome {
    let compiled = compiled(kind);
    let root_noun = match kind {
        SchemaKind::Topic => "the topic",
        SchemaKind::Bibliography => "the bibliography",
    };
    let mut findings = Vec::new();
    let mut prunes: Vec<(String, Prune)> = Vec::new();
    for error in compiled.validator.iter_errors(&instance) {
        let pointer = error.instance_path().as_str().to_owned();
        let (finding_list, prune) =
            describe(&error, &pointer, &instance, &compiled.schema, root_noun);
        findings.extend(finding_list);
        prunes.extend(prune);
    }
    let mut pruned = Vec::new();
    // Deepest first, so removing a node never invalidates a later pointer.
    prunes.sort_by(|left, right| right.0.cmp(&left.0));
    prunes.dedup_by(|left, right| left.0 == right.0);
    let mut whole_document_invalid = false;
    for (pointer, prune) in prunes {
        if pointer.is_empty() {
            whole_document_invalid = true;
        } else {
            apply_prune(&mut instance, &pointer, prune);
        }
        pruned.push(pointer);
    }
    SchemaOutcome {
        findings,
        pruned,
        instance: (!whole_document_invalid).then_some(instance),
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Prune {
    /// Remove the node (a field of a mapping) or replace it with an empty value of the
    /// expected type (an item of a list).
    Remove(Option<JsonType>),
}

/// What a schema error means to an author: the findings of the most specific rule and the
/// nodes to prune. Each rule's own file says how it describes its errors.
fn describe(
    error: &ValidationError<'_>,
    pointer: &str,
    instance: &Value,
    schema: &Value,
    root_noun: &str,
) -> Described {
    let context = SchemaError {
        error,
        pointer,
        place: describe_place(pointer, instance, root_noun),
        found: instance.pointer(pointer),
    };
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            missing_field::describe(&context, property.as_str().unwrap_or_default())
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known = known_properties(schema, error.schema_path().as_str());
            unknown_field::describe(&context, unexpected, &known)
        }
        ValidationErrorKind::Type { kind } => wrong_type::describe(&context, kind),
        ValidationErrorKind::Enum { options } => invalid_value::not_allowed(&context, options),
        ValidationErrorKind::Pattern { .. } => {
            match pointer.rsplit('/').next().unwrap_or_default() {
                "id" | "region" => invalid_id::describe(&context),
                "pmid" => malformed_pmid::describe_pattern(&context),
                "language" => invalid_value::not_a_language(&context),
                _ => invalid_value::unmatched_pattern(&context),
            }
        }
        ValidationErrorKind::Format { format } if format == "date" => {
            invalid_value::not_a_date(&context)
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => invalid_value::below(&context, limit),
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => invalid_value::above(&context, limit),
        ValidationErrorKind::AnyOf {
            context: alternatives,
        } => {
            // Alternatives by type (a PMID as text or as a number): the one whose type the
            // value has says what is wrong with it; when none has, the first one's error
            // (a wrong type) does.
            let is_type = |error: &ValidationError<'_>| {
                matches!(error.kind(), ValidationErrorKind::Type { .. })
            };
            let meant = alternatives
                .iter()
                .find(|errors| !errors.is_empty() && !errors.iter().any(is_type))
                .or_else(|| alternatives.iter().find(|errors| !errors.is_empty()));
            match meant.and_then(|errors| errors.first()) {
                Some(first) => describe(first, pointer, instance, schema, root_noun),
                None => invalid_value::other(&context),
            }
        }
        _ => invalid_value::other(&context),
    }
}

/// One schema error with what every rule needs to describe it.
pub(crate) struct SchemaError<'a> {
    pub(crate) error: &'a ValidationError<'a>,
    /// The JSON pointer of the node the error is about.
    pub(crate) pointer: &'a str,
    /// The node as an author names it (`describe_place`).
    pub(crate) place: String,
    /// The node's value, when it is there.
    pub(crate) found: Option<&'a Value>,
}

impl SchemaError<'_> {
    /// One finding at the node, which is then pruned (replaced by an empty `expected` in a
    /// list, removed from a mapping) so that typed deserialisation can go on.
    pub(crate) fn pruned(&self, finding: Finding, expected: Option<JsonType>) -> Described {
        (
            vec![finding],
            vec![(self.pointer.to_owned(), Prune::Remove(expected))],
        )
    }
}

/// The findings a schema error gives, and the nodes to prune.
pub(crate) type Described = (Vec<Finding>, Vec<(String, Prune)>);

/// Names the node at `pointer` the way an author would: "`evidence.level` of treatment
/// `massage`", "the topic", "source `gattie-2017`".
pub(crate) fn describe_place(pointer: &str, instance: &Value, root_noun: &str) -> String {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let (owner, rest) = match segments.as_slice() {
        [] => return root_noun.to_owned(),
        [list, index, rest @ ..] if index.parse::<usize>().is_ok() => {
            let noun = match *list {
                "sources" => Some("source"),
                _ => RecordKind::ALL
                    .into_iter()
                    .find(|kind| kind.field() == *list)
                    .map(RecordKind::noun),
            };
            match noun {
                Some(noun) => {
                    let id = instance
                        .pointer(&format!("/{list}/{index}/id"))
                        .and_then(Value::as_str)
                        .filter(|id| !id.is_empty());
                    let position = index.parse::<usize>().unwrap_or(0) + 1;
                    // Naming a record by the very id that is wrong reads oddly; use its number.
                    let id = id.filter(|_| rest.first() != Some(&"id"));
                    let owner = match id {
                        Some(id) => format!("{noun} `{id}`"),
                        None => format!("{noun} number {position}"),
                    };
                    (owner, rest.to_vec())
                }
                None => (root_noun.to_owned(), segments.clone()),
            }
        }
        _ => (root_noun.to_owned(), segments.clone()),
    };
    if rest.is_empty() {
        owner
    } else {
        format!("`{}` of {owner}", rest.join("."))
    }
}

fn known_properties(schema: &Value, schema_path: &str) -> Vec<String> {
    let parent = schema_path
        .strip_suffix("/additionalProperties")
        .unwrap_or(schema_path);
    schema
        .pointer(&format!("{parent}/properties"))
        .and_then(Value::as_object)
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default()
}

pub(crate) fn type_name(kind: JsonType) -> &'static str {
    match kind {
        JsonType::Array => "a list",
        JsonType::Boolean => "true or false",
        JsonType::Integer => "a whole number",
        JsonType::Null => "empty",
        JsonType::Number => "a number",
        JsonType::Object => "a mapping of fields",
        JsonType::String => "text",
    }
}

pub(crate) fn value_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty",
        Value::Bool(_) => "true or false",
        Value::Number(number) if number.is_i64() || number.is_u64() => "a whole number",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping of fields",
    }
}

pub(crate) fn show(value: Option<&Value>) -> String {
    let text = match value {
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let mut shortened: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        shortened.push('…');
    }
    shortened
}

pub(crate) fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

fn apply_prune(instance: &mut Value, pointer: &str, prune: Prune) {
    let Some((parent_pointer, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let last = last.replace("~1", "/").replace("~0", "~");
    let Some(parent) = instance.pointer_mut(parent_pointer) else {
        return;
    };
    match parent {
        Value::Object(map) => {
            // Constant time (the last entry takes the removed one's place): shifting the
            // rest down made a mapping of n unknown fields cost O(n²). The order of the
            // fields left does not matter to the typed content made from them.
            map.swap_remove(&last);
        }
        Value::Array(items) => {
            let Prune::Remove(expected) = prune;
            if let Some(item) = last
                .parse::<usize>()
                .ok()
                .and_then(|index| items.get_mut(index))
            {
                *item = match expected {
                    Some(JsonType::Object) => Value::Object(serde_json::Map::new()),
                    Some(JsonType::Array) => Value::Array(Vec::new()),
                    _ => Value::String(String::new()),
                };
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
