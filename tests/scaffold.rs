//! Starting a content repository and adding to it: `pamphlet init`, `pamphlet new topic`,
//! `pamphlet schema` and `pamphlet completions`, run as a writer would.

mod support;

use std::path::Path;

use support::{files, pamphlet};

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn repository() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// `init` in an empty folder gives a tree that `check` passes, with the schemas its
/// schema comments point at; a second `init` is refused and changes nothing.
#[test]
fn init_then_check_passes_in_an_empty_folder() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let root = folder.path().join("clinic-content");
    let init = pamphlet(folder.path(), &["init", "clinic-content"]);
    assert!(init.status.success(), "{}", stderr(&init));
    let written: Vec<String> = files(&root).into_keys().collect();
    assert_eq!(
        written,
        [
            ".github/workflows/pamphlet.yml",
            ".pre-commit-config.yaml",
            "bibliography.yaml",
            "pamphlet.toml",
            "schema/bibliography.schema.json",
            "schema/topic.schema.json",
            "topics/hip-trigger-points.yaml",
        ]
    );
    let check = pamphlet(&root, &["check", "."]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("no problems found in 3 files"),
        "{}",
        stdout(&check)
    );
    // Every schema comment leads to a schema that is there.
    for (file, schema) in [
        ("bibliography.yaml", "schema/bibliography.schema.json"),
        ("topics/hip-trigger-points.yaml", "schema/topic.schema.json"),
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("written");
        let target = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("# yaml-language-server: $schema="))
            .expect("a schema comment");
        let resolved = root.join(file).parent().expect("a folder").join(target);
        assert_eq!(
            std::fs::read(resolved).expect("the schema is there"),
            std::fs::read(root.join(schema)).expect("written")
        );
    }
    let config = std::fs::read_to_string(root.join("pamphlet.toml")).expect("written");
    assert!(config.contains("name = \"clinic-content\""), "{config}");

    let before = files(&root);
    let again = pamphlet(
        folder.path(),
        &["init", "clinic-content", "--clinic", "Other"],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already holds a content tree"),
        "{}",
        stderr(&again)
    );
    assert_eq!(files(&root), before, "nothing was overwritten");
}

/// `new topic` writes a guide with every field to fill in: `check` names each one, and
/// the schema comment is right. Bad ids and existing files are refused.
#[test]
fn new_topic_writes_a_guide_to_fill_in() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let root = folder.path();
    assert!(
        pamphlet(root, &["init", ".", "--clinic", "Test clinic"])
            .status
            .success()
    );
    let new = pamphlet(
        &root.join("topics"),
        &[
            "new",
            "topic",
            "knee-pain",
            "--title",
            "Knee \"runner's\" pain",
        ],
    );
    assert!(new.status.success(), "{}", stderr(&new));
    let path = root.join("topics/knee-pain.yaml");
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(
        text.contains("title: \"Knee \\\"runner's\\\" pain\""),
        "{text}"
    );

    let check = pamphlet(root, &["check", ".", "--format", "json"]);
    assert_eq!(check.status.code(), Some(1));
    let diagnostics: serde_json::Value = serde_json::from_slice(&check.stdout).expect("JSON");
    let codes: Vec<&str> = diagnostics
        .as_array()
        .expect("an array")
        .iter()
        .filter(|diagnostic| {
            diagnostic["file"]
                .as_str()
                .is_some_and(|file| file.ends_with("knee-pain.yaml"))
        })
        .map(|diagnostic| diagnostic["code"].as_str().unwrap_or_default())
        .collect();
    assert!(
        codes.iter().filter(|code| **code == "PAM201").count() >= 10,
        "{codes:?}"
    );
    assert!(
        codes.contains(&"PAM301"),
        "every record still needs a source: {codes:?}"
    );
    for absent in ["PAM001", "PAM006", "PAM102"] {
        assert!(
            !codes.contains(&absent),
            "the template itself is sound: {codes:?}"
        );
    }

    let again = pamphlet(root, &["new", "topic", "knee-pain"]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), text);
    let bad = pamphlet(root, &["new", "topic", "Knee_Pain"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("is not a topic id"),
        "{}",
        stderr(&bad)
    );
    let outside = tempfile::tempdir().expect("a temporary folder");
    let lost = pamphlet(outside.path(), &["new", "topic", "knee-pain"]);
    assert_eq!(lost.status.code(), Some(2));
    assert!(stderr(&lost).contains("pamphlet init"), "{}", stderr(&lost));
}

/// Each schema printed is byte for byte the one published in `schema/`.
#[test]
fn schema_prints_the_published_schemas() {
    for (name, file) in [
        ("topic", "topic.schema.json"),
        ("bibliography", "bibliography.schema.json"),
        ("export-topic", "export-topic.schema.json"),
        ("export-catalogue", "export-catalogue.schema.json"),
    ] {
        let output = pamphlet(repository(), &["schema", name]);
        assert!(output.status.success(), "{}", stderr(&output));
        let published = std::fs::read(repository().join("schema").join(file)).expect("published");
        assert!(
            output.stdout == published,
            "pamphlet schema {name} differs from schema/{file}"
        );
    }
}

/// The completion scripts know every command.
#[test]
fn completions_know_every_command() {
    for shell in ["bash", "zsh", "fish"] {
        let output = pamphlet(repository(), &["completions", shell]);
        assert!(output.status.success(), "{}", stderr(&output));
        let script = stdout(&output);
        for command in [
            "check", "build", "export", "explain", "init", "new", "schema", "lsp",
        ] {
            // Each command as the shell's script names one to complete, not a word that
            // happens to occur in it.
            let entry = match shell {
                "bash" => format!("pamphlet,{command})"),
                "zsh" => format!("'{command}:"),
                _ => format!("-f -a \"{command}\""),
            };
            assert!(script.contains(&entry), "{shell} lacks {command}");
        }
    }
    let bash = stdout(&pamphlet(repository(), &["completions", "bash"]));
    assert!(bash.contains("--deny-warnings"), "options too");
}
