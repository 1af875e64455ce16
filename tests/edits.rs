//! The edits a content team makes by mistake, applied to a copy of the bundled
//! `content/`: each must be reported by its rule at the line of the edit.

mod support;

use std::path::Path;

use support::pamphlet;

const TOPIC: &str = "topics/hip-trigger-points.yaml";

/// Copies `content/` into a temporary folder, applies `edit` to the topic file, and
/// returns the folder and the edited topic text.
fn edited_content(edit: impl Fn(&str) -> String) -> (tempfile::TempDir, String) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    copy_tree(&content, folder.path());
    let topic_path = folder.path().join(TOPIC);
    let original = std::fs::read_to_string(&topic_path).expect("the topic file");
    let edited = edit(&original);
    assert_ne!(
        original, edited,
        "the edit changed nothing: the content changed under the test"
    );
    std::fs::write(&topic_path, &edited).expect("writing the edited topic");
    (folder, edited)
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("a readable folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("a folder");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> u64 {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` is not in the edited file"));
    text[..offset].matches('\n').count() as u64 + 1
}

/// Runs the check and returns (exit code, diagnostics as JSON values).
fn check(folder: &Path) -> (i32, Vec<serde_json::Value>) {
    let output = pamphlet(folder, &["check", ".", "--format", "json"]);
    let diagnostics: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("a JSON array");
    (output.status.code().unwrap_or(-1), diagnostics)
}

/// Asserts that `code` is reported in the topic file at `line`, and returns its message.
fn assert_reported(diagnostics: &[serde_json::Value], code: &str, line: u64) -> String {
    let found = diagnostics.iter().find(|diagnostic| {
        diagnostic["code"] == code
            && diagnostic["line"] == line
            && diagnostic["file"]
                .as_str()
                .is_some_and(|file| file.ends_with(TOPIC))
    });
    match found {
        Some(diagnostic) => diagnostic["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        None => panic!("{code} is not reported at line {line}; got:\n{diagnostics:#?}"),
    }
}

#[test]
fn the_bundled_content_is_clean() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let output = pamphlet(&folder, &["check", ".", "--deny-warnings"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn a_dropped_citation_is_reported_at_its_record() {
    let (folder, edited) = edited_content(|text| {
        text.replacen("    sources: [alvarez-2002]\n", "    sources: []\n", 1)
    });
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    let message = assert_reported(&diagnostics, "PAM301", line_of(&edited, "    sources: []"));
    assert_eq!(message, "cause `muscle-overuse` cites no source");
}

#[test]
fn a_citation_of_a_missing_source_is_reported_with_a_suggestion() {
    let (folder, edited) = edited_content(|text| text.replacen("[shah-2015]", "[shah-2051]", 1));
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    assert_reported(&diagnostics, "PAM302", line_of(&edited, "shah-2051"));
    let help = diagnostics
        .iter()
        .find(|diagnostic| diagnostic["code"] == "PAM302")
        .map(|diagnostic| diagnostic["help"].clone());
    assert!(help.is_some_and(|help| {
        help.as_str()
            .is_some_and(|help| help.contains("did you mean `shah-2015`?"))
    }));
}

#[test]
fn a_placeholder_is_reported() {
    let (folder, edited) =
        edited_content(|text| text.replacen("name: Poor posture", "name: Poor posture (TBD)", 1));
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    assert_reported(&diagnostics, "PAM202", line_of(&edited, "(TBD)"));
}

#[test]
fn a_review_date_in_the_past_is_overdue() {
    let (folder, edited) = edited_content(|text| {
        text.replacen("last_reviewed: 2026-12-02", "last_reviewed: 2024-01-10", 1)
            .replacen("next_review: 2027-12-02", "next_review: 2025-01-10", 1)
    });
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    let message = assert_reported(
        &diagnostics,
        "PAM502",
        line_of(&edited, "next_review: 2025-01-10"),
    );
    assert_eq!(
        message,
        "the clinical review was due on 2025-01-10, 691 days ago"
    );
}

#[test]
fn a_repeated_id_is_reported_with_the_first_use() {
    let (folder, edited) =
        edited_content(|text| text.replacen("  - id: poor-posture", "  - id: muscle-overuse", 1));
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    let second = edited
        .rfind("  - id: muscle-overuse")
        .map(|offset| edited[..offset].matches('\n').count() as u64 + 1);
    assert_reported(&diagnostics, "PAM304", second.expect("two uses"));
}

#[test]
fn an_absolute_claim_is_reported() {
    let (folder, edited) = edited_content(|text| {
        text.replacen(
            "Repeated small strains",
            "Stretching cures this for good. Repeated small strains",
            1,
        )
    });
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    assert_reported(&diagnostics, "PAM701", line_of(&edited, "Stretching cures"));
}

#[test]
fn a_pasted_advert_is_reported_at_its_sentence() {
    let advert = "Linear helps streamline software projects, sprints, tasks, and bug tracking. Here's how to get started.";
    let (folder, edited) = edited_content(|text| {
        text.replacen(
            "How trigger points form is still debated.",
            &format!("How trigger points form is still debated. {advert}"),
            1,
        )
    });
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    let line = line_of(&edited, "Linear helps");
    assert_reported(&diagnostics, "PAM702", line);
    assert_reported(&diagnostics, "PAM703", line);
    let off_topic = diagnostics
        .iter()
        .find(|diagnostic| diagnostic["code"] == "PAM702")
        .expect("reported");
    let column = off_topic["column"].as_u64().expect("a column") as usize;
    let line_text = edited.lines().nth(line as usize - 1).expect("the line");
    assert!(
        line_text
            .chars()
            .skip(column - 1)
            .collect::<String>()
            .starts_with("Linear helps"),
        "the caret is not on the sentence"
    );
}

#[test]
fn an_unknown_field_is_reported_at_its_key_with_a_suggestion() {
    let (folder, edited) = edited_content(|text| {
        text.replacen(
            "    sources: [alvarez-2002]\n",
            "    source: [alvarez-2002]\n",
            1,
        )
    });
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    let line = line_of(&edited, "    source: [alvarez-2002]");
    assert_reported(&diagnostics, "PAM102", line);
    // The missing `sources` is reported once, by the sourcing rule, not also by the schema.
    assert!(
        !diagnostics
            .iter()
            .any(|diagnostic| diagnostic["code"] == "PAM103"),
        "{diagnostics:#?}"
    );
}

#[test]
fn a_placeholder_sentence_is_reported_once_as_a_placeholder() {
    let (folder, edited) = edited_content(|text| {
        text.replacen(
            "How trigger points form is still debated.",
            "How trigger points form is still debated. Lorem ipsum dolor sit amet.",
            1,
        )
    });
    let (status, diagnostics) = check(folder.path());
    assert_eq!(status, 1);
    assert_reported(&diagnostics, "PAM202", line_of(&edited, "Lorem ipsum"));
    let codes: Vec<&str> = diagnostics
        .iter()
        .filter_map(|diagnostic| diagnostic["code"].as_str())
        .collect();
    assert_eq!(codes, ["PAM202"], "{diagnostics:#?}");
}
