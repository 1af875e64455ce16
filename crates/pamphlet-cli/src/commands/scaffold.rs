//! `pamphlet init` starts a content repository that passes `check`; `pamphlet new topic`
//! adds a guide with every field to fill in. Neither overwrites a file: a folder that
//! already holds content is refused before anything is written.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use pamphlet_cli::args::{InitArguments, NewCommand, NewTopicArguments, SchemaName};
use pamphlet_schema::{REGIONS, is_slug};

use crate::ExitStatus;
use crate::commands::schema::schema_text;

/// The bundled guide and its bibliography: the example a new repository starts from, a
/// real, sourced guide that passes every rule.
const EXAMPLE_TOPIC: &str = include_str!("../../../../content/topics/hip-trigger-points.yaml");
const EXAMPLE_BIBLIOGRAPHY: &str = include_str!("../../../../content/bibliography.yaml");

const WORKFLOW: &str = "\
# Checks the content on every push and pull request, and every Monday, so that a guide
# whose review date passes is reported even when nobody edits it. Findings go to the job
# summary, to annotations on the changed lines and, as SARIF, to code scanning.
name: pamphlet
on:
  push:
  pull_request:
  schedule:
    - cron: \"0 6 * * 1\"
permissions:
  contents: read
  security-events: write
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - name: Install pamphlet
        run: cargo install --locked --git {repository} pamphlet-cli
      # No --today: the real date is what makes an overdue review fail the job.
      - name: Check the content
        run: pamphlet check . --format github
      - name: SARIF for code scanning
        if: always()
        run: pamphlet check . --format sarif > pamphlet.sarif || true
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: pamphlet.sarif
";

const PRE_COMMIT: &str = "\
# Runs `pamphlet check` before each commit. Install pamphlet first:
#   cargo install --locked --git {repository} pamphlet-cli
repos:
  - repo: {repository}
    rev: v{version}
    hooks:
      - id: pamphlet-check
        args: [.]
";

const CONFIG: &str = "\
# pamphlet's settings for this content tree. `pamphlet explain --list` lists the rules;
# a [rules] table changes their severity, for example:
#   [rules]
#   stale-source = \"error\"

[clinic]
name = {name}
contact = \"Ask the health professional who gave you this handout, or your family doctor.\"

[content]
bibliography = \"bibliography.yaml\"
";

