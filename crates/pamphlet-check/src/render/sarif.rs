//! The SARIF 2.1.0 format, for code-scanning uploads: every rule with its
//! documentation, and one result per diagnostic with a fingerprint that survives
//! edits elsewhere in the file.

use std::collections::BTreeMap;
use std::hash::Hasher as _;
use std::io::{self, Write};

use serde::Serialize;

use crate::check::Report;
use crate::codes::Rule;
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::render::display_path;

/// Writes the report as a SARIF log with one run, pretty-printed, with a trailing newline.
pub(crate) fn render_sarif(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let log = SarifLog {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "pamphlet",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules: Rule::ALL.iter().map(|rule| descriptor(*rule)).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results: report
                .diagnostics
                .iter()
                .map(|diagnostic| result(diagnostic, report))
                .collect(),
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// The key of `partialFingerprints` under which pamphlet's fingerprint goes.
const FINGERPRINT_KEY: &str = "pamphlet/v1";

#[derive(Serialize)]
struct SarifLog<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help_uri: String,
    help: MultiformatText,
    default_configuration: Configuration,
    properties: Properties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct MultiformatText {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
}

/// A replacement that fixes a finding: a "did you mean" suggestion.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<BorrowedText<'a>>,
}

#[derive(Serialize)]
struct BorrowedText<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

/// SARIF columns are 1-based and the end column is the one after the last
/// character, which is exactly what `Span::end` holds.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

fn descriptor(rule: Rule) -> ReportingDescriptor {
    let documentation = rule.documentation();
    ReportingDescriptor {
        id: rule.code(),
        name: rule.name(),
        short_description: Text {
            text: rule.summary().to_owned(),
        },
        full_description: Text {
            text: section(&documentation, "What it checks")
                .unwrap_or_else(|| rule.summary().to_owned()),
        },
        help_uri: format!(
            "{}/blob/main/docs/rules.md#{}-{}",
            env!("CARGO_PKG_REPOSITORY"),
            rule.code().to_lowercase(),
            rule.name()
        ),
        help: MultiformatText {
            text: documentation.clone(),
            markdown: documentation,
        },
        default_configuration: Configuration {
            level: level_of(rule.default_severity()),
        },
        properties: Properties {
            tags: vec![rule.family().title()],
        },
    }
}

fn result<'a>(diagnostic: &'a Diagnostic, report: &Report) -> SarifResult<'a> {
    let mut message = match &diagnostic.help {
        Some(help) => format!("{} Help: {help}", diagnostic.message),
        None => diagnostic.message.clone(),
    };
    // Each related place linked from the message, as SARIF embeds links: `[text](id)`.
    for (index, related) in diagnostic.related.iter().enumerate() {
        if !message.ends_with('.') {
            message.push('.');
        }
        let text = related.message.replace(['[', ']'], "");
        message.push_str(&format!(" See [{text}]({index})."));
    }
    let related_locations = diagnostic
        .related
        .iter()
        .enumerate()
        .map(|(index, related)| Location {
            id: Some(index),
            physical_location: physical_location(&display_path(&related.path), Some(&related.span)),
            message: Some(BorrowedText {
                text: &related.message,
            }),
        })
        .collect();
    // As the URI names it, so that `check seed` and `check ./seed` fingerprint alike.
    let path = without_dot_segments(&display_path(&diagnostic.path));
    let fingerprint = fingerprint(diagnostic, &path, flagged_text(diagnostic, report));
    let fixes = diagnostic
        .suggestion()
        .zip(diagnostic.span.as_ref())
        .map(|(suggestion, span)| Fix {
            description: Text {
                text: format!("Replace with `{suggestion}`"),
            },
            artifact_changes: vec![ArtifactChange {
                artifact_location: ArtifactLocation {
                    uri: path_to_uri(&path),
                },
                replacements: vec![Replacement {
                    deleted_region: region(Some(span)),
                    inserted_content: Text {
                        text: suggestion.to_owned(),
                    },
                }],
            }],
        })
        .into_iter()
        .collect();
    SarifResult {
        rule_id: diagnostic.rule.code(),
        rule_index: Rule::ALL
            .iter()
            .position(|rule| *rule == diagnostic.rule)
            .unwrap_or_default(),
        level: level_of(diagnostic.severity),
        message: Text { text: message },
        locations: vec![Location {
            id: None,
            physical_location: physical_location(&path, diagnostic.span.as_ref()),
            message: None,
        }],
        related_locations,
        // GitHub code scanning matches alerts by `primaryLocationLineHash` and computes one
        // from the line's text when it is absent, which changes when the line is edited;
        // given pamphlet's own, an alert follows its record however the file moves.
        partial_fingerprints: BTreeMap::from([
            (FINGERPRINT_KEY, fingerprint.clone()),
            ("primaryLocationLineHash", fingerprint),
        ]),
        fixes,
    }
}

