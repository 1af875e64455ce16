//! The generated files of the repository and their expected contents, shared by
//! `cargo xtask codegen` (which writes them) and the staleness test (which
//! compares them).

use pamphlet_schema::{SchemaKind, generate_schema};

/// Every generated file, as a path relative to the repository root and its contents.
pub fn generated_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = SchemaKind::ALL
        .iter()
        .map(|kind| {
            let schema = generate_schema(*kind);
            let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            text.push('\n');
            (format!("schema/{}", kind.file_name()), text)
        })
        .collect();
    files.sort();
    files
}
