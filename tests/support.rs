//! Helpers shared by the end-to-end tests: running the `pamphlet` binary and
//! turning its JSON output into the compact lines kept in `expected.txt` files.

// Each test file compiles this module on its own and uses only some of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

/// The date every end-to-end test checks against, so results never change overnight.
pub(crate) const TODAY: &str = "2026-12-02";

pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Runs `pamphlet` with `arguments` in `directory`, with a fixed date and no colour.
pub(crate) fn pamphlet(directory: &Path, arguments: &[&str]) -> Output {
    assert_cmd::Command::cargo_bin("pamphlet")
        .expect("the pamphlet binary is built")
        .current_dir(directory)
        .env("PAMPHLET_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(arguments)
        .output()
        .expect("pamphlet runs")
}

/// Checks the tree at `root` and renders its diagnostics one per line,
/// `file:line:column: severity CODE name: message`, then `exit: N`.
pub(crate) fn compact_check(root: &Path) -> String {
    compact(&pamphlet(root, &["check", ".", "--format", "json"]), root)
}

/// Renders the output of `pamphlet check --format json` run on `root` as
/// [`compact_check`] does.
pub(crate) fn compact(output: &Output, root: &Path) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let diagnostics: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|error| {
        panic!(
            "JSON output of {}: {error}\n{stdout}\n{}",
            root.display(),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let mut lines = String::new();
    for diagnostic in diagnostics.as_array().expect("a JSON array") {
        let text = |key: &str| diagnostic[key].as_str().unwrap_or_default().to_owned();
        let number = |key: &str| {
            diagnostic[key]
                .as_u64()
                .map_or("-".to_owned(), |value| value.to_string())
        };
        let file = text("file");
        let file = file.strip_prefix("./").unwrap_or(&file);
        lines.push_str(&format!(
            "{file}:{}:{}: {} {} {}: {}\n",
            number("line"),
            number("column"),
            text("severity"),
            text("code"),
            text("name"),
            text("message")
        ));
    }
    lines.push_str(&format!(
        "exit: {}\n",
        output.status.code().map_or(-1, i64::from)
    ));
    lines
}

/// Compares `actual` with the file at `path`; with `UPDATE_EXPECT=1` rewrites the file.
pub(crate) fn expect_file(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, actual).expect("writing the expected file");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs (run with UPDATE_EXPECT=1 to accept, then read the diff)\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// The bundled `content/` folder.
pub(crate) fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// Writes the repository's JSON schemas into `root/schema`, where the schema comments of
/// a tree in `root/content` (as in this repository) or in `root` itself (as `pamphlet init`
/// lays one out) find them.
pub(crate) fn write_schemas(root: &Path) {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    copy_tree(&schemas, &root.join("schema"));
}

/// A temporary folder laid out as this repository is, a content tree in `content/` and
/// the schemas in `schema/`, so that the files' schema comments resolve; removed on drop.
pub(crate) struct TempTree {
    root: PathBuf,
    _folder: tempfile::TempDir,
}

impl TempTree {
    /// An empty content tree (the folder exists), with the schemas beside it.
    pub(crate) fn empty() -> TempTree {
        let folder = tempfile::tempdir().expect("a temporary folder");
        write_schemas(folder.path());
        let root = folder.path().join("content");
        std::fs::create_dir_all(&root).expect("a folder");
        TempTree {
            root,
            _folder: folder,
        }
    }

    /// A copy of the bundled content.
    pub(crate) fn bundled() -> TempTree {
        let tree = TempTree::empty();
        copy_tree(&content(), &tree.root);
        tree
    }

    /// The content tree's folder.
    pub(crate) fn path(&self) -> &Path {
        &self.root
    }
}

/// Copies the folder `from` into `to`, recursively.
pub(crate) fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a readable folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// Every file under `folder`, by path relative to it; none when it does not exist.
pub(crate) fn files(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path
                    .strip_prefix(folder)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/");
                found.insert(name, std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    found
}

/// The one model of a checked tree, as the CLI makes it before exporting.
pub(crate) fn resolve(tree: &pamphlet_check::CheckedTree) -> pamphlet_model::Library {
    let topics = tree.topics.iter().map(|(_, topic)| topic);
    pamphlet_model::Library::resolve(&tree.settings.clinic, topics, tree.bibliography.as_ref())
        .expect("checked content resolves")
}