fn physical_location(path: &str, span: Option<&Span>) -> PhysicalLocation {
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: path_to_uri(path),
        },
        region: region(span),
    }
}

/// A span as a SARIF region; a finding about a whole file (one that is missing or cannot
/// be read) is at its first line.
fn region(span: Option<&Span>) -> Region {
    span.map_or(
        Region {
            start_line: 1,
            start_column: 1,
            end_line: 1,
            end_column: 1,
        },
        |span| Region {
            start_line: span.start.line,
            start_column: span.start.column,
            end_line: span.end.line,
            end_column: span.end.column,
        },
    )
}

fn level_of(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `path` without its `.` segments: `./seed/topics/a.yaml` and `seed/./topics/a.yaml`
/// are `seed/topics/a.yaml`.
fn without_dot_segments(path: &str) -> String {
    let absolute = path.starts_with('/');
    let kept: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty() && *segment != ".")
        .collect();
    format!("{}{}", if absolute { "/" } else { "" }, kept.join("/"))
}

/// The source text a diagnostic underlines, or nothing when it has no span.
fn flagged_text<'a>(diagnostic: &Diagnostic, report: &'a Report) -> &'a str {
    let text = report
        .file(&diagnostic.path)
        .zip(diagnostic.span.as_ref())
        .and_then(|(file, span)| file.text.get(span.bytes.clone()));
    text.unwrap_or_default().trim()
}

/// A fingerprint that survives edits elsewhere: the rule, the file, the record by id
/// (not by position), and the flagged text itself (which tells apart two sentences of
/// one field). The message is left out: it can hold counts that change by the day.
fn fingerprint(diagnostic: &Diagnostic, path: &str, flagged: &str) -> String {
    // FNV-1a: the same on every run, platform and release (unlike std's `RandomState`).
    let mut hash = fnv::FnvHasher::default();
    for part in [diagnostic.rule.code(), path, &diagnostic.logical, flagged] {
        hash.write(part.as_bytes());
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        hash.write(&[0]);
    }
    format!("{:016x}", hash.finish())
}

