//! The JUnit XML format, for CI systems that show test reports: one test suite per
//! checked file, one failing test case per error or warning, and a passing
//! "no problems" case for a clean file.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};

use crate::check::Report;
use crate::diagnostic::{Diagnostic, Severity};
use crate::render::display_path;

/// Writes the report as a JUnit XML document, serialised by `quick-junit`.
pub(crate) fn render_junit(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut junit = quick_junit::Report::new("pamphlet");
    for suite in suites(report) {
        junit.add_test_suite(test_suite(&suite));
    }
    junit.serialize(&mut *out).map_err(io::Error::other)
}

/// The diagnostics of one file.
struct Suite<'a> {
    path: &'a Path,
    diagnostics: Vec<&'a Diagnostic>,
}

/// Every checked file in the report's order, then files that have diagnostics but
/// were never read (an unreadable file, a missing bibliography).
fn suites(report: &Report) -> Vec<Suite<'_>> {
    let mut suites: Vec<Suite<'_>> = report
        .checked
        .iter()
        .map(|path| Suite {
            path,
            diagnostics: Vec::new(),
        })
        .collect();
    let mut by_path: HashMap<&Path, usize> = suites
        .iter()
        .enumerate()
        .map(|(index, suite)| (suite.path, index))
        .collect();
    for diagnostic in &report.diagnostics {
        match by_path.get(diagnostic.path.as_path()) {
            Some(&index) => suites[index].diagnostics.push(diagnostic),
            None => {
                by_path.insert(&diagnostic.path, suites.len());
                suites.push(Suite {
                    path: &diagnostic.path,
                    diagnostics: vec![diagnostic],
                });
            }
        }
    }
    suites
}

/// Only errors fail a test case: warnings do not fail `pamphlet check` (without
/// `--deny-warnings`), so a report must not show red tests on a green job. Warnings and
/// notes are kept as the test case's output.
fn is_failure(diagnostic: &Diagnostic) -> bool {
    diagnostic.severity >= Severity::Error
}

fn test_suite(suite: &Suite<'_>) -> TestSuite {
    let path = display_path(suite.path);
    let mut test_suite = TestSuite::new(path.as_str());
    if suite.diagnostics.is_empty() {
        let mut case = TestCase::new("no problems", TestCaseStatus::success());
        case.set_classname(path.as_str());
        test_suite.add_test_case(case);
    }
    // Each test case's name is unique in its suite and stays the same while the file is
    // edited elsewhere, so that a CI's test history follows each problem: the rule and
    // the place by record id (`/symptoms[ache]/sources`), or by line for a place with no
    // node; a second finding of a rule at one place is numbered.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for diagnostic in &suite.diagnostics {
        let mut name = format!("{} {}", diagnostic.rule.code(), diagnostic.rule.name());
        if !diagnostic.logical.is_empty() {
            let _ = write!(name, " at {}", diagnostic.logical);
        } else if let Some(span) = &diagnostic.span {
            let _ = write!(name, " at {}:{}", span.start.line, span.start.column);
        }
        let count = seen.entry(name.clone()).or_default();
        *count += 1;
        if *count > 1 {
            let _ = write!(name, " ({count})");
        }
        let case = if is_failure(diagnostic) {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_message(diagnostic.message.as_str())
                .set_type(diagnostic.rule.code())
                .set_description(details(diagnostic));
            let mut case = TestCase::new(name, status);
            case.set_classname(path.as_str());
            case
        } else {
            let mut case = TestCase::new(name, TestCaseStatus::success());
            case.set_classname(path.as_str())
                .set_system_out(details(diagnostic));
            case
        };
        test_suite.add_test_case(case);
    }
    test_suite
}

/// The body of a failure: the severity and message, the place, the help and the
/// related places, as the human format would list them.
fn details(diagnostic: &Diagnostic) -> String {
    let path = display_path(&diagnostic.path);
    let mut text = format!(
        "{}[{}]: {}\n  --> ",
        diagnostic.severity,
        diagnostic.rule.code(),
        diagnostic.message
    );
    match &diagnostic.span {
        Some(span) => {
            let _ = write!(text, "{path}:{}:{}", span.start.line, span.start.column);
        }
        None => text.push_str(&path),
    }
    for related in &diagnostic.related {
        let _ = write!(
            text,
            "\n  note: {}:{}:{}: {}",
            display_path(&related.path),
            related.span.start.line,
            related.span.start.column,
            related.message
        );
    }
    if let Some(help) = &diagnostic.help {
        let _ = write!(text, "\n  help: {help}");
    }
    text
}

#[cfg(test)]
mod tests {
    use crate::check::Report;
    use crate::render::Format;
    use crate::render::fixture::rendered;
    use crate::render::fixture::{sample_report, single_report};

