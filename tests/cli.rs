//! The `pamphlet` binary end to end: exit statuses and every output format,
//! read back by parsers for JSON, SARIF and XML.

mod support;

use std::path::{Path, PathBuf};

use support::{TempTree, pamphlet};

/// A small content tree with two errors (an unsourced symptom, an overdue review)
/// and one warning (an unused source).
fn broken_tree() -> TempTree {
    let tree = TempTree::empty();
    let root = tree.path();
    std::fs::create_dir_all(root.join("topics")).expect("a folder");
    std::fs::write(
        root.join("pamphlet.toml"),
        "[clinic]\nname = \"Test clinic\"\n",
    )
    .expect("config");
    std::fs::write(
        root.join("bibliography.yaml"),
        "# yaml-language-server: $schema=../schema/bibliography.schema.json\nsources:\n  - id: shipton-2023\n    type: journal-article\n    authors: [Shipton B, Sunkesula S, Mall JK]\n    title: Trigger Point Management\n    container: American Family Physician\n    year: 2023\n    url: https://www.aafp.org/pubs/afp/issues/2023/0200/trigger-point-management.html\n  - id: wong-2012\n    type: journal-article\n    authors: [Wong CSM, Wong SHS]\n    title: A New Look at Trigger Point Injections\n    container: Anesthesiology Research and Practice\n    year: 2012\n    doi: 10.1155/2012/492452\n",
    )
    .expect("bibliography");
    let topic = std::fs::read_to_string(fixture("cli-topic.yaml")).expect("the topic fixture");
    std::fs::write(root.join("topics/sore-hip.yaml"), topic).expect("topic");
    tree
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/cli")
        .join(name)
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn exit_status_is_1_with_errors_and_0_without() {
    let tree = broken_tree();
    let output = pamphlet(tree.path(), &["check", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    assert_eq!(pamphlet(&content, &["check"]).status.code(), Some(0));
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let tree = broken_tree();
    let topic = tree.path().join("topics/sore-hip.yaml");
    let text = std::fs::read_to_string(&topic).expect("topic");
    let fixed = text
        .replace("next_review: 2026-01-01", "next_review: 2027-06-01")
        .replace("    sources: []\n", "    sources: [shipton-2023]\n");
    std::fs::write(&topic, fixed).expect("topic");
    let output = pamphlet(tree.path(), &["check", "."]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("PAM303"),
        "the unused source is still reported"
    );
    assert_eq!(
        pamphlet(tree.path(), &["check", ".", "--deny-warnings"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn exit_status_is_2_when_the_run_itself_fails() {
    let tree = broken_tree();
    let output = pamphlet(tree.path(), &["check", "no-such-folder"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-folder"));
    assert_eq!(
        pamphlet(tree.path(), &["check", "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        pamphlet(tree.path(), &["check", "--today", "2026-02-30"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        pamphlet(tree.path(), &["explain", "PAM999"]).status.code(),
        Some(2)
    );
}

#[test]
fn a_folder_that_only_holds_content_trees_is_refused_with_a_suggestion() {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let output = pamphlet(&repository, &["check"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("did you mean `pamphlet check ./content`?"),
        "{stderr}"
    );
    let inside = pamphlet(&repository.join("content/topics"), &["check", "."]);
    assert_eq!(
        inside.status.code(),
        Some(0),
        "a folder inside a tree checks the tree"
    );
}

#[test]
fn human_output_shows_the_source_line_and_a_caret() {
    let tree = broken_tree();
    let text = stdout(&pamphlet(tree.path(), &["check", "."]));
    assert!(text.contains("error[PAM301"), "{text}");
    assert!(
        text.contains("symptom `stiffness` cites no source"),
        "{text}"
    );
    assert!(text.contains("topics/sore-hip.yaml:"), "{text}");
    assert!(
        text.contains("sources: []"),
        "the source line is shown: {text}"
    );
    assert!(
        text.contains('^') || text.contains('━'),
        "a caret marks the node: {text}"
    );
    assert!(text.contains("help:"), "{text}");
    assert!(
        !text.contains('\u{1b}'),
        "no colour codes when NO_COLOR is set"
    );
}

#[test]
fn json_output_has_one_object_per_diagnostic() {
    let tree = broken_tree();
    let output = pamphlet(tree.path(), &["check", ".", "--format", "json"]);
    let diagnostics: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("a JSON array");
    let codes: Vec<&str> = diagnostics
        .iter()
        .filter_map(|diagnostic| diagnostic["code"].as_str())
        .collect();
    assert_eq!(codes, ["PAM303", "PAM502", "PAM301"], "{diagnostics:#?}");
    let unsourced = &diagnostics[2];
    assert_eq!(unsourced["severity"], "error");
    assert_eq!(unsourced["name"], "unsourced-record");
    assert_eq!(unsourced["pointer"], "/symptoms/0/sources");
    assert!(unsourced["line"].as_u64().is_some_and(|line| line > 1));
}

#[test]
fn sarif_output_is_sarif_2_1_0_with_rules_and_locations() {
    let tree = broken_tree();
    let output = pamphlet(tree.path(), &["check", ".", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), pamphlet_check::Rule::ALL.len());
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    for result in results {
        let rule_id = result["ruleId"].as_str().expect("a ruleId");
        let index = result["ruleIndex"].as_u64().expect("a ruleIndex") as usize;
        assert_eq!(rules[index]["id"], rule_id);
        let location = &result["locations"][0]["physicalLocation"];
        assert!(
            location["artifactLocation"]["uri"]
                .as_str()
                .is_some_and(|uri| !uri.contains('\\'))
        );
        assert!(
            location["region"]["startLine"]
                .as_u64()
                .is_some_and(|line| line >= 1)
        );
        assert!(
            result["partialFingerprints"]
                .as_object()
                .is_some_and(|prints| !prints.is_empty())
        );
    }
    let again: serde_json::Value =
        serde_json::from_slice(&pamphlet(tree.path(), &["check", ".", "--format", "sarif"]).stdout)
            .expect("SARIF");
    assert_eq!(sarif, again, "SARIF output is deterministic");
}

/// The SARIF fingerprints of a run, by rule code.
fn fingerprints(folder: &Path, today: &str) -> Vec<(String, String)> {
    fingerprints_of(folder, ".", today)
}

/// The SARIF fingerprints of `check PATH` run in `folder`, by rule code.
fn fingerprints_of(folder: &Path, path: &str, today: &str) -> Vec<(String, String)> {
    let output = pamphlet(
        folder,
        &["check", path, "--format", "sarif", "--today", today],
    );
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF");
    let mut prints: Vec<(String, String)> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|result| {
            (
                result["ruleId"].as_str().unwrap_or_default().to_owned(),
                result["partialFingerprints"]["pamphlet/v1"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect();
    prints.sort();
    prints
}

/// However the path is typed, the same problem has the same fingerprint.
#[test]
fn sarif_fingerprints_do_not_depend_on_how_the_path_is_typed() {
    let tree = broken_tree();
    let parent = tree.path().parent().expect("a parent folder");
    let name = tree
        .path()
        .file_name()
        .and_then(|name| name.to_str())
        .expect("a name");
    let plain = fingerprints_of(parent, name, "2026-12-02");
    assert!(!plain.is_empty());
    for typed in [
        format!("./{name}"),
        format!("{name}/"),
        format!("./{name}/."),
    ] {
        assert_eq!(
            plain,
            fingerprints_of(parent, &typed, "2026-12-02"),
            "{typed}"
        );
    }
}

#[test]
fn sarif_fingerprints_survive_a_new_day_and_records_added_above() {
    let tree = broken_tree();
    let before = fingerprints(tree.path(), "2026-12-02");
    assert_eq!(
        before,
        fingerprints(tree.path(), "2026-12-03"),
        "the overdue message counts days"
    );
    let topic = tree.path().join("topics/sore-hip.yaml");
    let text = std::fs::read_to_string(&topic).expect("topic");
    let added = "symptoms:\n  - id: ache\n    name: Ache\n    description: A dull ache in the hip.\n    frequency: common\n    refers_to: []\n    sources: [shipton-2023]\n";
    std::fs::write(&topic, text.replacen("symptoms:\n", added, 1)).expect("topic");
    assert_eq!(
        before,
        fingerprints(tree.path(), "2026-12-02"),
        "the record moved down one place"
    );
}

#[test]
fn github_output_has_one_command_per_diagnostic_and_a_step_summary() {
    let tree = broken_tree();
    let summary = tree.path().join("summary.md");
    let output = assert_cmd::Command::cargo_bin("pamphlet")
        .expect("binary")
        .current_dir(tree.path())
        .env("PAMPHLET_TODAY", support::TODAY)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", ".", "--format", "github"])
        .output()
        .expect("runs");
    let text = stdout(&output);
    let commands: Vec<&str> = text.lines().filter(|line| line.starts_with("::")).collect();
    assert_eq!(commands.len(), 3, "{text}");
    assert_eq!(
        commands
            .iter()
            .filter(|line| line.starts_with("::error file="))
            .count(),
        2
    );
    assert_eq!(
        commands
            .iter()
            .filter(|line| line.starts_with("::warning file="))
            .count(),
        1
    );
    assert!(
        commands
            .iter()
            .all(|line| line.contains(",line=") && line.contains(",col="))
    );
    let markdown = std::fs::read_to_string(&summary).expect("the step summary was written");
    for code in ["PAM301", "PAM303", "PAM502"] {
        assert!(markdown.contains(code), "{markdown}");
    }
    assert!(markdown.contains("|"), "a table: {markdown}");
}

#[test]
fn junit_output_is_well_formed_xml_with_a_failure_per_problem() {
    let tree = broken_tree();
    let output = pamphlet(tree.path(), &["check", ".", "--format", "junit"]);
    let text = stdout(&output);
    let document =
        roxmltree::Document::parse(&text).unwrap_or_else(|error| panic!("{error}\n{text}"));
    let failures = document
        .descendants()
        .filter(|node| node.has_tag_name("failure"))
        .count();
    // Two errors fail; the unused-source warning is kept as output, as it does not fail the run.
    assert_eq!(failures, 2, "{text}");
    assert!(document.root_element().has_tag_name("testsuites"));
}

#[test]
fn explain_prints_the_rule_documentation() {
    let tree = broken_tree();
    let text = stdout(&pamphlet(tree.path(), &["explain", "unsourced-record"]));
    for heading in [
        "PAM301",
        "## What it checks",
        "## Why it matters",
        "## Example",
        "## How to fix",
    ] {
        assert!(text.contains(heading), "{text}");
    }
    let list = stdout(&pamphlet(tree.path(), &["explain", "--list"]));
    assert_eq!(list.lines().count(), pamphlet_check::Rule::ALL.len());
    // The columns line up: every summary starts at the same column, after the severity.
    let summary_columns: std::collections::BTreeSet<usize> = list
        .lines()
        .zip(pamphlet_check::Rule::ALL)
        .map(|(line, rule)| line.find(rule.summary()).expect("the summary"))
        .collect();
    assert_eq!(summary_columns.len(), 1, "{list}");
}
