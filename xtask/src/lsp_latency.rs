//! `cargo xtask lsp-latency` (and a section of `bench`): how long `pamphlet lsp` takes to
//! publish the diagnostics of an edited 25 KB topic, as an editor sees it: from sending a
//! change to receiving the diagnostics of that version, over standard input and output,
//! through the same protocol client the tests use. The peer measured in the same run is a
//! one-shot `pamphlet check` of the same tree (process start, the tree read and checked).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::Context;

#[path = "../../tests/lsp_client.rs"]
mod lsp_client;

use lsp_client::{Client, uri};

/// The date the tree is checked against, so that the findings do not change by the day.
const TODAY: &str = "2026-12-02";
/// The size the edited topic is brought to.
const TOPIC_BYTES: usize = 25 * 1024;

/// Latencies of one run, in milliseconds.
pub(crate) struct Latency {
    pub(crate) edits: usize,
    pub(crate) topic_bytes: usize,
    pub(crate) median: f64,
    pub(crate) p95: f64,
    pub(crate) max: f64,
    /// A one-shot `pamphlet check` of the same tree, median of five.
    pub(crate) check: f64,
}

pub(crate) fn run() -> anyhow::Result<()> {
    let pamphlet = crate::bench::release_pamphlet()?;
    let latency = measure(&pamphlet, &crate::target_dir().join("lsp-latency"), 200)?;
    println!("{}", table(&latency));
    Ok(())
}

pub(crate) fn measure(pamphlet: &Path, work: &Path, edits: usize) -> anyhow::Result<Latency> {
    let (tree, topic, text) = tree(work)?;
    let topic_uri = uri(&topic);
    let (mut client, _) = Client::initialized(pamphlet, TODAY);
    client.open(&topic_uri, &text);
    client.diagnostics(&topic_uri);
    // Alternate between the guide and the guide with one sentence changed, as a writer
    // typing in one field does.
    let edited = text.replacen(
        "summary: >-\n",
        "summary: >-\n  Many people get better. \n",
        1,
    );
    let mut times = Vec::with_capacity(edits);
    for edit in 0..edits {
        let version = i64::try_from(edit).unwrap_or(i64::MAX) + 2;
        let body = if edit % 2 == 0 { &edited } else { &text };
        let started = Instant::now();
        client.change(&topic_uri, version, body);
        client.diagnostics(&topic_uri);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let status = client.stop();
    anyhow::ensure!(status.success(), "pamphlet lsp exited with {status}");
    let mut checks = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let output = Command::new(pamphlet)
            .arg("check")
            .arg(&tree)
            .args(["--today", TODAY, "--format", "json"])
            .output()
            .context("running pamphlet check")?;
        checks.push(started.elapsed().as_secs_f64() * 1000.0);
        anyhow::ensure!(
            output.status.code().is_some_and(|code| code <= 1),
            "check failed"
        );
    }
    times.sort_by(f64::total_cmp);
    checks.sort_by(f64::total_cmp);
    let at = |share: f64| times[((times.len() as f64 * share).ceil() as usize).saturating_sub(1)];
    Ok(Latency {
        edits,
        topic_bytes: text.len(),
        median: at(0.5),
        p95: at(0.95),
        max: at(1.0),
        check: checks[checks.len() / 2],
    })
}

/// A copy of the bundled tree whose English guide is brought to 25 KB with more records
/// of the kinds it has (its causes again, under new ids).
fn tree(work: &Path) -> anyhow::Result<(PathBuf, PathBuf, String)> {
    let tree = work.join("tree");
    if tree.exists() {
        std::fs::remove_dir_all(&tree).with_context(|| format!("removing {}", tree.display()))?;
    }
    crate::interop::copy_folder(&crate::project_root().join("content"), &tree)?;
    crate::interop::write_schemas(work)?;
    let topic = tree.join("topics/hip-trigger-points.yaml");
    let mut text = std::fs::read_to_string(&topic).context("reading the guide")?;
    let causes_start = text.find("\ncauses:\n").context("the guide lists causes")? + 9;
    let causes_end = causes_start
        + text[causes_start..]
            .find("\n\n")
            .context("a blank line after the causes")?;
    let causes = text[causes_start..causes_end].to_owned();
    let mut copy = 1;
    while text.len() < TOPIC_BYTES {
        let renamed = causes.replace("  - id: ", &format!("  - id: more-{copy}-"));
        text.insert_str(causes_end, &format!("\n{renamed}"));
        copy += 1;
    }
    std::fs::write(&topic, &text).context("writing the guide")?;
    Ok((tree, topic, text))
}

pub(crate) fn table(latency: &Latency) -> String {
    format!(
        "| measure | time |\n|---|---:|\n\
         | edit to diagnostics, median of {edits} edits | {median:.1} ms |\n\
         | edit to diagnostics, 95th percentile | {p95:.1} ms |\n\
         | edit to diagnostics, slowest | {max:.1} ms |\n\
         | one-shot `pamphlet check` of the same tree (peer), median of 5 | {check:.1} ms |\n\
         | 95th percentile / one-shot check | {ratio:.2} |\n\n\
         Target: the 95th percentile within 50 ms for a topic of {bytes} bytes: {verdict}.\n",
        edits = latency.edits,
        median = latency.median,
        p95 = latency.p95,
        max = latency.max,
        check = latency.check,
        ratio = latency.p95 / latency.check,
        bytes = latency.topic_bytes,
        verdict = if latency.p95 <= 50.0 { "met" } else { "missed" },
    )
}
