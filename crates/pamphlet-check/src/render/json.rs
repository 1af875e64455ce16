//! The JSON format: a pretty-printed array with one object per diagnostic, for
//! scripts and editors.

use std::io::{self, Write};

use serde::Serialize;

use crate::check::Report;
use crate::diagnostic::Diagnostic;
use crate::render::display_path;

/// Writes the report's diagnostics as a JSON array, with a trailing newline.
pub(crate) fn render_json(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let records: Vec<JsonDiagnostic<'_>> = report
        .diagnostics
        .iter()
        .map(JsonDiagnostic::from)
        .collect();
    serde_json::to_writer_pretty(&mut *out, &records)?;
    writeln!(out)
}

/// One diagnostic as the JSON format shows it. Field order is the output order.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    file: String,
    line: Option<u32>,
    column: Option<u32>,
    end_line: Option<u32>,
    end_column: Option<u32>,
    pointer: &'a str,
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    message: &'a str,
    file: String,
    line: u32,
    column: u32,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(diagnostic: &'a Diagnostic) -> Self {
        let span = diagnostic.span.as_ref();
        JsonDiagnostic {
            code: diagnostic.rule.code(),
            name: diagnostic.rule.name(),
            severity: diagnostic.severity.as_str(),
            message: &diagnostic.message,
            help: diagnostic.help.as_deref(),
            file: display_path(&diagnostic.path),
            line: span.map(|span| span.start.line),
            column: span.map(|span| span.start.column),
            end_line: span.map(|span| span.end.line),
            end_column: span.map(|span| span.end.column),
            pointer: &diagnostic.pointer,
            related: diagnostic
                .related
                .iter()
                .map(|related| JsonRelated {
                    message: &related.message,
                    file: display_path(&related.path),
                    line: related.span.start.line,
                    column: related.span.start.column,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::check::Report;
    use crate::render::Format;
    use crate::render::fixture::rendered;
    use crate::render::fixture::sample_report;

    fn render(report: &Report) -> String {
        rendered(report, Format::Json)
    }

    #[test]
    fn sample_report_snapshot() {
        insta::assert_snapshot!(render(&sample_report()));
    }

    #[test]
    fn parses_back_with_every_field() {
        let output = render(&sample_report());
        assert!(output.ends_with("]\n"));
        let parsed: Value = serde_json::from_str(&output).expect("valid JSON");
        let records = parsed.as_array().expect("an array");
        assert_eq!(records.len(), 7);

        let unsourced = records
            .iter()
            .find(|record| record["code"] == "PAM301")
            .expect("PAM301 is reported");
        assert_eq!(unsourced["name"], "unsourced-record");
        assert_eq!(unsourced["severity"], "error");
        assert_eq!(unsourced["message"], "treatment `heat` cites no source");
        assert_eq!(unsourced["file"], "topics/hip-pain.yaml");
        assert_eq!(
            (
                &unsourced["line"],
                &unsourced["column"],
                &unsourced["end_line"],
                &unsourced["end_column"]
            ),
            (
                &Value::from(8),
                &Value::from(14),
                &Value::from(8),
                &Value::from(16)
            )
        );
        assert_eq!(unsourced["pointer"], "/treatments/0/sources");
        assert_eq!(unsourced["related"], Value::Array(Vec::new()));

        let duplicate = records
            .iter()
            .find(|record| record["file"] == "topics/knee-pain.yaml")
            .expect("the knee topic has a diagnostic");
        assert_eq!(duplicate["related"][0]["file"], "topics/hip-pain.yaml");
        assert_eq!(duplicate["related"][0]["line"], 2);
        assert_eq!(duplicate["related"][0]["column"], 5);
    }

    #[test]
    fn absent_span_and_help_are_null() {
        let mut report = sample_report();
        report
            .diagnostics
            .retain(|diagnostic| diagnostic.span.is_none());
        report.diagnostics[0].help = None;
        let parsed: Value = serde_json::from_str(&render(&report)).expect("valid JSON");
        for field in ["help", "line", "column", "end_line", "end_column"] {
            assert!(parsed[0][field].is_null(), "{field} should be null");
        }
        assert_eq!(parsed[0]["pointer"], "");
    }

    #[test]
    fn empty_report_is_an_empty_array() {
        assert_eq!(render(&Report::default()), "[]\n");
    }
}
