//! The JSON Schemas of the export format: a topic file (`pamphlet_model::Topic`) and the
//! catalogue. `cargo xtask codegen` writes them with the checker's generated files.

use serde_json::Value;

use crate::json::Catalogue;

/// The schema of a topic file of the JSON export, inside `schema/`.
pub const TOPIC_SCHEMA: &str = "schema/export-topic.schema.json";
/// The schema of `catalogue.json` of the JSON export, inside `schema/`.
pub const CATALOGUE_SCHEMA: &str = "schema/export-catalogue.schema.json";

/// The export format's generated files, as paths relative to the repository root and
/// their contents.
pub fn generated_files() -> Vec<(String, String)> {
    vec![
        (TOPIC_SCHEMA.to_owned(), pretty(&topic_schema())),
        (CATALOGUE_SCHEMA.to_owned(), pretty(&catalogue_schema())),
    ]
}

/// The JSON Schema (draft 2020-12) every `topics/<id>.json` of the export validates against.
pub fn topic_schema() -> Value {
    pamphlet_schema::schema_for::<pamphlet_model::Topic>("crates/pamphlet-model")
}

/// The JSON Schema (draft 2020-12) `catalogue.json` of the export validates against.
pub fn catalogue_schema() -> Value {
    pamphlet_schema::schema_for::<Catalogue>("crates/pamphlet-export")
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
