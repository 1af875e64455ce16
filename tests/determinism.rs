//! Outputs are functions of the content alone: the same bytes whatever the number of
//! threads (`--jobs`), the time zone or the locale of the machine that runs pamphlet.

mod support;

use std::path::Path;

use support::{TODAY, content, copy_tree, files, fixtures};

/// The settings a run may differ in: threads, time zone, locale.
const MACHINES: [(&str, &str, &str); 3] = [
    ("1", "UTC", "C.UTF-8"),
    ("8", "Asia/Kathmandu", "tr_TR.UTF-8"),
    ("3", "America/St_Johns", "de_DE.UTF-8"),
];

fn run_on(
    machine: (&str, &str, &str),
    directory: &Path,
    arguments: &[&str],
) -> std::process::Output {
    let (jobs, zone, locale) = machine;
    assert_cmd::Command::cargo_bin("pamphlet")
        .expect("the pamphlet binary is built")
        .current_dir(directory)
        .env("PAMPHLET_TODAY", TODAY)
        .env("PAMPHLET_JOBS", jobs)
        .env("TZ", zone)
        .env("LANG", locale)
        .env("LC_ALL", locale)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(arguments)
        .output()
        .expect("pamphlet runs")
}

/// The bundled content plus copies of its topic under other ids, so that several files
/// are checked and several handouts printed at once.
fn several_topics(root: &Path) {
    copy_tree(&content(), root);
    let topic = std::fs::read_to_string(root.join("topics/hip-trigger-points.yaml"))
        .expect("the bundled topic");
    for copy in [
        "hip-trigger-points-copy-a",
        "hip-trigger-points-copy-b",
        "hip-trigger-points-copy-c",
    ] {
        let text = topic.replacen("id: hip-trigger-points", &format!("id: {copy}"), 1);
        std::fs::write(root.join(format!("topics/{copy}.yaml")), text).expect("a copy");
    }
}

#[test]
fn builds_are_identical_across_threads_time_zones_and_locales() {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let tree = scratch.path().join("content");
    several_topics(&tree);
    let mut builds = Vec::new();
    for (index, machine) in MACHINES.into_iter().enumerate() {
        let out = format!("../out-{index}");
        let output = run_on(machine, &tree, &["build", ".", "--out", &out]);
        assert!(
            output.status.success(),
            "{machine:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        builds.push(files(&scratch.path().join(format!("out-{index}"))));
    }
    assert_eq!(
        builds[0]
            .keys()
            .filter(|name| name.starts_with("pdf/"))
            .count(),
        // The original, its three copies and the bundled Spanish translation.
        5,
        "{:?}",
        builds[0].keys()
    );
    for (machine, build) in MACHINES.iter().zip(&builds).skip(1) {
        assert_eq!(
            build.keys().collect::<Vec<_>>(),
            builds[0].keys().collect::<Vec<_>>()
        );
        for (name, bytes) in build {
            assert!(bytes == &builds[0][name], "{name} differs on {machine:?}");
        }
    }
}

#[test]
fn diagnostics_are_identical_across_threads_time_zones_and_locales() {
    // The seed article has many problems in one file; the rule fixtures add many files.
    for tree in [
        fixtures().join("seed-article"),
        fixtures().join("rules/PAM304-duplicate-id"),
    ] {
        for format in ["json", "sarif", "human"] {
            let outputs: Vec<Vec<u8>> = MACHINES
                .into_iter()
                .map(|machine| run_on(machine, &tree, &["check", ".", "--format", format]).stdout)
                .collect();
            assert!(!outputs[0].is_empty());
            for (machine, output) in MACHINES.iter().zip(&outputs).skip(1) {
                assert!(
                    output == &outputs[0],
                    "{} --format {format} differs on {machine:?}",
                    tree.display()
                );
            }
        }
    }
}

/// Today's date in UTC, from the system clock.
fn utc_today() -> pamphlet_schema::IsoDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs();
    pamphlet_schema::IsoDate::from_unix_seconds(i64::try_from(seconds).expect("a plausible time"))
        .expect("a date")
}

#[test]
fn the_clock_gives_the_utc_date_in_every_time_zone() {
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are 25 hours apart, so their local dates
    // always differ: a pamphlet that took today from local time would count one day more
    // or less in one of them. Here no PAMPHLET_TODAY is set: the clock itself is read.
    let zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"];
    for _attempt in 0..3 {
        let today = utc_today();
        let scratch = tempfile::tempdir().expect("a temporary folder");
        copy_tree(
            &fixtures().join("rules/PAM503-review-due-soon"),
            scratch.path(),
        );
        let topic_path = scratch.path().join("topics/hip-pain.yaml");
        let topic = std::fs::read_to_string(&topic_path).expect("the fixture's topic");
        let topic = topic
            .replacen(
                "last_reviewed: 2025-12-15",
                &format!("last_reviewed: {}", today.plus_days(-300)),
                1,
            )
            .replacen(
                "next_review: 2026-12-15",
                &format!("next_review: {}", today.plus_days(30)),
                1,
            );
        std::fs::write(&topic_path, topic).expect("the dated topic");
        let outputs: Vec<String> = zones
            .iter()
            .map(|zone| {
                let output = assert_cmd::Command::cargo_bin("pamphlet")
                    .expect("the pamphlet binary is built")
                    .current_dir(scratch.path())
                    .env_remove("PAMPHLET_TODAY")
                    .env("TZ", zone)
                    .env("NO_COLOR", "1")
                    .args(["check", ".", "--format", "json"])
                    .output()
                    .expect("pamphlet runs");
                String::from_utf8_lossy(&output.stdout).into_owned()
            })
            .collect();
        if utc_today() != today {
            // Midnight UTC passed during the runs: try again on the new day.
            continue;
        }
        for (zone, output) in zones.iter().zip(&outputs) {
            assert!(
                output.contains("in 30 days"),
                "{zone}: the review is not 30 days away in UTC:\n{output}"
            );
        }
        return;
    }
    panic!("the UTC date changed during each of three attempts");
}
