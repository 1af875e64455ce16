//! The human format: rustc-style diagnostics with the source lines and a caret
//! under the problem, drawn by `annotate-snippets`, and a closing summary line.

use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{
    AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet, normalize_untrusted_str,
};

use crate::check::Report;
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::render::{RenderOptions, display_path, summary_line};
use crate::source::SourceFile;

/// Writes every diagnostic of the report, then a summary line.
pub(crate) fn render_human(
    report: &Report,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for diagnostic in &report.diagnostics {
        let group = diagnostic_group(report, diagnostic);
        writeln!(out, "{}\n", renderer.render(&[group]))?;
    }
    let summary = summary_line(report);
    if options.color {
        writeln!(out, "\x1b[1m{summary}\x1b[0m")
    } else {
        writeln!(out, "{summary}")
    }
}

/// Places closer than this many lines share one snippet, as rustc shows them.
const MERGE_GAP: u32 = 4;

/// A place the diagnostic points at: its own span or one of its related places.
struct Place<'a> {
    path: String,
    file: Option<&'a SourceFile>,
    span: Option<&'a Span>,
    label: Option<&'a str>,
    primary: bool,
}

/// A run of consecutive lines of one file, with the places shown on it.
struct Excerpt<'a> {
    path: String,
    file: &'a SourceFile,
    first_line: u32,
    last_line: u32,
    /// Byte ranges into the whole file, with their kind and label.
    marks: Vec<(Range<usize>, AnnotationKind, Option<&'a str>)>,
}

fn diagnostic_group<'a>(report: &'a Report, diagnostic: &'a Diagnostic) -> Group<'a> {
    let title = level_of(diagnostic.severity)
        .primary_title(diagnostic.message.as_str())
        .id(diagnostic.rule.code());
    let mut places = vec![Place {
        path: display_path(&diagnostic.path),
        file: report.file(&diagnostic.path),
        span: diagnostic.span.as_ref(),
        label: None,
        primary: true,
    }];
    places.extend(diagnostic.related.iter().map(|related| Place {
        path: display_path(&related.path),
        file: report.file(&related.path),
        span: Some(&related.span),
        label: Some(related.message.as_str()),
        primary: false,
    }));

    let mut excerpts: Vec<Excerpt<'a>> = Vec::new();
    let mut elements: Vec<Element<'a>> = Vec::new();
    let mut notes: Vec<Element<'a>> = Vec::new();
    for place in places {
        let (Some(file), Some(span)) = (place.file, place.span) else {
            let mut origin = Origin::path(place.path.clone());
            if let Some(span) = place.span {
                origin = origin
                    .line(span.start.line as usize)
                    .char_column(span.start.column as usize);
            }
            if place.primary {
                elements.push(origin.into());
            } else if let Some(label) = place.label {
                let location = match place.span {
                    Some(span) => {
                        format!("{}:{}:{}", place.path, span.start.line, span.start.column)
                    }
                    None => place.path,
                };
                notes.push(
                    Level::NOTE
                        .message(normalize_untrusted_str(&format!("{location}: {label}")))
                        .into(),
                );
            }
            continue;
        };
        let bytes = clamp_to_text(&file.text, &span.bytes);
        let first_line = file.position_of(bytes.start).line;
        let last_line = file
            .position_of(bytes.end.saturating_sub(1).max(bytes.start))
            .line;
        let kind = if place.primary {
            AnnotationKind::Primary
        } else {
            AnnotationKind::Context
        };
        let nearby = excerpts.iter_mut().find(|excerpt| {
            excerpt.path == place.path
                && first_line <= excerpt.last_line + MERGE_GAP
                && excerpt.first_line <= last_line + MERGE_GAP
        });
        match nearby {
            Some(excerpt) => {
                excerpt.first_line = excerpt.first_line.min(first_line);
                excerpt.last_line = excerpt.last_line.max(last_line);
                excerpt.marks.push((bytes, kind, place.label));
            }
            None => excerpts.push(Excerpt {
                path: place.path,
                file,
                first_line,
                last_line,
                marks: vec![(bytes, kind, place.label)],
            }),
        }
    }

    // The primary place comes first, so its excerpt (if any) leads the snippets.
    let snippets = excerpts.into_iter().map(excerpt_snippet);
    let mut group = title.elements(snippets.map(Element::from).chain(elements));
    group = group.elements(notes);
    if let Some(help) = &diagnostic.help {
        group = group.element(Level::HELP.message(normalize_untrusted_str(help)));
    }
    group.element(Level::NOTE.message(format!(
        "rule `{}`; `pamphlet explain {}` says why it matters",
        diagnostic.rule.name(),
        diagnostic.rule.code()
    )))
}

