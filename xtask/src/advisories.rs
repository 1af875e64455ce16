//! The RustSec advisories that concern the crates in `Cargo.lock`, kept in
//! `xtask/advisories.toml` because the database lives on GitHub, which CI machines here
//! cannot reach. `cargo xtask advisories --from DIR` refreshes the file from a clone of the
//! database; `cargo xtask deps` lays it out as a database that `cargo deny check
//! advisories` reads offline, after checking that the snapshot covers every crate in the
//! lock file and is not too old.
//!
//! Only the facts `cargo deny` matches on are kept (id, crate, date, kind, the patched and
//! unaffected versions, and the advisory's address); each advisory's prose stays at its
//! address. The database is dedicated to the public domain (CC0-1.0).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use pamphlet_schema::IsoDate;
use toml::{Table, Value};

use crate::project_root;

/// The snapshot, relative to the project root.
const FILE: &str = "xtask/advisories.toml";

/// Where the database is published; `deny.toml` names it as its `db-urls`.
const DATABASE: &str = "https://github.com/rustsec/advisory-db";

/// The folder `cargo deny` 0.20 opens for `DATABASE` under its `db-path`: the address's
/// last segment and its XxHash64. A cargo-deny upgrade that changes the scheme fails loudly
/// ("failed to get HEAD timestamp"), and this name is then the one in its message.
const DATABASE_FOLDER: &str = "advisory-db-3157b0e258782691";

/// How much older than the project's newest commit the snapshot may be. Past it, CI fails
/// until someone with access to GitHub refreshes the snapshot.
const MAX_AGE_DAYS: i64 = 180;

/// Fewer advisory files than this, and the folder given to `--from` is not a clone of the
/// database (it held over 900 in 2026).
const MIN_DATABASE_ADVISORIES: usize = 500;

/// The advisory fields kept, in the order they are written.
const ADVISORY_FIELDS: [&str; 6] = ["id", "package", "date", "url", "informational", "withdrawn"];

/// `cargo xtask advisories --from DIR`.
pub(crate) fn run(arguments: &[String]) -> anyhow::Result<()> {
    let [flag, from] = arguments else {
        bail!("usage: cargo xtask advisories --from <clone of {DATABASE}>");
    };
    anyhow::ensure!(flag == "--from", "unknown argument {flag}");
    let database = Path::new(from);
    clone_advisories(database)?;
    let snapshot = snapshot_of(database, &locked_crates()?)?;
    let path = project_root().join(FILE);
    std::fs::write(&path, snapshot).with_context(|| format!("writing {}", path.display()))?;
    println!("advisories: wrote {}", path.display());
    Ok(())
}

/// The number of advisory files in `database`'s `crates/` folder, if it looks like a clone
/// of the database: the top of its own git repository (not a folder inside another
/// project, whose last commit would be taken for the database's) with at least
/// `MIN_DATABASE_ADVISORIES` of them.
fn clone_advisories(database: &Path) -> anyhow::Result<usize> {
    let crates = database.join("crates");
    anyhow::ensure!(
        crates.is_dir(),
        "{} has no crates/ folder: give a clone of {DATABASE}",
        database.display()
    );
    let top = git(database, &["rev-parse", "--show-toplevel"])?;
    let same = |left: &Path, right: &Path| {
        left.canonicalize()
            .ok()
            .is_some_and(|left| right.canonicalize().ok() == Some(left))
    };
    anyhow::ensure!(
        same(Path::new(top.trim()), database),
        "{} is inside the git repository at {}, not the top of a clone of {DATABASE}",
        database.display(),
        top.trim()
    );
    let mut count = 0;
    for folder in std::fs::read_dir(&crates)? {
        let folder = folder?.path();
        if folder.is_dir() {
            count += std::fs::read_dir(&folder)?
                .filter_map(Result::ok)
                .filter(|entry| entry.path().extension().is_some_and(|e| e == "md"))
                .count();
        }
    }
    anyhow::ensure!(
        count >= MIN_DATABASE_ADVISORIES,
        "{} holds {count} advisories under crates/, fewer than {MIN_DATABASE_ADVISORIES}: is it a clone of {DATABASE}?",
        database.display()
    );
    Ok(count)
}

