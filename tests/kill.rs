//! `kill -9` during `pamphlet build`, at 100 moments spread over a build and at 40 moments
//! chosen by watching the output folder fill (so that kills land while files are being
//! written however fast or slow the machine is): afterwards every file under `--out` is
//! absent or a complete output (the same bytes as a finished run, a
//! PDF that `qpdf --check` accepts, CSV with whole rows, JSON that parses). Temporary files
//! a killed run leaves are removed by the next run.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use support::{TODAY, content, files};

const KILLS: usize = 100;
/// Rounds that kill once a chosen number of files (finished or temporary) is in the folder.
const WATCHED_KILLS: usize = 40;

fn build(out: &Path) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("pamphlet"));
    command
        .args(["build", "--out"])
        .arg(out)
        .arg(content())
        .env("PAMPHLET_TODAY", TODAY)
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A small deterministic generator (xorshift64*), so that a failure can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

fn is_temporary(name: &str) -> bool {
    name.rsplit('/')
        .next()
        .is_some_and(|file| file.starts_with('.') && file.ends_with(".tmp"))
}

#[test]
fn a_build_killed_at_any_moment_leaves_only_complete_files() {
    assert!(
        Command::new("qpdf").arg("--version").output().is_ok(),
        "qpdf is not installed: run the tests with `cargo xtask test`, which installs it (as root)"
    );
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let reference_folder = scratch.path().join("reference");
    let started = Instant::now();
    assert!(build(&reference_folder).status().expect("runs").success());
    let duration = started.elapsed();
    let reference = files(&reference_folder);
    assert!(reference.len() > 10);

    let out = scratch.path().join("out");
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let (mut finished_first, mut left_nothing, mut left_some, mut left_all) = (0, 0, 0, 0);
    let mut temporaries_seen = 0;
    for round in 0..KILLS + WATCHED_KILLS {
        let watched = round >= KILLS;
        // Half the timed rounds, and every watched one, start from an empty folder, so kills
        // land on first writes too.
        if (watched || random.next().is_multiple_of(2)) && out.exists() {
            std::fs::remove_dir_all(&out).expect("cleared");
        }
        let delay = duration.mul_f64((random.next() % 1000) as f64 / 1000.0 * 1.2);
        let target = 1 + (random.next() as usize) % (reference.len() - 1);
        let mut child = build(&out).spawn().expect("starts");
        if watched {
            while count_files(&out) < target && child.try_wait().expect("a status").is_none() {
                std::hint::spin_loop();
            }
        } else {
            std::thread::sleep(delay);
        }
        if child.try_wait().expect("a status").is_some() {
            finished_first += 1;
        } else {
            child.kill().expect("killed");
        }
        child.wait().expect("reaped");
        let moment = if watched {
            format!("killed at {target} files")
        } else {
            format!("killed after {delay:?}")
        };

        let found = files(&out);
        let outputs: BTreeMap<&String, &Vec<u8>> = found
            .iter()
            .filter(|(name, _)| !is_temporary(name))
            .collect();
        temporaries_seen += found.len() - outputs.len();
        match outputs.len() {
            0 => left_nothing += 1,
            count if count == reference.len() => left_all += 1,
            _ => left_some += 1,
        }
        for (name, bytes) in outputs {
            let Some(expected) = reference.get(name) else {
                panic!("round {round}: unexpected file {name}");
            };
            assert!(
                bytes == expected,
                "round {round} ({moment}): {name} is not a complete output"
            );
            check_whole(&out.join(name), bytes, round);
        }
    }
    eprintln!(
        "{KILLS} timed and {WATCHED_KILLS} watched rounds over a {duration:?} build: {finished_first} finished before the kill; \
         after the others, {left_nothing} left no output, {left_some} some outputs, {left_all} \
         all; {temporaries_seen} temporary files seen"
    );
    assert!(
        left_some > 0,
        "no kill landed while files were being written"
    );

    // The next run completes the folder and clears what killed runs left.
    assert!(build(&out).status().expect("runs").success());
    let found = files(&out);
    assert_eq!(
        found, reference,
        "a full run after the kills gives the reference"
    );
}

/// How many files, finished or temporary, are under `folder` (names only, nothing read).
fn count_files(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => count_files(&entry.path()),
            _ => 1,
        })
        .sum()
}

/// Reads an output the way its consumers would: JSON parses, every CSV row has as many
/// cells as the header, and `qpdf --check` accepts every PDF.
fn check_whole(path: &Path, bytes: &[u8], round: usize) {
    let name = path.display();
    match path.extension().and_then(|extension| extension.to_str()) {
        Some("json") => {
            serde_json::from_slice::<serde_json::Value>(bytes)
                .unwrap_or_else(|error| panic!("round {round}: {name}: {error}"));
        }
        Some("csv") => {
            let mut reader = csv::Reader::from_reader(bytes);
            let width = reader.headers().expect("a header").len();
            for record in reader.records() {
                let record =
                    record.unwrap_or_else(|error| panic!("round {round}: {name}: {error}"));
                assert_eq!(record.len(), width, "round {round}: {name}: a short row");
            }
        }
        Some("pdf") => {
            let output = Command::new("qpdf")
                .arg("--check")
                .arg(path)
                .output()
                .expect("qpdf runs");
            assert!(
                output.status.success(),
                "round {round}: qpdf --check {name}: {}",
                String::from_utf8_lossy(&output.stdout)
            );
        }
        _ => {}
    }
}
