//! Schema rules: the parsed document is validated against the generated JSON
//! Schema with the `jsonschema` crate, and each error becomes a finding of the
//! most specific rule, at the pointer of the node it concerns. Invalid nodes are
//! pruned so typed deserialisation can go on and the other rules still run.

pub(crate) mod invalid_id;
pub(crate) mod invalid_value;
pub(crate) mod missing_field;
pub(crate) mod unknown_field;
pub(crate) mod wrong_type;

use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError, Validator};
use pamphlet_schema::{SchemaKind, generate_schema};
use serde_json::Value;

use crate::codes::Rule;
use crate::rules::{Finding, Target};
use crate::text::similar::closest;

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
enum Prune {
    /// Remove the node (a field of a mapping) or replace it with an empty value of the
    /// expected type (an item of a list).
    Remove(Option<JsonType>),
}

fn describe(
    error: &ValidationError<'_>,
    pointer: &str,
    instance: &Value,
    schema: &Value,
    root_noun: &str,
) -> (Vec<Finding>, Vec<(String, Prune)>) {
    let place = describe_place(pointer, instance, root_noun);
    let found = instance.pointer(pointer);
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let finding = Finding::new(
                Rule::MissingField,
                format!("{pointer}/{name}"),
                format!("{place} has no `{name}` field"),
            )
            .help(format!(
                "add `{name}:` here; see `pamphlet explain PAM103` for what each record needs"
            ));
            (vec![finding], Vec::new())
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known = known_properties(schema, error.schema_path().as_str());
            let findings = unexpected
                .iter()
                .map(|name| {
                    let help = match closest(name, known.iter().map(String::as_str)) {
                        // YAML 1.1 merge keys are not part of YAML 1.2, which pamphlet reads.
                        _ if name == "<<" => "YAML merge keys are not supported: write the \
                                              fields out in full"
                            .to_owned(),
                        Some(suggestion) => format!("did you mean `{suggestion}`?"),
                        None => format!(
                            "remove it; the fields allowed here are: {}",
                            known.join(", ")
                        ),
                    };
                    Finding::new(
                        Rule::UnknownField,
                        format!("{pointer}/{}", escape(name)),
                        format!("unknown field `{name}` in {place}"),
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
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(single) => type_name(*single).to_owned(),
                TypeKind::Multiple(set) => {
                    set.iter().map(type_name).collect::<Vec<_>>().join(" or ")
                }
            };
            let found_name = found.map_or("nothing", value_kind);
            let mut help = format!("write {expected} here");
            if matches!(kind, TypeKind::Single(JsonType::String))
                && found.is_some_and(|value| !value.is_string())
            {
                help = "put the value in quotes so that it is read as text".to_owned();
            } else if matches!(kind, TypeKind::Single(JsonType::Array))
                && found.is_some_and(Value::is_string)
            {
                help = "write a list, for example `[first, second]` or one `- item` per line"
                    .to_owned();
            } else if pointer.ends_with("/weeks") {
                help = "write the weeks as a mapping, for example `weeks: { from: 1, to: 2 }`"
                    .to_owned();
            }
            let expected_type = match kind {
                TypeKind::Single(single) => Some(*single),
                TypeKind::Multiple(_) => None,
            };
            let finding = Finding::new(
                Rule::WrongType,
                pointer,
                format!("{place} should be {expected}, but it is {found_name}"),
            )
            .help(help);
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(expected_type))],
            )
        }
        ValidationErrorKind::Enum { options } => {
            let allowed: Vec<String> = options
                .as_array()
                .map(|values| {
                    values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let finding = Finding::new(
                Rule::InvalidValue,
                pointer,
                format!(
                    "{place} is `{}`, which is not one of the allowed values",
                    show(found)
                ),
            )
            .help(format!("use one of: {}", allowed.join(", ")));
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(Some(JsonType::String)))],
            )
        }
        ValidationErrorKind::Pattern { .. } => {
            let last = pointer.rsplit('/').next().unwrap_or_default();
            let finding = match last {
                "id" | "region" => Finding::new(
                    Rule::InvalidId,
                    pointer,
                    format!("{place} is `{}`, which is not a kebab-case slug", show(found)),
                )
                .help("use lowercase ASCII letters and digits joined by single hyphens, for example `heat-therapy`"),
                "pmid" => Finding::new(
                    Rule::MalformedPmid,
                    pointer,
                    format!("{place} is `{}`, which is not a PubMed id", show(found)),
                )
                .help("a PMID is digits only, for example \"28158962\"; copy it from the PubMed page"),
                "language" => Finding::new(
                    Rule::InvalidValue,
                    pointer,
                    format!("{place} is `{}`, which is not a BCP 47 language tag", show(found)),
                )
                .help("write a language tag such as `en`, `en-GB` or `es`"),
                _ => Finding::new(Rule::InvalidValue, pointer, format!("{place}: {error}")),
            };
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(Some(JsonType::String)))],
            )
        }
        ValidationErrorKind::Format { format } if format == "date" => {
            let finding = Finding::new(
                Rule::InvalidValue,
                pointer,
                format!("{place} is `{}`, which is not a real calendar date", show(found)),
            )
            .help("write the date as YYYY-MM-DD, for example 2026-11-23, and check the day exists in that month");
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(Some(JsonType::String)))],
            )
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => {
            let finding = Finding::new(
                Rule::InvalidValue,
                pointer,
                format!(
                    "{place} is {}, below the smallest allowed value {limit}",
                    show(found)
                ),
            )
            .help(format!("use a value of at least {limit}"));
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(Some(JsonType::Integer)))],
            )
        }
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => {
            let finding = Finding::new(
                Rule::InvalidValue,
                pointer,
                format!(
                    "{place} is {}, above the largest allowed value {limit}",
                    show(found)
                ),
            )
            .help(format!("use a value of at most {limit}"));
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(Some(JsonType::Integer)))],
            )
        }
        _ => {
            let finding = Finding::new(Rule::InvalidValue, pointer, format!("{place}: {error}"))
                .help("see the schema in `schema/` for what this field allows");
            (
                vec![finding],
                vec![(pointer.to_owned(), Prune::Remove(None))],
            )
        }
    }
}

/// Names the node at `pointer` the way an author would: "`evidence.level` of treatment
/// `massage`", "the topic", "source `gattie-2017`".
pub(crate) fn describe_place(pointer: &str, instance: &Value, root_noun: &str) -> String {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let record_lists = [
        ("causes", "cause"),
        ("symptoms", "symptom"),
        ("red_flags", "red flag"),
        ("treatments", "treatment"),
        ("recovery", "recovery phase"),
        ("questions", "question"),
        ("sources", "source"),
    ];
    let (owner, rest) = match segments.as_slice() {
        [] => return root_noun.to_owned(),
        [list, index, rest @ ..] if index.parse::<usize>().is_ok() => {
            match record_lists.iter().find(|(name, _)| name == list) {
                Some((_, noun)) => {
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

fn type_name(kind: JsonType) -> &'static str {
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

fn value_kind(value: &Value) -> &'static str {
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

fn show(value: Option<&Value>) -> String {
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

fn escape(name: &str) -> String {
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
            map.shift_remove(&last);
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
