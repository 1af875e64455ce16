//! The catalogue of broken and hostile inputs in `bad-inputs/`. Each case starts from the
//! small valid tree in `bad-inputs/base/`, changes it as its `recipe` says, and is run end to
//! end under a memory limit and a time limit: `check`'s diagnostics and exit status must be
//! those in the case's `expected.txt`, and `build` must write nothing for a broken tree
//! (and, for input that is only unusual, such as a BOM, exactly what the base tree gives).
//!
//! A recipe holds one step per line (`#` starts a comment):
//! - `replace FILE | OLD | NEW`: replaces the one occurrence of OLD in FILE;
//! - `write FILE | TEXT`: writes TEXT (with `\n` for line breaks) to FILE;
//! - `generate KIND FILE [N]`: writes or transforms FILE with a generator below;
//! - `copy FROM TO`, `remove PATH`, `mkdir PATH`, `symlink TARGET PATH`, `fifo PATH`, `chmod MODE PATH`;
//! - `as-nobody`: runs pamphlet as user 65534 when the tests run as root, whom file
//!   permissions do not stop.

mod support;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::{TODAY, compact, copy_tree, expect_file, files, write_schemas};

/// Address space allowed to each run: far more than any case needs, far less than an
/// unbounded parse of an alias bomb or a 100 MB scalar would take.
const MEMORY_LIMIT_KIB: u64 = 1024 * 1024;

/// Seconds a run may take before it counts as a hang.
const TIME_LIMIT_SECONDS: u32 = 60;

fn catalogue() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("bad-inputs")
}

#[test]
fn every_bad_input_gets_its_diagnostics_and_build_writes_nothing() {
    let base_outputs = base_build();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(catalogue())
        .expect("the catalogue")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.join("recipe").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 50, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let result = std::panic::catch_unwind(|| run_case(case, &base_outputs));
        if let Err(panic) = result {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", case.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

fn run_case(case: &Path, base_outputs: &BTreeMap<String, Vec<u8>>) {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let root = project(scratch.path());
    let tree = root.join("content");
    copy_tree(&catalogue().join("base"), &tree);
    write_schemas(&root);
    let recipe = std::fs::read_to_string(case.join("recipe")).expect("a recipe");
    let mut as_nobody = false;
    for line in recipe.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "as-nobody" {
            as_nobody = is_root();
            continue;
        }
        apply(&tree, line);
    }
    if as_nobody {
        for folder in [scratch.path(), &root] {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o777))
                .expect("an open scratch folder");
        }
    }

    let check = run(
        &tree,
        &["check", ".", "--format", "json"],
        as_nobody,
        &format!("{}", case.display()),
    );
    let mut report = if check.stdout.is_empty() {
        format!(
            "stderr: {}\nexit: {}\n",
            String::from_utf8_lossy(&check.stderr).trim(),
            check.status.code().map_or(-1, i64::from)
        )
    } else {
        compact(&check, &tree)
    };

    let out = root.join("out");
    let build = run(
        &tree,
        &["build", ".", "--out", "../out"],
        as_nobody,
        &format!("{}", case.display()),
    );
    let written = files(&out);
    let code = build.status.code().map_or(-1, i64::from);
    let build_line = if code == 0 {
        let differing: Vec<&String> = base_outputs
            .keys()
            .chain(written.keys())
            .filter(|name| base_outputs.get(*name) != written.get(*name))
            .collect();
        if differing.is_empty() {
            "build: exit 0, the same files as the base tree".to_owned()
        } else {
            format!("build: exit 0, files that differ from the base tree: {differing:?}")
        }
    } else if written.is_empty() {
        format!("build: exit {code}, nothing written")
    } else {
        panic!(
            "build exited {code} but wrote {:?}",
            written.keys().collect::<Vec<_>>()
        );
    };
    report.push_str(&build_line);
    report.push('\n');
    expect_file(&case.join("expected.txt"), &report);
}

/// Runs pamphlet in `directory` under the memory and time limits.
fn run(directory: &Path, arguments: &[&str], as_nobody: bool, case: &str) -> Output {
    let binary = assert_cmd::cargo::cargo_bin("pamphlet");
    let mut command = Command::new("sh");
    command.arg("-c").arg(format!(
        "ulimit -v {MEMORY_LIMIT_KIB} && exec timeout --signal=KILL {TIME_LIMIT_SECONDS} \"$@\""
    ));
    command.arg("sh");
    if as_nobody {
        command.args([
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
        ]);
    }
    let output = command
        .arg(binary)
        .args(arguments)
        .current_dir(directory)
        .env("PAMPHLET_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("pamphlet runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(0..=2)),
        "{case}: `pamphlet {}` ended with {} (killed by the limits, or a panic):\n{stderr}",
        arguments.join(" "),
        output.status
    );
    assert!(
        !stderr.contains("panicked"),
        "{case}: pamphlet panicked:\n{stderr}"
    );
    output
}

