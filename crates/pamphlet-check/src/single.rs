//! Checking one file held in memory, with no content tree around it: the loader, the
//! schema and every rule that looks at one file, then settling and positions, exactly as
//! `check` runs them. The fuzz targets in `fuzz/` drive the loader through it.

use std::path::Path;

use pamphlet_schema::SchemaKind;

use crate::checked_file::{file_findings, to_diagnostic};
use crate::diagnostic::Diagnostic;
use crate::load::load_in_memory;
use crate::settings::Settings;
use crate::settle::settle;

/// Checks `bytes` as the text of a file of `kind` named `path` (only a name for the
/// diagnostics: nothing is read). A topic is checked without a bibliography, so its
/// citations are not resolved; rules that need the whole tree do not run. The diagnostics
/// come sorted like a `Report`'s.
pub fn check_bytes(
    path: &Path,
    bytes: &[u8],
    kind: SchemaKind,
    settings: &Settings,
) -> Vec<Diagnostic> {
    let mut file = load_in_memory(path, bytes, kind, settings.max_file_bytes);
    let findings = file_findings(&file, settings, None);
    file.findings.extend(findings);
    let findings = std::mem::take(&mut file.findings);
    let findings = settle(&file, findings);
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .filter_map(|finding| to_diagnostic(&file, finding, settings, &|_| None))
        .collect();
    diagnostics.sort_by_cached_key(Diagnostic::sort_key);
    diagnostics.dedup();
    diagnostics
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use pamphlet_schema::{IsoDate, SchemaKind};

    use crate::check::{CheckOptions, check};

    /// `check_bytes` runs the same per-file stages as `check`: on a topic with no
    /// citations (so no rule needs the bibliography), both give the same diagnostics.
    #[test]
    fn gives_what_check_gives_for_the_same_file() {
        let root =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seed-article");
        let topic = root.join("topics/hip-trigger-points-article.yaml");
        let today = IsoDate::parse("2026-12-02").expect("a date");
        let report = check(
            std::slice::from_ref(&root),
            &CheckOptions {
                today,
                keep_content: false,
            },
        )
        .expect("readable");
        let expected: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.path == topic)
            .cloned()
            .collect();
        assert!(expected.len() > 50, "{}", expected.len());
        let bytes = std::fs::read(&topic).expect("the seed topic");
        let settings = &report.trees[0].settings;
        let actual = super::check_bytes(&topic, &bytes, SchemaKind::Topic, settings);
        assert_eq!(actual, expected);
    }
}

#[cfg(test)]
mod fuzz_regressions {
    use std::path::Path;

    use pamphlet_schema::{IsoDate, SchemaKind};

    use crate::codes::Rule;
    use crate::settings::Settings;

    /// Found by the `file` fuzz target: bytes that are not UTF-8 before a NUL byte. The
    /// NUL is reported on its line, counting each bad byte as one character, and the span
    /// lies in the text shown to the user (where each bad byte became U+FFFD).
    #[test]
    fn a_nul_after_bytes_that_are_not_utf8() {
        let bytes = b"# yaml-\x8d\x9a\x8d\x8cer\nsources: []\x00\n";
        let settings = Settings::new(IsoDate::parse("2026-12-02").expect("a date"));
        let diagnostics = super::check_bytes(
            Path::new("b.yaml"),
            bytes,
            SchemaKind::Bibliography,
            &settings,
        );
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        let diagnostic = &diagnostics[0];
        assert_eq!(diagnostic.rule, Rule::InvalidEncoding);
        let span = diagnostic.span.as_ref().expect("a position");
        assert_eq!((span.start.line, span.start.column), (2, 12));
        assert!(span.bytes.end <= String::from_utf8_lossy(bytes).len());
    }
}