/// Where `cargo deny` looks for the database: `db-path` under `[advisories]` in
/// `deny.toml`, relative to the project root, so that the two never part.
fn database_path() -> anyhow::Result<PathBuf> {
    let path = project_root().join("deny.toml");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let config: Table =
        toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let db_path = config
        .get("advisories")
        .and_then(|advisories| advisories.get("db-path"))
        .and_then(Value::as_str)
        .with_context(|| format!("{} sets no [advisories] db-path", path.display()))?;
    Ok(project_root().join(db_path))
}

/// The snapshot file's text: the database's commit and date, the crates looked up, and
/// every advisory about one of them.
fn snapshot_of(database: &Path, crates: &BTreeSet<String>) -> anyhow::Result<String> {
    let head = git(database, &["log", "-1", "--format=%H %cs"])?;
    let (commit, date) = head
        .trim()
        .split_once(' ')
        .context("reading the database's last commit")?;
    let mut text = format!(
        "# The RustSec advisories about the crates in Cargo.lock (see xtask/src/advisories.rs).\n\
         # Written by `cargo xtask advisories --from DIR`; do not edit.\n\
         database = \"{DATABASE}\"\ncommit = \"{commit}\"\ndate = \"{date}\"\ncrates = [\n"
    );
    for name in crates {
        text.push_str(&format!("    \"{name}\",\n"));
    }
    text.push_str("]\n");
    for name in crates {
        let folder = database.join("crates").join(name);
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<Result<_, _>>()?;
        files.sort();
        for file in files
            .iter()
            .filter(|file| file.extension().is_some_and(|e| e == "md"))
        {
            let advisory = read_advisory(file)?;
            text.push_str("\n[[advisory]]\n");
            for (name, value) in &advisory {
                text.push_str(&format!("{name} = {}\n", toml_value(value)?));
            }
        }
    }
    Ok(text)
}

/// The kept fields of one advisory file: its `[advisory]` fields and its versions.
fn read_advisory(file: &Path) -> anyhow::Result<Vec<(String, Value)>> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let front = text
        .split_once("```toml")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(front, _)| front)
        .with_context(|| format!("{} has no TOML block", file.display()))?;
    let table: Table =
        toml::from_str(front).with_context(|| format!("parsing {}", file.display()))?;
    // In the order the advisory gives them: `toml`'s table is sorted by name.
    let mut kept = Vec::new();
    let advisory = table
        .get("advisory")
        .and_then(Value::as_table)
        .with_context(|| format!("{} has no [advisory]", file.display()))?;
    for field in ADVISORY_FIELDS {
        if let Some(value) = advisory.get(field) {
            kept.push((field.to_owned(), value.clone()));
        }
    }
    if let Some(versions) = table.get("versions").and_then(Value::as_table) {
        for field in ["patched", "unaffected"] {
            if let Some(value) = versions.get(field) {
                kept.push((field.to_owned(), value.clone()));
            }
        }
    }
    Ok(kept)
}