pub(crate) fn init(arguments: &InitArguments) -> anyhow::Result<ExitStatus> {
    let directory = &arguments.directory;
    for existing in ["pamphlet.toml", "bibliography.yaml", "topics"] {
        if directory.join(existing).exists() {
            bail!(
                "{} already holds a content tree ({existing} is there); nothing was written",
                directory.display()
            );
        }
    }
    let name = match &arguments.clinic {
        Some(name) => name.clone(),
        None => std::fs::canonicalize(directory)
            .ok()
            .or_else(|| {
                std::env::current_dir()
                    .ok()
                    .map(|folder| folder.join(directory))
            })
            .and_then(|path| Some(path.file_name()?.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "Our clinic".to_owned()),
    };
    let repository = env!("CARGO_PKG_REPOSITORY");
    let files: Vec<(&str, String)> = vec![
        ("pamphlet.toml", CONFIG.replace("{name}", &quoted(&name))),
        ("schema/topic.schema.json", schema_text(SchemaName::Topic)?),
        (
            "schema/bibliography.schema.json",
            schema_text(SchemaName::Bibliography)?,
        ),
        (
            "bibliography.yaml",
            with_schema_line(EXAMPLE_BIBLIOGRAPHY, "schema/bibliography.schema.json"),
        ),
        (
            "topics/hip-trigger-points.yaml",
            with_schema_line(EXAMPLE_TOPIC, "../schema/topic.schema.json"),
        ),
        (
            ".github/workflows/pamphlet.yml",
            WORKFLOW.replace("{repository}", repository),
        ),
        (
            ".pre-commit-config.yaml",
            PRE_COMMIT
                .replace("{repository}", repository)
                .replace("{version}", env!("CARGO_PKG_VERSION")),
        ),
    ];
    for (path, text) in &files {
        write_new(&directory.join(path), text)?;
    }
    println!(
        "Started a content tree in {} with an example guide; run `pamphlet check {}`.",
        directory.display(),
        directory.display()
    );
    println!(
        "Add a guide with `pamphlet new topic <id> --content {}`.",
        directory.display()
    );
    Ok(ExitStatus::Success)
}

pub(crate) fn new(command: &NewCommand) -> anyhow::Result<ExitStatus> {
    match command {
        NewCommand::Topic(arguments) => new_topic(arguments),
    }
}

fn new_topic(arguments: &NewTopicArguments) -> anyhow::Result<ExitStatus> {
    let id = &arguments.id;
    if !is_slug(id) {
        bail!(
            "`{id}` is not a topic id: use lowercase letters and digits joined by single hyphens, \
             such as `knee-osteoarthritis`"
        );
    }
    let root = content_root(&arguments.content)?;
    let path = root.join("topics").join(format!("{id}.yaml"));
    let title = arguments.title.clone().unwrap_or_default();
    let regions: Vec<&str> = REGIONS.iter().map(|region| region.id).collect();
    let text = TOPIC_TEMPLATE
        .replace("{id}", id)
        .replace("{title}", &quoted(&title))
        .replace("{regions}", &regions.join(", "));
    write_new(&path, &text)?;
    println!(
        "Wrote {}: fill in every field, then run `pamphlet check {}`; each empty field is \
         reported until it is written.",
        path.display(),
        root.display()
    );
    Ok(ExitStatus::Success)
}

/// Every field of a topic, empty, with one record of each kind: `check` names each one
/// still to write. Nothing in it is made-up content that could pass for a finished guide.
const TOPIC_TEMPLATE: &str = r#"# yaml-language-server: $schema=../schema/topic.schema.json
id: {id}
title: {title}
# One of: {regions}
region: ""
language: en
audience: ""
summary: ""
aims:
  - ""
without_treatment: ""

review:
  authors:
    - name: ""
      credentials: ""
  reviewer:
    name: ""
    credentials: ""
  # Dates as YYYY-MM-DD.
  last_reviewed:
  next_review:

causes:
  - id: first-cause
    name: ""
    description: ""
    sources: []

symptoms:
  - id: first-symptom
    name: ""
    description: ""
    frequency: common
    refers_to: []
    sources: []

red_flags:
  - id: first-red-flag
    sign: ""
    action: urgent
    screens_for: other
    sources: []

treatments:
  - id: first-treatment
    name: ""
    category: conventional
    kind: self-care
    description: ""
    how_it_works: ""
    benefits: ""
    risks: ""
    evidence:
      level: insufficient
      note: ""
    sources: []

recovery:
  - id: first-phase
    name: ""
    weeks: {from: 1, to: 2}
    goals:
      - ""
    steps:
      - ""
    sources: []

questions:
  - text: ""
"#;

/// The content tree `start` is in: itself or the nearest folder above holding
/// `pamphlet.toml` (the tree `check` would find for a file in it).
fn content_root(start: &Path) -> anyhow::Result<PathBuf> {
    let absolute = std::fs::canonicalize(start)
        .with_context(|| format!("{} cannot be read", start.display()))?;
    let root = pamphlet_check::tree_root_of(&absolute.join("topics"));
    if !root.join("pamphlet.toml").is_file() {
        bail!(
            "{} is not in a content tree (no pamphlet.toml here or above); start one with \
             `pamphlet init`",
            start.display()
        );
    }
    Ok(root)
}

/// `text` with its first line, the schema comment, pointing at `schema`.
fn with_schema_line(text: &str, schema: &str) -> String {
    let rest = text.split_once('\n').map_or("", |(_, rest)| rest);
    format!("# yaml-language-server: $schema={schema}\n{rest}")
}

/// Writes a file that must not exist yet, creating its folder.
fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("creating {} (it must not exist yet)", path.display()))?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .with_context(|| format!("writing {}", path.display()))
}

/// A double-quoted string, as TOML and YAML both read it.
fn quoted(text: &str) -> String {
    let escaped: String = text
        .chars()
        .filter(|character| !character.is_control())
        .collect::<String>()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    format!("\"{escaped}\"")
}