/// The project folder of a case: one level inside its scratch folder, so that a path a
/// case sends one folder too high (`../../../schema`) stays inside the scratch folder
/// and finds nothing, whatever the machine's temporary folder holds.
fn project(scratch: &Path) -> PathBuf {
    let root = scratch.join("project");
    std::fs::create_dir(&root).expect("a project folder");
    root
}

/// What `build` writes for the base tree, which every case that is only unusual must match.
fn base_build() -> BTreeMap<String, Vec<u8>> {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let root = project(scratch.path());
    let tree = root.join("content");
    copy_tree(&catalogue().join("base"), &tree);
    write_schemas(&root);
    let output = run(&tree, &["build", ".", "--out", "../out"], false, "base");
    assert!(
        output.status.success(),
        "the base tree must build:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = files(&root.join("out"));
    assert!(written.len() > 10, "{:?}", written.keys());
    written
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|metadata| std::os::unix::fs::MetadataExt::uid(&metadata) == 0)
        .unwrap_or(false)
}

/// Carries out one recipe step on the tree.
fn apply(tree: &Path, step: &str) {
    let (verb, rest) = step.split_once(' ').unwrap_or((step, ""));
    match verb {
        "replace" => {
            let parts: Vec<&str> = rest.splitn(3, " | ").collect();
            let [file, old, new] = parts[..] else {
                panic!("`replace FILE | OLD | NEW`: {step}");
            };
            let path = tree.join(file);
            let text = std::fs::read_to_string(&path).expect("a file to change");
            let (old, new) = (unescape(old), unescape(new));
            assert_eq!(text.matches(&old).count(), 1, "{old:?} once in {file}");
            std::fs::write(&path, text.replacen(&old, &new, 1)).expect("written");
        }
        "write" => {
            let (file, text) = rest.split_once(" |").expect("`write FILE | TEXT`");
            let text = text.strip_prefix(' ').unwrap_or(text);
            let path = tree.join(file);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
            std::fs::write(path, unescape(text)).expect("written");
        }
        "generate" => {
            let words: Vec<&str> = rest.split_whitespace().collect();
            let size = words.get(2).map(|n| n.parse::<usize>().expect("a number"));
            generate(words[0], &tree.join(words[1]), size);
        }
        "remove" => {
            let path = tree.join(rest);
            if path.is_dir() {
                std::fs::remove_dir_all(path).expect("removed");
            } else {
                std::fs::remove_file(path).expect("removed");
            }
        }
        "mkdir" => std::fs::create_dir_all(tree.join(rest)).expect("a folder"),
        "copy" => {
            let (from, to) = rest.split_once(' ').expect("`copy FROM TO`");
            std::fs::copy(tree.join(from), tree.join(to)).expect("a copy");
        }
        "symlink" => {
            let (target, path) = rest.split_once(' ').expect("`symlink TARGET PATH`");
            std::os::unix::fs::symlink(target, tree.join(path)).expect("a link");
        }
        "fifo" => {
            let status = Command::new("mkfifo")
                .arg(tree.join(rest))
                .status()
                .expect("mkfifo");
            assert!(status.success());
        }
        "chmod" => {
            let (mode, path) = rest.split_once(' ').expect("`chmod MODE PATH`");
            let mode = u32::from_str_radix(mode, 8).expect("an octal mode");
            std::fs::set_permissions(tree.join(path), std::fs::Permissions::from_mode(mode))
                .expect("chmod");
        }
        _ => panic!("unknown recipe step: {step}"),
    }
}

/// `\n`, `\t` and `\uXXXX` in a recipe stand for the characters they name.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at + 1..];
        let (character, used) = match escape.chars().next() {
            Some('n') => ('\n', 1),
            Some('t') => ('\t', 1),
            Some('u') => {
                let code = u32::from_str_radix(&escape[1..5], 16).expect("\\uXXXX");
                (char::from_u32(code).expect("a character"), 5)
            }
            _ => panic!("unknown escape in {text}"),
        };
        out.push(character);
        rest = &escape[used..];
    }
    out.push_str(rest);
    out
}

