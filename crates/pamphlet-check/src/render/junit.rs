//! The JUnit XML format, for CI systems that show test reports: one test suite per
//! checked file, one test case per finding (failing for an error), and a passing
//! "no problems" case for a clean file.
//!
//! The document is valid against both the strict Apache Ant schema (Windy Road's
//! `JUnit.xsd`) and Jenkins' (`xtask interop` checks both): a bare `<testsuites>`, and
//! every suite with the attributes and elements Ant requires (`package`, `id`,
//! `timestamp`, `hostname`, `time`, `properties`, `system-out`, `system-err`). It is
//! written here rather than by `quick-junit`, whose serialiser always writes attributes
//! the strict schema refuses (`tests` on `testsuites`, `disabled`) and has no place for
//! those it requires.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use crate::check::Report;
use crate::diagnostic::{Diagnostic, Severity};
use crate::render::display_path;

/// Writes the report as a JUnit XML document.
pub(crate) fn render_junit(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // The check's own date, not the clock, so that one content gives one document.
    let today = report.trees.first().map_or_else(
        || "1970-01-01".to_owned(),
        |tree| tree.settings.today.to_string(),
    );
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    for (id, suite) in suites(report).iter().enumerate() {
        write_suite(&mut xml, suite, id, &today);
    }
    xml.push_str("</testsuites>\n");
    out.write_all(xml.as_bytes())
}

/// The diagnostics of one file.
struct Suite<'a> {
    path: &'a Path,
    diagnostics: Vec<&'a Diagnostic>,
}

impl Suite<'_> {
    fn tests(&self) -> usize {
        self.diagnostics.len().max(1)
    }

    fn failures(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|diagnostic| is_failure(diagnostic))
            .count()
    }
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

fn write_suite(xml: &mut String, suite: &Suite<'_>, id: usize, today: &str) {
    let path = escape_attribute(&display_path(suite.path));
    let _ = writeln!(
        xml,
        "  <testsuite package=\"{path}\" id=\"{id}\" name=\"{path}\" timestamp=\"{today}T00:00:00\" \
         hostname=\"localhost\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"0\">",
        suite.tests(),
        suite.failures()
    );
    // Jenkins' schema wants at least one property: the date review and source dates were
    // checked against.
    let _ = writeln!(
        xml,
        "    <properties>\n      <property name=\"today\" value=\"{today}\"/>\n    </properties>"
    );
    if suite.diagnostics.is_empty() {
        let _ = writeln!(
            xml,
            "    <testcase name=\"no problems\" classname=\"{path}\" time=\"0\"/>"
        );
    }
    // Each test case's name is unique in its suite and stays the same while the file is
    // edited elsewhere, so that a CI's test history follows each problem: the rule and
    // the place by record id (`/symptoms[ache]/sources`), or by line for a place with no
    // node; a second finding of a rule at one place is numbered. A warning's case passes
    // and its text goes to the suite's output (the Ant schema has no output per case).
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut output = String::new();
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
        let name = escape_attribute(&name);
        if is_failure(diagnostic) {
            let _ = writeln!(
                xml,
                "    <testcase name=\"{name}\" classname=\"{path}\" time=\"0\">\n      \
                 <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>",
                escape_attribute(&diagnostic.message),
                diagnostic.rule.code(),
                escape_text(&details(diagnostic))
            );
        } else {
            let _ = writeln!(
                xml,
                "    <testcase name=\"{name}\" classname=\"{path}\" time=\"0\"/>"
            );
            output.push_str(&details(diagnostic));
            output.push('\n');
        }
    }
    let _ = writeln!(
        xml,
        "    <system-out>{}</system-out>\n    <system-err/>\n  </testsuite>",
        escape_text(&output)
    );
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

/// Escapes an attribute value: the five special characters become entities, line
/// breaks and tabs become character references (a parser would turn them into
/// spaces otherwise), and characters XML 1.0 forbids are dropped.
fn escape_attribute(text: &str) -> String {
    escape(text, true)
}

/// Escapes element content like an attribute value, but keeps line breaks and tabs
/// as they are, except a carriage return, which parsers would fold into the newline.
fn escape_text(text: &str) -> String {
    escape(text, false)
}

fn escape(text: &str, in_attribute: bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\r' => escaped.push_str("&#13;"),
            '\n' if in_attribute => escaped.push_str("&#10;"),
            '\t' if in_attribute => escaped.push_str("&#9;"),
            '\n' | '\t' => escaped.push(character),
            character if is_xml_char(character) => escaped.push(character),
            _ => {}
        }
    }
    escaped
}

/// XML 1.0's `Char` production, less the whitespace handled above.
fn is_xml_char(character: char) -> bool {
    matches!(character, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::{escape_attribute, escape_text};
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
        // The strict Ant schema allows no attribute on the root: the counts are the suites'.
        assert_eq!(root.attributes().len(), 0);

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
        // 7 diagnostics and one clean file; 5 of the diagnostics are errors (only errors fail).
        let total = |attribute: &str| -> usize {
            suites
                .iter()
                .filter_map(|suite| suite.attribute(attribute)?.parse::<usize>().ok())
                .sum()
        };
        assert_eq!((total("tests"), total("failures")), (8, 5));
        let clean = &suites[3];
        let cases: Vec<_> = clean
            .children()
            .filter(|node| node.has_tag_name("testcase"))
            .collect();
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
        assert_eq!(
            escape_attribute("<script>&\"'\u{1}\u{FFFE}x\ty\r\n"),
            "&lt;script&gt;&amp;&quot;&apos;x&#9;y&#13;&#10;"
        );
        assert_eq!(
            escape_text("<a>\u{1B}[31m\tb\r\n"),
            "&lt;a&gt;[31m\tb&#13;\n"
        );
        let message = "<script>&\"' bell\u{7}\r\nnext";
        let output = render(&single_report("a&b.yaml", "sources: []\n", "[]", message));
        assert!(!output.contains('\u{7}'));
        let document = roxmltree::Document::parse(&output).expect("well-formed XML");
        let failure = document
            .descendants()
            .find(|node| node.has_tag_name("failure"))
            .expect("a failure");
        // The attribute keeps its line break because it is written as a reference.
        assert_eq!(
            failure.attribute("message"),
            Some("<script>&\"' bell\r\nnext")
        );
        let suite = document
            .descendants()
            .find(|node| node.has_tag_name("testsuite"))
            .expect("a suite");
        assert_eq!(suite.attribute("name"), Some("a&b.yaml"));
        assert!(
            failure
                .text()
                .is_some_and(|text| text.contains("<script>&\"' bell\r\nnext"))
        );
    }

    #[test]
    fn empty_report_is_an_empty_document() {
        assert_eq!(
            render(&Report::default()),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites>\n\
             </testsuites>\n"
        );
    }
}