/// A snippet of only the lines of the excerpt, so that a big file costs no more
/// than a small one.
fn excerpt_snippet(excerpt: Excerpt<'_>) -> Snippet<'_, annotate_snippets::Annotation<'_>> {
    let window_start = excerpt.file.byte_of(excerpt.first_line, 0);
    let window_end = excerpt.file.byte_of(excerpt.last_line, usize::MAX);
    let source = &excerpt.file.text[window_start..window_end];
    let annotations = excerpt.marks.into_iter().map(|(bytes, kind, label)| {
        let start = bytes.start.clamp(window_start, window_end) - window_start;
        let end = bytes.end.clamp(window_start, window_end) - window_start;
        let annotation = kind.span(start..end);
        match label {
            Some(label) => annotation.label(normalize_untrusted_str(label)),
            None => annotation,
        }
    });
    Snippet::source(source)
        .line_start(excerpt.first_line as usize)
        .path(excerpt.path)
        .annotations(annotations)
}

fn level_of(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The range limited to the text and widened to whole characters, so that a stale or
/// hand-made span can never slice a character in two.
fn clamp_to_text(text: &str, bytes: &Range<usize>) -> Range<usize> {
    let mut start = bytes.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = bytes.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::{clamp_to_text, render_human};
    use crate::check::Report;
    use crate::render::RenderOptions;
    use crate::render::fixture::{sample_report, single_report};

    fn render(report: &Report, color: bool) -> String {
        let mut out = Vec::new();
        render_human(report, &RenderOptions { color }, &mut out).expect("writing to a Vec");
        String::from_utf8(out).expect("the human format is UTF-8")
    }

    #[test]
    fn sample_report_snapshot() {
        insta::assert_snapshot!(render(&sample_report(), false));
    }

    #[test]
    fn shows_code_location_caret_help_and_rule_name() {
        let output = render(&sample_report(), false);
        assert!(output.contains("error[PAM301]: treatment `heat` cites no source"));
        assert!(output.contains("--> topics/hip-pain.yaml:8:14"));
        assert!(output.contains("8 |     sources: []\n  |              ^^"));
        assert!(output.contains("= help: add the id of the bibliography entry"));
        assert!(output.contains("rule `unsourced-record`"));
    }

    #[test]
    fn counts_columns_in_characters_after_non_ascii_text() {
        // `—` is three bytes but one column: `cures` starts at character 27, byte 29.
        let report = sample_report();
        let line = report.files[1].line_text(7);
        assert_eq!(line.find("cures"), Some(28));
        let output = render(&report, false);
        assert!(output.contains("--> topics/hip-pain.yaml:7:27"), "{output}");
        assert!(output.contains("7 |     benefits: Warmth — it cures stiff muscles.\n  |                           ^^^^^\n"));
    }

    #[test]
    fn related_place_in_another_file_gets_its_own_snippet() {
        let output = render(&sample_report(), false);
        assert!(output.contains("::: topics/hip-pain.yaml:2:5"), "{output}");
        assert!(output.contains("`hip-pain` is first used here"));
    }

    #[test]
    fn diagnostic_without_span_shows_path_and_help() {
        let output = render(&sample_report(), false);
        assert!(output.contains("error[PAM005]: cannot read `topics/locked.yaml`"));
        assert!(output.contains("--> topics/locked.yaml\n"), "{output}");
        assert!(output.contains("= help: check that the file is readable"));
    }

    #[test]
    fn ends_with_the_summary() {
        let output = render(&sample_report(), false);
        assert!(output.ends_with("\n5 errors, 1 warning, 1 info message in 4 files\n"));
        assert_eq!(
            render(&Report::default(), false),
            "no problems found in 0 files\n"
        );
    }

    #[test]
    fn colours_only_when_asked() {
        let report = sample_report();
        assert!(!render(&report, false).contains('\x1b'));
        assert!(render(&report, true).contains('\x1b'));
    }

    #[test]
    fn passes_only_the_lines_around_the_span() {
        // Line 5000 of a big file renders with its own number and nothing else.
        let mut text: String = (1..5000).map(|line| format!("line{line}: x\n")).collect();
        text.push_str("sources: []\n");
        let output = render(&single_report("big.yaml", &text, "[]", "no source"), false);
        assert!(output.contains("--> big.yaml:5000:10"), "{output}");
        assert!(output.contains("5000 | sources: []"));
        assert!(!output.contains("line4999"));
    }

    #[test]
    fn copes_with_crlf_and_an_empty_span() {
        let text = "id: x\r\nsources: []\r\n";
        let mut report = single_report("crlf.yaml", text, "[]", "no source");
        let span = report.diagnostics[0].span.as_mut().expect("has a span");
        span.bytes = span.bytes.start..span.bytes.start;
        let output = render(&report, false);
        assert!(output.contains("2 | sources: []\n"), "{output}");
        assert!(!output.contains('\r'));
    }

    #[test]
    fn clamps_ranges_to_characters() {
        let text = "aé";
        assert_eq!(clamp_to_text(text, &(2..2)), 1..3);
        assert_eq!(clamp_to_text(text, &(1..1)), 1..1);
        assert_eq!(clamp_to_text(text, &(1..2)), 1..3);
        assert_eq!(clamp_to_text(text, &(9..12)), 3..3);
    }
}
