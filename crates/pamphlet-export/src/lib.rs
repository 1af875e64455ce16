//! pamphlet's data exporters: a checked content tree in, files as bytes out.
//!
//! `json()` writes one file per topic (every record carrying the full sources it cites)
//! and a catalogue; `csv()` writes one table per record type, a citation link table and
//! a Frictionless `datapackage.json`. Neither touches the file system nor re-parses YAML:
//! they read the typed content of a `CheckedTree`, and the caller decides where the bytes
//! go. The output is a function of the content alone (no clock, no environment), so the
//! same content gives the same bytes on every run.

pub mod codegen;
mod csv;
mod json;
mod model;
mod references;
mod resolve;

pub use crate::csv::{CsvOptions, csv};
pub use crate::json::json;
pub use crate::model::SCHEMA_VERSION;
pub use crate::references::{RecordKind, References};
pub use crate::resolve::topics_by_id;

/// One exported file: where it goes inside the output folder, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative, `/`-separated path, built only from fixed names and validated slugs, so it
    /// never escapes the output folder (for example `topics/hip-trigger-points.json`).
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Why content could not be exported. The checker reports all of these as errors first,
/// so they reach an exporter only when a rule was turned off or the tree was not checked.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the content tree has no bibliography, so citations cannot be resolved")]
    NoBibliography,
    #[error("topic `{topic}`: {record} cites `{source_id}`, which is not in the bibliography")]
    DanglingCitation {
        topic: String,
        record: String,
        source_id: String,
    },
    #[error("{place}: {what} is missing")]
    Incomplete { place: String, what: String },
    #[error("{what} `{id}` is not a kebab-case slug, so it cannot name an exported file")]
    InvalidSlug { what: &'static str, id: String },
    #[error("two topics have the id `{0}`; each needs its own file")]
    DuplicateTopic(String),
    #[error("writing CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Whether `text` is a kebab-case slug (`pamphlet_schema::SLUG_PATTERN`): lowercase ASCII
/// letters and digits in groups joined by single hyphens. Only such ids name files.
pub(crate) fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::is_slug;

    #[test]
    fn slugs_are_kebab_case_ascii() {
        assert!(is_slug("hip-trigger-points"));
        assert!(is_slug("a1"));
        for bad in [
            "", "-a", "a-", "a--b", "A", "a_b", "a/b", "..", "a.json", "é",
        ] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }
}