/// Writes the snapshot out as a database under `target/advisory-db` (the `db-path` in
/// `deny.toml`), after checking it covers the lock file and is recent enough; returns the
/// database's date.
pub(crate) fn write_database() -> anyhow::Result<IsoDate> {
    let path = project_root().join(FILE);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let snapshot: Table =
        toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let newest = git(&project_root(), &["log", "-1", "--format=%cs"])?;
    let newest = IsoDate::parse(newest.trim())
        .map_err(|error| anyhow::anyhow!("the newest commit's date: {error}"))?;
    let locked = locked_crates()?;
    let (date, age) = usable(&snapshot, &locked, newest)?;

    let database = database_path()?.join(DATABASE_FOLDER);
    if database.exists() {
        std::fs::remove_dir_all(&database)
            .with_context(|| format!("removing {}", database.display()))?;
    }
    let advisories = snapshot
        .get("advisory")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for advisory in &advisories {
        let (file, text) = advisory_file(advisory)?;
        let file = database.join(file);
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    }
    std::fs::create_dir_all(database.join("crates"))?;
    // cargo deny reads a git checkout and takes its freshness from it; the snapshot's own
    // age is checked above.
    git(&database, &["init", "--quiet"])?;
    git(&database, &["add", "--all"])?;
    git(
        &database,
        &[
            "-c",
            "user.name=pamphlet xtask",
            "-c",
            "user.email=xtask@pamphlet.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null",
            "commit",
            "--quiet",
            "--no-verify",
            "--allow-empty",
            "--message",
            "advisory snapshot",
        ],
    )?;
    println!(
        "advisories: {} advisories about the {} crates in Cargo.lock, from the RustSec database of {date} ({age} days before the newest commit)",
        advisories.len(),
        locked.len()
    );
    Ok(date)
}

