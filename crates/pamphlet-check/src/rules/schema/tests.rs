//! Tests of the mapping from JSON Schema errors to findings.

use pamphlet_schema::SchemaKind;
use serde_json::json;

use super::validate;
use crate::codes::Rule;

#[test]
fn maps_each_error_to_the_most_specific_rule_and_pointer() {
    let document = json!({
        "id": "Hip Pain",
        "title": "Hip pain",
        "treatments": [
            { "id": "heat", "category": "sauna", "sourcs": ["x"], "evidence": { "level": "low", "note": "n" } }
        ],
        "recovery": [ { "id": "early", "weeks": { "from": "one", "to": 2 } } ],
        "review": { "last_reviewed": "2026-02-30" }
    });
    let outcome = validate(SchemaKind::Topic, document);
    let found: Vec<(Rule, &str)> = outcome
        .findings
        .iter()
        .map(|finding| (finding.rule, finding.pointer.as_str()))
        .collect();
    assert!(found.contains(&(Rule::InvalidId, "/id")), "{found:?}");
    assert!(
        found.contains(&(Rule::InvalidValue, "/treatments/0/category")),
        "{found:?}"
    );
    assert!(
        found.contains(&(Rule::UnknownField, "/treatments/0/sourcs")),
        "{found:?}"
    );
    assert!(
        found.contains(&(Rule::WrongType, "/recovery/0/weeks/from")),
        "{found:?}"
    );
    assert!(
        found.contains(&(Rule::InvalidValue, "/review/last_reviewed")),
        "{found:?}"
    );
    assert!(
        found.contains(&(Rule::MissingField, "/summary")),
        "{found:?}"
    );
    let unknown = outcome
        .findings
        .iter()
        .find(|finding| finding.rule == Rule::UnknownField)
        .expect("unknown field");
    assert_eq!(unknown.help.as_deref(), Some("did you mean `sources`?"));
    let instance = outcome.instance.expect("the document keeps its shape");
    assert!(instance.pointer("/treatments/0/sourcs").is_none());
    assert!(instance.pointer("/review/last_reviewed").is_none());
    assert!(
        outcome
            .pruned
            .contains(&"/recovery/0/weeks/from".to_owned())
    );
}

#[test]
fn a_document_that_is_not_a_mapping_cannot_be_typed() {
    let outcome = validate(SchemaKind::Topic, json!(["a", "list"]));
    assert!(outcome.instance.is_none());
    assert_eq!(outcome.findings[0].rule, Rule::WrongType);
    assert_eq!(
        outcome.findings[0].message,
        "the topic should be a mapping of fields, but it is a list"
    );
}

/// A field that may be text or a number (a PMID) is judged by the alternative its value's
/// type chose: text that is not digits is a malformed PMID, a list is the wrong type, a
/// number below 1 is out of range.
#[test]
fn a_field_of_two_types_is_judged_by_the_type_written() {
    let judged = |pmid: serde_json::Value| {
        let document = json!({"sources": [{"id": "a", "title": "T", "pmid": pmid}]});
        let outcome = validate(SchemaKind::Bibliography, document);
        outcome
            .findings
            .iter()
            .filter(|finding| finding.pointer == "/sources/0/pmid")
            .map(|finding| finding.rule)
            .collect::<Vec<Rule>>()
    };
    assert_eq!(judged(json!("PMC4508225")), [Rule::MalformedPmid]);
    assert_eq!(judged(json!([1, 2])), [Rule::WrongType]);
    assert_eq!(judged(json!(0)), [Rule::InvalidValue]);
    assert_eq!(judged(json!(28158962)), []);
    assert_eq!(judged(json!("28158962")), []);
}
