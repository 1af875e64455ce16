//! The one list of the repository's generated files: `pamphlet_check::codegen`'s (content
//! schemas, rule docs) plus the JSON Schemas of the export format. `cargo xtask codegen`
//! writes them and the staleness test compares them; both read this list. It lives here,
//! at the top of the library graph, because pamphlet-check cannot see the export types.

use schemars::JsonSchema;
use serde_json::Value;

use crate::model::{Catalogue, ExportTopic};

/// The schema of a topic file of the JSON export, inside `schema/`.
pub const TOPIC_SCHEMA: &str = "schema/export-topic.schema.json";
/// The schema of `catalogue.json` of the JSON export, inside `schema/`.
pub const CATALOGUE_SCHEMA: &str = "schema/export-catalogue.schema.json";

/// Every generated file, as a path relative to the repository root and its contents,
/// sorted by path.
pub fn generated_files() -> Vec<(String, String)> {
    let mut files = pamphlet_check::codegen::generated_files();
    files.push((TOPIC_SCHEMA.to_owned(), pretty(&topic_schema())));
    files.push((CATALOGUE_SCHEMA.to_owned(), pretty(&catalogue_schema())));
    files.sort();
    files
}

/// The JSON Schema (draft 2020-12) every `topics/<id>.json` of the export validates against.
pub fn topic_schema() -> Value {
    schema_for::<ExportTopic>()
}

/// The JSON Schema (draft 2020-12) `catalogue.json` of the export validates against.
pub fn catalogue_schema() -> Value {
    schema_for::<Catalogue>()
}

fn schema_for<T: JsonSchema>() -> Value {
    pamphlet_schema::schema_for::<T>("crates/pamphlet-export")
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
