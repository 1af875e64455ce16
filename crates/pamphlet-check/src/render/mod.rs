//! Renderers: turn a `Report` into human, JSON, SARIF, GitHub or JUnit output.
//!
//! Every renderer writes to a `Write` and never touches the file system, and every one
//! is deterministic: the same report gives the same bytes.

use std::io::{self, Write};
use std::path::Path;

use crate::check::Report;
use crate::diagnostic::Severity;

mod github;
mod human;
mod json;
mod junit;
mod sarif;

#[cfg(test)]
mod fixture;

pub use github::github_step_summary;

/// An output format of `pamphlet check --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// rustc-like text with the source line and a caret under the problem.
    Human,
    /// A JSON array with one object per diagnostic.
    Json,
    /// SARIF 2.1.0, for code-scanning uploads.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…::`).
    Github,
    /// JUnit XML, one test suite per checked file.
    Junit,
}

/// How the human format is printed.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions {
    /// Colour the output with ANSI escapes.
    pub color: bool,
}

/// Writes `report` to `out` in `format`.
pub fn render(
    report: &Report,
    format: Format,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render_human(report, options, out),
        Format::Json => json::render_json(report, out),
        Format::Sarif => sarif::render_sarif(report, out),
        Format::Github => github::render_github(report, out),
        Format::Junit => junit::render_junit(report, out),
    }
}

/// A path as the user gave it, with `/` separators on every platform, so that
/// output does not depend on the machine it was produced on.
fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}

/// The counts of a report in words: `3 errors, 1 warning in 2 files`, or
/// `no problems found in 2 files`.
fn summary_line(report: &Report) -> String {
    let files = plural(report.checked.len(), "file", "files");
    let counts: Vec<String> = [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Info, "info message", "info messages"),
    ]
    .into_iter()
    .map(|(severity, one, many)| (report.count(severity), one, many))
    .filter(|(count, _, _)| *count > 0)
    .map(|(count, one, many)| plural(count, one, many))
    .collect();
    if counts.is_empty() {
        format!("no problems found in {files}")
    } else {
        format!("{} in {files}", counts.join(", "))
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::{Format, RenderOptions, render, summary_line};
    use crate::check::Report;
    use crate::render::fixture::sample_report;

    #[test]
    fn summary_counts_each_severity_and_the_files() {
        assert_eq!(
            summary_line(&sample_report()),
            "5 errors, 1 warning, 1 info message in 4 files"
        );
        assert_eq!(
            summary_line(&Report::default()),
            "no problems found in 0 files"
        );
    }

    #[test]
    fn every_format_is_deterministic() {
        let report = sample_report();
        for format in [
            Format::Human,
            Format::Json,
            Format::Sarif,
            Format::Github,
            Format::Junit,
        ] {
            let outputs: Vec<Vec<u8>> = (0..2)
                .map(|_| {
                    let mut out = Vec::new();
                    render(&report, format, &RenderOptions::default(), &mut out)
                        .expect("writing to a Vec cannot fail");
                    out
                })
                .collect();
            assert_eq!(outputs[0], outputs[1], "{format:?} differs between runs");
            assert!(!outputs[0].is_empty());
        }
    }
}
