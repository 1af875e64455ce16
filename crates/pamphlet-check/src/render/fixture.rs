//! A small hand-built `Report` that the renderers' tests and snapshots share: four
//! checked files, one unreadable file, every severity, a related place in the same
//! file and one in another file, and a line with non-ASCII text before the caret.

use std::path::PathBuf;

use crate::check::Report;
use crate::codes::Rule;
use crate::diagnostic::{Diagnostic, Related, Severity, Span};
use crate::source::SourceFile;

/// The text a format renders for `report`, without colour.
pub(crate) fn rendered(report: &Report, format: super::Format) -> String {
    let mut out = Vec::new();
    super::render(report, format, &super::RenderOptions::default(), &mut out)
        .expect("writing to a Vec");
    String::from_utf8(out).expect("rendered output is UTF-8")
}

pub(crate) fn sample_report() -> Report {
    let bibliography = SourceFile::new(
        "bibliography.yaml".into(),
        "# yaml-language-server: $schema=../schema/bibliography.json
sources:
  - id: smith-2020
    title: Heat therapy for hip pain
    year: 2001
    doi: 10.1000/heat
  - id: smith-2020
    title: Stretching after injury
    year: 2021
    url: https://example.org/stretching
",
    );
    let hip = SourceFile::new(
        "topics/hip-pain.yaml".into(),
        "# yaml-language-server: $schema=../../schema/topic.json
id: hip-pain
title: Hip pain
treatments:
  - id: heat
    name: Heat packs
    benefits: Warmth — it cures stiff muscles.
    sources: []
  - id: stretching
    name: Gentle stretching
    benefits: Stretching every morning can ease stiffness when it is done slowly and gently and repeated on both sides of the body.
    sources: [smith-2020]
",
    );
    let knee = SourceFile::new(
        "topics/knee-pain.yaml".into(),
        "# yaml-language-server: $schema=../../schema/topic.json
id: hip-pain
title: Knee pain
",
    );
    let shoulder = SourceFile::new(
        "topics/shoulder-pain.yaml".into(),
        "# yaml-language-server: $schema=../../schema/topic.json
id: shoulder-pain
title: Shoulder pain
",
    );

    let mut diagnostics = vec![
        diagnostic(
            Rule::DuplicateId,
            Severity::Error,
            &bibliography,
            span_of(&bibliography, "smith-2020", 1),
            "/sources/1/id",
            "source id `smith-2020` is used twice",
            "give each source its own id, and update the citations of the second",
        )
        .with_related(Related {
            message: "`smith-2020` is first used here".to_owned(),
            path: bibliography.path.clone(),
            span: span_of(&bibliography, "smith-2020", 0),
        }),
        diagnostic(
            Rule::StaleSource,
            Severity::Warning,
            &bibliography,
            span_of(&bibliography, "2001", 0),
            "/sources/0/year",
            "source `smith-2020` is from 2001, older than the 15 years allowed",
            "look for a newer source that says the same, or confirm this one is still current",
        ),
        diagnostic(
            Rule::AbsoluteClaim,
            Severity::Error,
            &hip,
            span_of(&hip, "cures", 0),
            "/treatments/0/benefits",
            "`cures` promises an outcome no treatment can guarantee",
            "say what the evidence shows, such as `can ease`",
        ),
        diagnostic(
            Rule::UnsourcedRecord,
            Severity::Error,
            &hip,
            span_of(&hip, "[]", 0),
            "/treatments/0/sources",
            "treatment `heat` cites no source",
            "add the id of the bibliography entry that supports it under `sources`",
        ),
        diagnostic(
            Rule::LongSentence,
            Severity::Info,
            &hip,
            span_of(&hip, "Stretching every", 0),
            "/treatments/1/benefits",
            "this sentence has 23 words; aim for 20 or fewer",
            "split it in two",
        ),
        diagnostic(
            Rule::DuplicateId,
            Severity::Error,
            &knee,
            span_of(&knee, "hip-pain", 0),
            "/id",
            "topic id `hip-pain` is used by two topics",
            "give each topic its own id",
        )
        .with_related(Related {
            message: "`hip-pain` is first used here".to_owned(),
            path: hip.path.clone(),
            span: span_of(&hip, "hip-pain", 0),
        }),
        Diagnostic::whole_file(
            Rule::UnreadableFile,
            Severity::Error,
            PathBuf::from("topics/locked.yaml"),
            "cannot read `topics/locked.yaml`: permission denied".to_owned(),
            Some("check that the file is readable by the user running pamphlet".to_owned()),
        ),
    ];
    diagnostics.sort_by_cached_key(Diagnostic::sort_key);
    let files = vec![bibliography, hip, knee, shoulder];
    Report {
        diagnostics,
        checked: files.iter().map(|file| file.path.clone()).collect(),
        files,
        trees: Vec::new(),
    }
}

/// A report of one diagnostic on the first occurrence of `needle` in `text`.
pub(crate) fn single_report(path: &str, text: &str, needle: &str, message: &str) -> Report {
    let file = SourceFile::new(path.into(), text);
    let diagnostic = diagnostic(
        Rule::UnsourcedRecord,
        Severity::Error,
        &file,
        span_of(&file, needle, 0),
        "/treatments/0/sources",
        message,
        "add a source",
    );
    Report {
        diagnostics: vec![diagnostic],
        checked: vec![file.path.clone()],
        files: vec![file],
        trees: Vec::new(),
    }
}

/// The span of the `nth` (0-based) occurrence of `needle` in the file.
pub(crate) fn span_of(file: &SourceFile, needle: &str, nth: usize) -> Span {
    let start = file
        .text
        .match_indices(needle)
        .nth(nth)
        .map(|(start, _)| start)
        .unwrap_or_else(|| panic!("`{needle}` occurs fewer than {} times", nth + 1));
    file.span_of(start..start + needle.len())
}

fn diagnostic(
    rule: Rule,
    severity: Severity,
    file: &SourceFile,
    span: Span,
    pointer: &str,
    message: &str,
    help: &str,
) -> Diagnostic {
    Diagnostic {
        rule,
        severity,
        message: message.to_owned(),
        help: Some(help.to_owned()),
        path: file.path.clone(),
        span: Some(span),
        pointer: pointer.to_owned(),
        logical: pointer.to_owned(),
        related: Vec::new(),
    }
}

trait WithRelated {
    fn with_related(self, related: Related) -> Self;
}

impl WithRelated for Diagnostic {
    fn with_related(mut self, related: Related) -> Self {
        self.related.push(related);
        self
    }
}