/// A SARIF `uri` for a path: a relative reference for a relative path and a `file:`
/// URI for an absolute one, with every byte outside the unreserved set and `/`
/// percent-encoded.
fn path_to_uri(path: &str) -> String {
    let relative = path.strip_prefix("./").unwrap_or(path);
    let mut uri = String::with_capacity(relative.len());
    let absolute = relative.starts_with('/');
    if absolute {
        uri.push_str("file://");
    }
    for byte in relative.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// The text of a `## heading` section of Markdown documentation, as one paragraph.
fn section(documentation: &str, heading: &str) -> Option<String> {
    let mut lines = documentation.lines();
    lines.find(|line| line.trim_start_matches('#').trim() == heading && line.starts_with("## "))?;
    let words: Vec<&str> = lines
        .take_while(|line| !line.starts_with("## "))
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use std::hash::Hasher as _;

    use super::{fingerprint, flagged_text, path_to_uri, section};
    use crate::check::Report;
    use crate::codes::Rule;
    use crate::render::Format;
    use crate::render::fixture::rendered;
    use crate::render::fixture::sample_report;

    fn render(report: &Report) -> String {
        rendered(report, Format::Sarif)
    }

    #[test]
    fn sample_report_snapshot() {
        // The rules' documentation is the rules' business; the snapshot holds the results.
        let parsed: Value = serde_json::from_str(&render(&sample_report())).expect("valid JSON");
        let mut run = parsed["runs"][0].clone();
        run["tool"]["driver"]["rules"] = Value::String("(every rule, tested below)".into());
        let trimmed = serde_json::json!({
            "$schema": parsed["$schema"],
            "version": parsed["version"],
            "runs": [run],
        });
        let text = serde_json::to_string_pretty(&trimmed).expect("serializes");
        insta::assert_snapshot!(text.replace(env!("CARGO_PKG_VERSION"), "[VERSION]"));
    }

    /// A "did you mean" becomes a SARIF fix replacing the flagged text, and every rule
    /// links to its section of docs/rules.md.
    #[test]
    fn a_suggestion_is_a_fix_and_every_rule_links_its_documentation() {
        let mut report = sample_report();
        let mut dangling = report
            .diagnostics
            .iter()
            .find(|diagnostic| diagnostic.span.is_some())
            .expect("a placed diagnostic")
            .clone();
        dangling.rule = Rule::DanglingCitation;
        dangling.help = Some("did you mean `smith-2020`? Otherwise add it".to_owned());
        report.diagnostics = vec![dangling];
        let parsed: Value = serde_json::from_str(&render(&report)).expect("valid JSON");
        let result = &parsed["runs"][0]["results"][0];
        let replacement = &result["fixes"][0]["artifactChanges"][0]["replacements"][0];
        assert_eq!(replacement["insertedContent"]["text"], "smith-2020");
        assert_eq!(
            replacement["deletedRegion"],
            result["locations"][0]["physicalLocation"]["region"]
        );
        assert_eq!(
            result["fixes"][0]["artifactChanges"][0]["artifactLocation"],
            result["locations"][0]["physicalLocation"]["artifactLocation"]
        );

        let rules_page = include_str!("../../../../docs/rules.md");
        let driver = &parsed["runs"][0]["tool"]["driver"];
        assert_eq!(driver["informationUri"], env!("CARGO_PKG_REPOSITORY"));
        for descriptor in driver["rules"].as_array().expect("rules") {
            let uri = descriptor["helpUri"].as_str().expect("a help URI");
            let (page, anchor) = uri.split_once('#').expect("an anchor");
            assert_eq!(
                page,
                concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules.md")
            );
            assert!(rules_page.contains(&format!("(#{anchor})")), "{uri}");
        }
    }

    #[test]
    fn lists_every_rule_with_its_documentation() {
        let parsed: Value = serde_json::from_str(&render(&Report::default())).expect("valid JSON");
        assert_eq!(
            parsed["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        assert_eq!(parsed["version"], "2.1.0");
        let run = &parsed["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(run["tool"]["driver"]["name"], "pamphlet");
        assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(run["results"], Value::Array(Vec::new()));
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        assert_eq!(rules.len(), Rule::ALL.len());
        for (descriptor, rule) in rules.iter().zip(Rule::ALL) {
            assert_eq!(descriptor["id"], rule.code());
            assert_eq!(descriptor["name"], rule.name());
            assert_eq!(descriptor["shortDescription"]["text"], rule.summary());
            let full = descriptor["fullDescription"]["text"]
                .as_str()
                .expect("text");
            assert!(!full.is_empty() && !full.contains('\n'), "{full}");
            assert_eq!(descriptor["help"]["markdown"], rule.documentation());
            assert!(
                descriptor["help"]["text"]
                    .as_str()
                    .is_some_and(|text| text.contains("## How to fix"))
            );
            assert_eq!(
                descriptor["defaultConfiguration"]["level"],
                match rule.default_severity() {
                    crate::Severity::Error => "error",
                    crate::Severity::Warning => "warning",
                    crate::Severity::Info => "note",
                }
            );
        }
    }

    #[test]
    fn results_point_at_rule_location_and_related_places() {
        let parsed: Value = serde_json::from_str(&render(&sample_report())).expect("valid JSON");
        let results = parsed["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), 7);
        let rules = &parsed["runs"][0]["tool"]["driver"]["rules"];
        for result in results {
            let index = result["ruleIndex"].as_u64().expect("an index") as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
        }

        let unsourced = results
            .iter()
            .find(|result| result["ruleId"] == "PAM301")
            .expect("PAM301 is reported");
        assert_eq!(unsourced["level"], "error");
        assert_eq!(
            unsourced["message"]["text"],
            "treatment `heat` cites no source Help: add the id of the bibliography entry that supports it under `sources`"
        );
        let location = &unsourced["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "topics/hip-pain.yaml");
        assert_eq!(
            location["region"],
            serde_json::json!({"startLine": 8, "startColumn": 14, "endLine": 8, "endColumn": 16})
        );

        let long_sentence = results
            .iter()
            .find(|result| result["ruleId"] == "PAM602")
            .expect("PAM602 is reported");
        assert_eq!(long_sentence["level"], "note");

        let unreadable = results
            .iter()
            .find(|result| result["ruleId"] == "PAM005")
            .expect("PAM005 is reported");
        // A whole-file finding is at the file's first line, as code scanning needs a region.
        assert_eq!(
            unreadable["locations"][0]["physicalLocation"]["region"],
            serde_json::json!({"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1})
        );

        let duplicate = results
            .iter()
            .find(|result| {
                result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "topics/knee-pain.yaml"
            })
            .expect("the knee topic has a result");
        let related = &duplicate["relatedLocations"][0];
        assert_eq!(related["message"]["text"], "`hip-pain` is first used here");
        assert_eq!(
            related["physicalLocation"]["artifactLocation"]["uri"],
            "topics/hip-pain.yaml"
        );
        assert_eq!(related["physicalLocation"]["region"]["startLine"], 2);
    }

    #[test]
    fn fingerprints_ignore_line_shifts_but_not_content() {
        let report = sample_report();
        let diagnostic = &report.diagnostics[0];
        let original = fingerprint(diagnostic, "bibliography.yaml", "2001");
        assert_eq!(original.len(), 16);
        assert!(original.bytes().all(|byte| byte.is_ascii_hexdigit()));

        let mut moved = diagnostic.clone();
        let span = moved.span.as_mut().expect("has a span");
        span.start.line += 10;
        span.end.line += 10;
        assert_eq!(fingerprint(&moved, "bibliography.yaml", "2001"), original);

        // A message that changes by the day ("682 days ago") keeps the fingerprint.
        let mut reworded = diagnostic.clone();
        reworded.message.push('!');
        assert_eq!(
            fingerprint(&reworded, "bibliography.yaml", "2001"),
            original
        );
        let mut other_record = diagnostic.clone();
        other_record.logical = "/sources[other-2001]/year".to_owned();
        assert_ne!(
            fingerprint(&other_record, "bibliography.yaml", "2001"),
            original
        );
        assert_ne!(
            fingerprint(diagnostic, "bibliography.yaml", "2002"),
            original
        );
        assert_ne!(fingerprint(diagnostic, "other.yaml", "2001"), original);

        let fingerprints: std::collections::HashSet<String> = report
            .diagnostics
            .iter()
            .map(|diagnostic| {
                fingerprint(
                    diagnostic,
                    &diagnostic.path.to_string_lossy(),
                    flagged_text(diagnostic, &report),
                )
            })
            .collect();
        assert_eq!(fingerprints.len(), report.diagnostics.len());
    }

    #[test]
    /// The fingerprints' hash is FNV-1a: fingerprints stay the same as long as it does.
    fn fnv1a_matches_the_reference_vectors() {
        let hash = |text: &str| {
            let mut hash = fnv::FnvHasher::default();
            hash.write(text.as_bytes());
            hash.finish()
        };
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            path_to_uri("topics/hip pain.yaml"),
            "topics/hip%20pain.yaml"
        );
        assert_eq!(path_to_uri("./topics/a#b%c.yaml"), "topics/a%23b%25c.yaml");
        assert_eq!(path_to_uri("topics/é.yaml"), "topics/%C3%A9.yaml");
        assert_eq!(
            path_to_uri("/srv/content/a.yaml"),
            "file:///srv/content/a.yaml"
        );
    }

    #[test]
    fn full_description_is_the_what_it_checks_section() {
        let documentation =
            "## What it checks\nThat every record\ncites a source.\n\n## Why it matters\nTrust.\n";
        assert_eq!(
            section(documentation, "What it checks").as_deref(),
            Some("That every record cites a source.")
        );
        assert_eq!(section(documentation, "Example"), None);
    }
}