    fn render(report: &Report) -> String {
        rendered(report, Format::Junit)
    }

    /// Two findings of one rule at one place still make two test cases with their own
    /// names: a CI's history would merge cases that share a name.
    #[test]
    fn test_case_names_are_unique_in_their_suite() {
        let mut report = sample_report();
        let copy = report.diagnostics[2].clone();
        report.diagnostics.push(copy);
        let xml = render(&report);
        let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let mut names = std::collections::HashSet::new();
        for case in document
            .descendants()
            .filter(|node| node.has_tag_name("testcase"))
        {
            let key = (case.attribute("classname"), case.attribute("name"));
            assert!(names.insert(key), "{key:?} twice");
        }
        assert!(
            names
                .iter()
                .any(|(_, name)| name.is_some_and(|name| name.ends_with(" (2)")))
        );
    }

    #[test]
    fn sample_report_snapshot() {
        insta::assert_snapshot!(render(&sample_report()));
    }

    #[test]
    fn one_suite_per_file_and_a_passing_case_for_clean_files() {
        let output = render(&sample_report());
        let document = roxmltree::Document::parse(&output).expect("well-formed XML");
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "testsuites");
        assert_eq!(root.attribute("name"), Some("pamphlet"));
        // 7 diagnostics and one clean file; 5 of the diagnostics are errors (only errors fail).
        assert_eq!(root.attribute("tests"), Some("8"));
        assert_eq!(root.attribute("failures"), Some("5"));

        let suites: Vec<_> = root
            .children()
            .filter(|node| node.has_tag_name("testsuite"))
            .collect();
        let names: Vec<_> = suites
            .iter()
            .filter_map(|suite| suite.attribute("name"))
            .collect();
        assert_eq!(
            names,
            [
                "bibliography.yaml",
                "topics/hip-pain.yaml",
                "topics/knee-pain.yaml",
                "topics/shoulder-pain.yaml",
                "topics/locked.yaml"
            ]
        );
        let clean = &suites[3];
        let cases: Vec<_> = clean.children().filter(|node| node.is_element()).collect();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].attribute("name"), Some("no problems"));
        assert!(cases[0].children().all(|node| !node.is_element()));

        let hip = &suites[1];
        assert_eq!(hip.attribute("tests"), Some("3"));
        assert_eq!(hip.attribute("failures"), Some("2"));
        let unsourced = hip
            .descendants()
            .find(|node| {
                node.attribute("name") == Some("PAM301 unsourced-record at /treatments/0/sources")
            })
            .expect("a case for PAM301");
        assert_eq!(
            unsourced.attribute("classname"),
            Some("topics/hip-pain.yaml")
        );
        let failure = unsourced
            .children()
            .find(|node| node.has_tag_name("failure"))
            .expect("a failure");
        assert_eq!(failure.attribute("type"), Some("PAM301"));
        assert_eq!(
            failure.attribute("message"),
            Some("treatment `heat` cites no source")
        );
        assert!(
            failure
                .text()
                .is_some_and(|text| text.contains("\n  help: add the id"))
        );
        let unreadable = root
            .descendants()
            .find(|node| node.attribute("classname") == Some("topics/locked.yaml"))
            .expect("a case for the unreadable file");
        assert_eq!(unreadable.attribute("name"), Some("PAM005 unreadable-file"));
        let info = hip
            .descendants()
            .find(|node| node.has_tag_name("system-out"))
            .expect("the info diagnostic is output, not a failure");
        assert!(info.text().is_some_and(|text| text.contains("PAM602")));
    }

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        let message = "<script>&\"' bell\u{7}\r\nnext";
        let output = render(&single_report("a&b.yaml", "sources: []\n", "[]", message));
        assert!(!output.contains('\u{7}'));
        let document = roxmltree::Document::parse(&output).expect("well-formed XML");
        let failure = document
            .descendants()
            .find(|node| node.has_tag_name("failure"))
            .expect("a failure");
        // Markup survives whole; a line break in an attribute reads as a space, as XML
        // normalises attribute values (the failure's text keeps it).
        assert_eq!(failure.attribute("message"), Some("<script>&\"' bell next"));
        assert!(
            failure
                .text()
                .is_some_and(|text| text.contains("bell\nnext"))
        );
        let suite = document
            .descendants()
            .find(|node| node.has_tag_name("testsuite"))
            .expect("a suite");
        assert_eq!(suite.attribute("name"), Some("a&b.yaml"));
    }

    #[test]
    fn empty_report_is_an_empty_document() {
        assert_eq!(
            render(&Report::default()),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites name=\"pamphlet\" tests=\"0\" failures=\"0\" errors=\"0\">\n\
             </testsuites>\n"
        );
    }
}
