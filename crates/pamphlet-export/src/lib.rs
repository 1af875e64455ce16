//! pamphlet's data exporters: the resolved model of checked content in, files as bytes out.
//!
//! `json()` writes one file per topic (every record carrying the full sources it cites)
//! and a catalogue; `csv()` writes one table per record type, a citation link table and
//! a Frictionless `datapackage.json`. Neither touches the file system nor re-parses YAML:
//! they read a `pamphlet_model::Library`, and the caller decides where the bytes go. The
//! output is a function of the content alone (no clock, no environment), so the same
//! content gives the same bytes on every run.

pub mod codegen;
mod csv;
mod json;

pub use crate::csv::{CsvOptions, csv};
pub use crate::json::json;
pub use pamphlet_model::SCHEMA_VERSION;

/// One exported file: where it goes inside the output folder, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative, `/`-separated path, built only from fixed names and validated slugs, so it
    /// never escapes the output folder (for example `topics/hip-trigger-points.json`).
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Why content could not be exported: the CSV or JSON writer failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
}