/// Writes `path` (or rewrites the file already there) with one kind of hostile input.
fn generate(kind: &str, path: &Path, size: Option<usize>) {
    let existing = || std::fs::read(path).expect("the file to transform");
    let schema = "# yaml-language-server: $schema=../../schema/topic.schema.json\n";
    let bytes: Vec<u8> = match kind {
        // Nine levels of nine aliases each: 9^9 nodes when expanded.
        "alias-bomb" => {
            let mut text =
                format!("{schema}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for level in 1..10 {
                let previous = format!("*a{}", level - 1);
                let items = [previous.as_str(); 9].join(", ");
                text.push_str(&format!("a{level}: &a{level} [{items}]\n"));
            }
            text.into_bytes()
        }
        // One long scalar repeated through aliases: few nodes, much text.
        "alias-text-bomb" => {
            let long = "x".repeat(1024 * 1024);
            let items = vec!["*long"; 20].join(", ");
            format!("{schema}id: bomb\ntitle: &long {long}\naims: [{items}]\n").into_bytes()
        }
        "deep-flow" => {
            let depth = size.unwrap_or(10_000);
            format!("{schema}id: {}{}\n", "[".repeat(depth), "]".repeat(depth)).into_bytes()
        }
        "deep-block" => {
            let depth = size.unwrap_or(10_000);
            let mut text = schema.to_owned();
            for level in 0..depth {
                text.push_str(&" ".repeat(level));
                text.push_str("k:\n");
            }
            text.into_bytes()
        }
        // A scalar of `size` megabytes (100 by default) in an otherwise plain topic.
        "huge-scalar" => {
            let megabytes = size.unwrap_or(100);
            let mut text = format!("{schema}id: huge\ntitle: ").into_bytes();
            text.resize(text.len() + megabytes * 1024 * 1024, b'a');
            text.push(b'\n');
            text
        }
        // A file one byte over the default 4 MiB budget.
        "over-budget" => {
            let mut text = format!("{schema}# ").into_bytes();
            text.resize(4 * 1024 * 1024 + 1, b'x');
            text
        }
        // `size` distinct top-level keys (60,000 by default) after the topic's own: a
        // mapping as wide as a bad paste makes, well under the file budget.
        "wide-mapping" => {
            let mut text = String::from_utf8(existing()).expect("UTF-8");
            for index in 0..size.unwrap_or(60_000) {
                text.push_str(&format!("k{index:05}: {index}\n"));
            }
            text.into_bytes()
        }
        // A summary of `size` distinct words (55,000 by default) with no punctuation: one
        // sentence as long as a field can be.
        "long-field" => {
            let text = String::from_utf8(existing()).expect("UTF-8");
            let words: Vec<String> = (0..size.unwrap_or(55_000))
                .map(|index| {
                    let mut word = String::from("q");
                    let mut rest = index + 1;
                    while rest > 0 {
                        word.push(char::from(b'a' + (rest % 26) as u8));
                        rest /= 26;
                    }
                    word
                })
                .collect();
            text.replacen(
                "summary: >-\n  A trigger point",
                &format!("summary: >-\n  {} A trigger point", words.join(" ")),
                1,
            )
            .into_bytes()
        }
        "binary" => (0..4096u32)
            .map(|index| (index.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect(),
        "utf16le" | "utf16be" => {
            let text = String::from_utf8(existing()).expect("UTF-8");
            let mut bytes = Vec::new();
            for unit in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
                let pair = if kind == "utf16le" {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                bytes.extend(pair);
            }
            bytes
        }
        "bom" => [b"\xEF\xBB\xBF".as_slice(), &existing()].concat(),
        "crlf" => String::from_utf8(existing())
            .expect("UTF-8")
            .replace('\n', "\r\n")
            .into_bytes(),
        "cr-only" => String::from_utf8(existing())
            .expect("UTF-8")
            .replace('\n', "\r")
            .into_bytes(),
        // A byte that is not UTF-8 / a NUL in the middle of the title's line.
        "invalid-utf8" | "nul" | "latin1" => {
            let text = String::from_utf8(existing()).expect("UTF-8");
            let at = text.find("tight muscles").expect("the title");
            let byte: &[u8] = match kind {
                "invalid-utf8" => b"\xFF\xFE",
                "nul" => b"\0",
                _ => b"caf\xE9 ",
            };
            [&text.as_bytes()[..at], byte, &text.as_bytes()[at..]].concat()
        }
        _ => panic!("unknown generator {kind}"),
    };
    std::fs::write(path, bytes).expect("written");
}