/// The snapshot's date and its age in days before `newest`, if it was looked up for every
/// crate in `locked` and is at most `MAX_AGE_DAYS` old; else what to do about it.
fn usable(
    snapshot: &Table,
    locked: &BTreeSet<String>,
    newest: IsoDate,
) -> anyhow::Result<(IsoDate, i64)> {
    let date = snapshot
        .get("date")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let date =
        IsoDate::parse(date).map_err(|error| anyhow::anyhow!("the snapshot's date: {error}"))?;
    let refresh =
        format!("refresh it from a clone of {DATABASE}: cargo xtask advisories --from <clone>");
    let covered: BTreeSet<&str> = snapshot
        .get("crates")
        .and_then(Value::as_array)
        .map(|crates| crates.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let missing: Vec<&str> = locked
        .iter()
        .map(String::as_str)
        .filter(|name| !covered.contains(name))
        .collect();
    if !missing.is_empty() {
        bail!(
            "the advisory snapshot ({date}) was not looked up for {}: {refresh}",
            missing.join(", ")
        );
    }
    let age = date.days_until(newest);
    if age > MAX_AGE_DAYS {
        bail!(
            "the advisory snapshot ({date}) is {age} days older than the newest commit ({newest}), more than {MAX_AGE_DAYS}: {refresh}"
        );
    }
    Ok((date, age))
}

/// The path in the database and the text of one advisory: its facts as a TOML block and a
/// title that sends the reader to the advisory itself.
fn advisory_file(advisory: &Value) -> anyhow::Result<(PathBuf, String)> {
    let table = advisory.as_table().context("an advisory is not a table")?;
    let field = |name: &str| table.get(name).and_then(Value::as_str);
    let id = field("id").context("an advisory without an id")?;
    let package = field("package").with_context(|| format!("{id} names no crate"))?;
    anyhow::ensure!(
        is_plain_name(id) && is_plain_name(package),
        "{id}: an id or crate name that is not a plain file name"
    );
    let mut front = String::from("[advisory]\n");
    for name in ADVISORY_FIELDS {
        if let Some(value) = table.get(name) {
            front.push_str(&format!("{name} = {}\n", toml_value(value)?));
        }
    }
    front.push_str("\n[versions]\n");
    for name in ["patched", "unaffected"] {
        if let Some(value) = table.get(name) {
            front.push_str(&format!("{name} = {}\n", toml_value(value)?));
        }
    }
    let url = field("url").map_or_else(
        || format!("https://rustsec.org/advisories/{id}"),
        str::to_owned,
    );
    let text = format!("```toml\n{front}```\n\n# {id} ({package})\n\nSee {url}.\n");
    Ok((
        Path::new("crates").join(package).join(format!("{id}.md")),
        text,
    ))
}

/// A string, or a list of strings, as TOML: all an advisory's kept fields hold.
fn toml_value(value: &Value) -> anyhow::Result<String> {
    let quoted = |text: &str| {
        let mut escaped = String::from("\"");
        for ch in text.chars() {
            match ch {
                '\\' => escaped.push_str("\\\\"),
                '"' => escaped.push_str("\\\""),
                '\n' => escaped.push_str("\\n"),
                '\t' => escaped.push_str("\\t"),
                '\r' => escaped.push_str("\\r"),
                ch if ch.is_control() => escaped.push_str(&format!("\\u{:04X}", u32::from(ch))),
                ch => escaped.push(ch),
            }
        }
        escaped.push('"');
        escaped
    };
    match value {
        Value::String(text) => Ok(quoted(text)),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|item| {
                    item.as_str()
                        .map(quoted)
                        .context("a list of something else than text")
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            Ok(format!("[{}]", items.join(", ")))
        }
        other => bail!("an advisory field of an unexpected kind: {other:?}"),
    }
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
}

/// The names of the packages in `Cargo.lock` (the workspace's own included: the database
/// has none of them).
fn locked_crates() -> anyhow::Result<BTreeSet<String>> {
    let path = project_root().join("Cargo.lock");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let lock: Table =
        toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    Ok(lock
        .get("package")
        .and_then(Value::as_array)
        .map(|packages| {
            packages
                .iter()
                .filter_map(|package| package.get("name").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

fn git(folder: &Path, arguments: &[&str]) -> anyhow::Result<String> {
    // A git hook or a variable set by an outer git (GIT_DIR, as in a hook of this
    // repository) must not send the command to another repository.
    let output = Command::new("git")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .arg("-C")
        .arg(folder)
        .args(arguments)
        .output()
        .context("starting git")?;
    if !output.status.success() {
        bail!(
            "git {} in {}: {}",
            arguments.join(" "),
            folder.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use toml::{Table, Value};

    use std::collections::BTreeSet;
    use std::path::Path;

    use pamphlet_schema::IsoDate;

    use super::{advisory_file, clone_advisories, git, snapshot_of, toml_value, usable};

    fn date(text: &str) -> IsoDate {
        IsoDate::parse(text).expect("a date")
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    /// A git repository at `folder` holding `files`, committed.
    fn repository(folder: &Path, files: &[(&str, &str)]) {
        for (name, text) in files {
            let path = folder.join(name);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
            std::fs::write(path, text).expect("a file");
        }
        git(folder, &["init", "--quiet"]).expect("git init");
        git(folder, &["add", "--all"]).expect("git add");
        git(
            folder,
            &[
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.invalid",
                "-c",
                "commit.gpgsign=false",
                "commit",
                "--quiet",
                "--no-verify",
                "--message",
                "advisories",
            ],
        )
        .expect("git commit");
    }

    #[test]
    fn a_snapshot_must_cover_the_lock_file_and_be_recent() {
        let snapshot: Table =
            toml::from_str("date = \"2026-08-21\"\ncrates = [\"serde\", \"time\"]\n")
                .expect("TOML");
        let (when, age) = usable(&snapshot, &names(&["serde", "time"]), date("2026-12-03"))
            .expect("covered and recent");
        assert_eq!((when, age), (date("2026-08-21"), 104));

        let missing = usable(&snapshot, &names(&["serde", "zlib-rs"]), date("2026-12-03"))
            .expect_err("zlib-rs was not looked up");
        assert!(
            missing
                .to_string()
                .contains("was not looked up for zlib-rs"),
            "{missing}"
        );

        let old =
            usable(&snapshot, &names(&["time"]), date("2027-02-18")).expect_err("181 days old");
        assert!(old.to_string().contains("181 days older"), "{old}");
        assert!(usable(&snapshot, &names(&["time"]), date("2027-02-17")).is_ok());
    }

    #[test]
    fn a_snapshot_keeps_the_advisories_about_the_locked_crates() {
        let folder = tempfile::tempdir().expect("a scratch folder");
        let advisory = |id: &str, package: &str| {
            format!(
                "```toml\n[advisory]\nid = \"{id}\"\npackage = \"{package}\"\ndate = \"2026-01-01\"\n\
                 url = \"https://example.invalid/{id}\"\nkeywords = [\"dropped\"]\n\n[versions]\n\
                 patched = [\">= 2.0.0\"]\n```\n\n# A title\n\nProse that is not kept.\n"
            )
        };
        repository(
            folder.path(),
            &[
                (
                    "crates/time/RUSTSEC-2026-0001.md",
                    &advisory("RUSTSEC-2026-0001", "time"),
                ),
                (
                    "crates/other/RUSTSEC-2026-0002.md",
                    &advisory("RUSTSEC-2026-0002", "other"),
                ),
            ],
        );
        let few = clone_advisories(folder.path()).expect_err("two advisories are not a database");
        assert!(few.to_string().contains("holds 2 advisories"), "{few}");
        let text = snapshot_of(folder.path(), &names(&["time", "serde"])).expect("a snapshot");
        let read: Table = toml::from_str(&text).expect("valid TOML");
        assert_eq!(read["crates"].as_array().map(Vec::len), Some(2));
        let advisories = read["advisory"].as_array().expect("advisories");
        assert_eq!(advisories.len(), 1);
        assert_eq!(advisories[0]["id"].as_str(), Some("RUSTSEC-2026-0001"));
        assert_eq!(advisories[0]["patched"][0].as_str(), Some(">= 2.0.0"));
        assert!(advisories[0].get("keywords").is_none());
        assert!(!text.contains("Prose"));
        let head = git(folder.path(), &["log", "-1", "--format=%H"]).expect("a commit");
        assert_eq!(read["commit"].as_str(), Some(head.trim()));

        // A folder inside a clone is not a clone: its commit would be the outer project's.
        let inner = folder.path().join("crates");
        let refused = clone_advisories(&inner).expect_err("not the top of a clone");
        assert!(
            refused.to_string().contains("no crates/ folder"),
            "{refused}"
        );
        std::fs::create_dir_all(inner.join("crates")).expect("a folder");
        let refused = clone_advisories(&inner).expect_err("not the top of a clone");
        assert!(
            refused.to_string().contains("not the top of a clone"),
            "{refused}"
        );
    }

    #[test]
    fn text_with_line_breaks_and_controls_stays_one_toml_string() {
        let value = Value::String("one\ntwo\t\"three\"\\ \u{7}".to_owned());
        let written = toml_value(&value).expect("a string");
        assert!(!written.contains('\n'), "{written}");
        let read: Table = toml::from_str(&format!("field = {written}")).expect("valid TOML");
        assert_eq!(read["field"], value);
    }

    /// The file written for an advisory reads back, as TOML, with the same facts.
    #[test]
    fn an_advisory_file_holds_its_facts_as_toml() {
        let advisory: Table = toml::from_str(
            "id = \"RUSTSEC-2026-0009\"\npackage = \"time\"\ndate = \"2026-02-05\"\n\
             informational = \"unsound \\\"quoted\\\"\"\npatched = [\">= 0.3.47\"]\nunaffected = [\"< 0.3.6\"]\n",
        )
        .expect("TOML");
        let (path, text) = advisory_file(&Value::Table(advisory)).expect("a file");
        assert_eq!(
            path,
            std::path::Path::new("crates/time/RUSTSEC-2026-0009.md")
        );
        let front = text
            .strip_prefix("```toml\n")
            .and_then(|rest| rest.split_once("```"))
            .map(|(front, _)| front)
            .expect("a TOML block first");
        let read: Table = toml::from_str(front).expect("valid TOML");
        assert_eq!(read["advisory"]["package"].as_str(), Some("time"));
        assert_eq!(
            read["advisory"]["informational"].as_str(),
            Some("unsound \"quoted\"")
        );
        assert_eq!(read["versions"]["patched"][0].as_str(), Some(">= 0.3.47"));
        assert!(text.contains("See https://rustsec.org/advisories/RUSTSEC-2026-0009."));
    }

    #[test]
    fn an_advisory_naming_a_path_is_refused() {
        let advisory: Table =
            toml::from_str("id = \"RUSTSEC-1\"\npackage = \"../../etc\"\n").expect("TOML");
        assert!(advisory_file(&Value::Table(advisory)).is_err());
    }
}
