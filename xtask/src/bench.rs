//! `cargo xtask bench [--quick]`: measures release-built pamphlet against the floors below
//! it and the tools a content team would use instead, on corpora from `cargo xtask corpus`,
//! and writes `BENCHMARKS.md`. Every figure of one table comes from one run on the same
//! files, and the headline figures are ratios measured side by side.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use rayon::prelude::*;

use crate::handouts::{self, Handout, median};
use crate::tools::{ensure_debian_commands, npm_tools, python_tools, run_quietly};
use crate::{project_root, target_dir};

/// The JavaScript peer, pinned.
const NPM_PACKAGES: [&str; 2] = ["ajv-cli@5.0.0", "ajv-formats@3.0.1"];

/// One measured command: the median of its runs by wall time.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Measure {
    pub(crate) wall: f64,
    cpu: f64,
    peak_kib: u64,
}

pub(crate) fn run(arguments: &[String]) -> anyhow::Result<()> {
    let quick = arguments.iter().any(|argument| argument == "--quick");
    let (small, large, runs) = if quick {
        (100, 1_000, 1)
    } else {
        (1_000, 10_000, 3)
    };
    let root = project_root();
    let work = target_dir().join("bench");
    ensure_debian_commands(&[("time", "time"), ("pdfinfo", "poppler-utils")])?;
    let python = python_tools(
        &target_dir().join("interop/venv"),
        &root.join("xtask/interop/requirements.txt"),
    )?;
    let npm = work.join("npm");
    npm_tools(&npm, &NPM_PACKAGES)?;
    println!("building pamphlet and the floor in release mode");
    release_build(&["pamphlet-cli", "xtask"])?;
    let release = target_dir().join("release");
    let pamphlet = release.join("pamphlet");
    let floor = release.join("xtask");

    let mut table = Vec::new();
    for topics in [small, large] {
        let corpus = generated(&floor, topics, &work)?;
        let files: Vec<PathBuf> = topic_files(&corpus)?;
        let bytes: u64 = files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum();
        println!("measuring {topics} topics ({} MB)", bytes / 1_000_000);
        let today = ["--today", handouts::DATE];
        let check = measure(
            runs,
            Command::new(&pamphlet)
                .arg("check")
                .arg(&corpus)
                .args(today),
        )?;
        let read_parse = measure(runs, Command::new(&floor).arg("floor").arg(&corpus))?;
        let schema = measure(
            runs,
            Command::new(&floor)
                .args(["floor", "--schema"])
                .arg(&corpus),
        )?;
        let check_jsonschema = measure(
            1,
            Command::new(python.join("check-jsonschema"))
                .arg("--schemafile")
                .arg(root.join("schema/topic.schema.json"))
                .args(&files),
        )?;
        let ajv = measure(
            1,
            Command::new(npm.join("node_modules/.bin/ajv"))
                .args([
                    "validate",
                    "--spec=draft2020",
                    "-c",
                    "ajv-formats",
                    "--strict=false",
                    "-s",
                ])
                .arg(root.join("schema/topic.schema.json"))
                .arg("-d")
                .arg(format!("{}/topics/*.yaml", corpus.display()))
                .current_dir(&npm),
        )?;
        table.push((
            topics,
            bytes,
            check,
            read_parse,
            schema,
            check_jsonschema,
            ajv,
        ));
    }

    // Exports and handouts on the smaller corpus.
    let corpus = work.join(format!("corpus-{small}"));
    let out = work.join("out");
    let export = |format: &str| -> anyhow::Result<Measure> {
        let _ = std::fs::remove_dir_all(&out);
        measure(
            runs,
            Command::new(&pamphlet)
                .args(["export", format])
                .arg(&corpus)
                .arg("--out")
                .arg(&out)
                .args(["--today", handouts::DATE]),
        )
    };
    let json = export("json")?;
    let json_bytes = folder_bytes(&out);
    let csv = export("csv")?;
    let csv_bytes = folder_bytes(&out);
    let pdf = export("pdf")?;
    let pdf_files = topic_files_with(&out, "pdf")?;
    let pdf_bytes: Vec<u64> = pdf_files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .collect();
    let pages = pdf_pages(&pdf_files[0])?;

    // The handout against Typst, on a corpus of its own (the same generator and seed).
    let typeset = if quick { 5 } else { 25 };
    let handout_corpus = generated(&floor, typeset, &work)?;
    println!("typesetting {typeset} handouts with pamphlet and with Typst");
    let (ours, typst) = handouts::both(&handout_corpus, &work.join("handouts"), &pamphlet, &floor)?;
    let sides = [side("pamphlet", &ours)?, side("Typst", &typst)?];

    println!("growing each dimension of a topic tenfold");
    let growths = crate::linearity::measure_all(&pamphlet, &work.join("linearity"), runs)?;

    let mut report = render(
        small,
        &table,
        (json, json_bytes),
        (csv, csv_bytes),
        (pdf, &pdf_bytes, pages),
        &sides,
        runs,
    )?;
    // Before the hand-written profile, which `render` appends last.
    let section = format!(
        "## Linearity: each dimension of a topic grown tenfold\n\n`xtask linearity` (also on its own): the release `pamphlet check` on a copy of the bundled\ncontent with one dimension of its topic at two sizes, median wall time of {runs} run(s).\n\n{}\n",
        crate::linearity::table(&growths)
    );
    match report.find("## Where the time goes") {
        Some(at) => report.insert_str(at, &section),
        None => report.push_str(&section),
    }
    println!("timing the language server on an edited 25 KB topic");
    let latency = crate::lsp_latency::measure(&pamphlet, &work.join("lsp"), 200)?;
    let section = format!(
        "## Language server: diagnostics after an edit\n\n`xtask lsp-latency` (also on its own): the release `pamphlet lsp` driven over stdio by\nthe tests' protocol client; each edit alternates one sentence of the summary, and its time\nruns from sending the change to receiving that version's diagnostics.\n\n{}\n",
        crate::lsp_latency::table(&latency)
    );
    match report.find("## Where the time goes") {
        Some(at) => report.insert_str(at, &section),
        None => report.push_str(&section),
    }
    println!("measuring the text heuristics on the labelled corpus");
    let report = crate::heuristics::replace_section(&report, &crate::heuristics::report()?);
    let path = root.join("BENCHMARKS.md");
    std::fs::write(&path, report).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// `xtask floor [--schema] DIR`: reads, decodes and YAML-parses every `*.yaml` under DIR
/// in parallel with pamphlet's loader, as `pamphlet check` does before anything else, and
/// nothing more; with `--schema`, also validates each topic against the generated schema
/// with the `jsonschema` validator pamphlet uses, configured as pamphlet configures it.
pub(crate) fn floor(arguments: &[String]) -> anyhow::Result<()> {
    let schema = arguments.iter().any(|argument| argument == "--schema");
    let folder = arguments
        .iter()
        .find(|argument| !argument.starts_with("--"))
        .context("usage: xtask floor [--schema] DIR")?;
    let validator = if schema {
        let value = pamphlet_schema::generate_schema(pamphlet_schema::SchemaKind::Topic);
        Some(
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .build(&value)
                .map_err(|error| anyhow::anyhow!("{error}"))?,
        )
    } else {
        None
    };
    let files = topic_files(Path::new(folder))?;
    let valid: usize = files
        .par_iter()
        .map(|file| {
            let bytes = std::fs::read(file).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            let loaded = pamphlet_check::yaml::load(&text, pamphlet_check::yaml::Budget::default());
            let Some(root) = loaded.root else {
                return 0;
            };
            let value = root.to_json();
            usize::from(
                validator
                    .as_ref()
                    .is_none_or(|validator| validator.is_valid(&value)),
            )
        })
        .sum();
    println!(
        "{valid} of {} topics parsed{}",
        files.len(),
        if schema { " and valid" } else { "" }
    );
    Ok(())
}

/// The corpus of `topics` topics under `work`, generated (seed 1) by the release `xtask`
/// at `floor` unless it is there already: drawing and checking 10,000 topics takes
/// minutes in a debug build.
fn generated(floor: &Path, topics: usize, work: &Path) -> anyhow::Result<PathBuf> {
    let out = work.join(format!("corpus-{topics}"));
    // A corpus is kept between runs; one from before the schemas were written into it
    // would warn on every file.
    if !out.join("topics").is_dir() || !out.join("schema").is_dir() {
        let _ = std::fs::remove_dir_all(&out);
        println!("generating {topics} topics into {}", out.display());
        let count = topics.to_string();
        run_quietly(
            Command::new(floor)
                .args(["corpus", "--topics", count.as_str(), "--seed", "1", "--out"])
                .arg(&out),
        )?;
    }
    Ok(out)
}

/// Builds the release `pamphlet` alone and returns its path (for the tasks that measure
/// only it).
pub(crate) fn release_pamphlet() -> anyhow::Result<PathBuf> {
    release_build(&["pamphlet-cli"])?;
    Ok(target_dir().join("release/pamphlet"))
}

/// Builds `packages` in release mode, as every measurement runs them.
fn release_build(packages: &[&str]) -> anyhow::Result<()> {
    let mut command = Command::new(cargo());
    command.args(["build", "--release", "--locked", "--quiet"]);
    for package in packages {
        command.args(["-p", package]);
    }
    run_quietly(command.current_dir(project_root()))
        .map(drop)
        .context("building in release mode")
}

pub(crate) fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

fn topic_files(corpus: &Path) -> anyhow::Result<Vec<PathBuf>> {
    topic_files_with(&corpus.join("topics"), "yaml")
}

fn topic_files_with(folder: &Path, extension: &str) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .with_context(|| format!("listing {}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|found| found == extension))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no .{extension} files in {}", folder.display());
    }
    Ok(files)
}

fn folder_bytes(folder: &Path) -> u64 {
    let mut total = 0;
    let mut pending = vec![folder.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                total += entry.metadata().map_or(0, |metadata| metadata.len());
            }
        }
    }
    total
}

fn pdf_pages(pdf: &Path) -> anyhow::Result<u64> {
    let output = run_quietly(Command::new("pdfinfo").arg(pdf))?;
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|pages| pages.trim().parse().ok())
        .context("pdfinfo gave no page count")
}

/// Runs `command` `runs` times under `/usr/bin/time` and keeps the run with the median
/// wall time. The command must succeed (pamphlet: no errors in a clean corpus).
pub(crate) fn measure(runs: usize, command: &mut Command) -> anyhow::Result<Measure> {
    let mut measures = Vec::new();
    let times = target_dir().join("bench/time.txt");
    // `linearity` and `lsp-latency` run on their own, before any bench made the folder.
    std::fs::create_dir_all(target_dir().join("bench"))?;
    for _ in 0..runs {
        let mut timed = Command::new("/usr/bin/time");
        timed
            .args(["-f", "%e %U %S %M", "-o"])
            .arg(&times)
            .arg(command.get_program())
            .args(command.get_args());
        if let Some(folder) = command.get_current_dir() {
            timed.current_dir(folder);
        }
        run_quietly(&mut timed)?;
        let text = std::fs::read_to_string(&times)?;
        let numbers: Vec<f64> = text
            .split_whitespace()
            .filter_map(|word| word.parse().ok())
            .collect();
        let [wall, user, system, peak] = numbers[..] else {
            bail!("unexpected /usr/bin/time output: {text}");
        };
        measures.push(Measure {
            wall,
            cpu: user + system,
            peak_kib: peak as u64,
        });
    }
    measures.sort_by(|a, b| a.wall.total_cmp(&b.wall));
    Ok(measures[measures.len() / 2])
}

type Row = (usize, u64, Measure, Measure, Measure, Measure, Measure);

/// One typesetter's handouts: medians over the topics, and the total time.
struct Side {
    name: &'static str,
    count: usize,
    seconds: f64,
    total: f64,
    bytes: f64,
    pages: f64,
}

fn side(name: &'static str, handouts: &[Handout]) -> anyhow::Result<Side> {
    let pages = handouts
        .iter()
        .map(|handout| pdf_pages(&handout.pdf).map(|pages| pages as f64))
        .collect::<anyhow::Result<Vec<f64>>>()?;
    Ok(Side {
        name,
        count: handouts.len(),
        seconds: median(handouts.iter().map(|handout| handout.seconds).collect()),
        total: handouts.iter().map(|handout| handout.seconds).sum(),
        bytes: median(
            handouts
                .iter()
                .map(|handout| handout.bytes as f64)
                .collect(),
        ),
        pages: median(pages),
    })
}

fn render(
    small: usize,
    table: &[Row],
    json: (Measure, u64),
    csv: (Measure, u64),
    pdf: (Measure, &[u64], u64),
    sides: &[Side; 2],
    runs: usize,
) -> anyhow::Result<String> {
    let mut out = String::new();
    let machine = machine();
    let _ = writeln!(out, "# Benchmarks\n");
    let _ = writeln!(
        out,
        "Generated by `cargo xtask bench`; do not edit. Figures are from one run of the xtask on\nthe machine below; absolute times on shared machines are noisy, so the figures that\ncount are the ratios between commands measured side by side in that run.\n"
    );
    let _ = writeln!(out, "## Method\n");
    let _ = writeln!(
        out,
        "- Corpora: `cargo xtask corpus --topics N --seed 1` (synthetic topics drawn from the bundled\n  guide, 5-15 records per list, one shared bibliography); every one passes `pamphlet check`\n  with no problems.\n- Each command is a separate process run under `/usr/bin/time`: wall time, CPU time (user +\n  system) and peak resident memory. pamphlet, the floor and the exports: median of {runs}\n  run(s); the peers: one run.\n- `pamphlet check`: the release binary, every rule on. Floor \"read + parse\": the release\n  `xtask floor` reads, decodes and YAML-parses every file in parallel as `check` does first,\n  and nothing else; \"read + parse + schema\" also validates each topic with the `jsonschema`\n  validator pamphlet uses, against the same generated schema.\n- Peers, on the same files and the same generated schema (`schema/topic.schema.json`):\n  `check-jsonschema` 0.39.0 (PyPI) and `ajv-cli` 5.0.0 with `ajv-formats` 3.0.1 (npm,\n  `--spec=draft2020`), which only validate the schema.\n"
    );
    let _ = writeln!(out, "## Machine\n\n{machine}\n");
    let _ = writeln!(out, "## Check\n");
    let _ = writeln!(
        out,
        "| topics | MB | command | wall s | CPU s | peak RSS MB | µs wall per topic |"
    );
    let _ = writeln!(out, "|---:|---:|---|---:|---:|---:|---:|");
    for (topics, bytes, check, floor, schema, check_jsonschema, ajv) in table {
        for (name, measure) in [
            ("pamphlet check (every rule)", check),
            ("floor: read + parse", floor),
            ("floor: read + parse + schema", schema),
            ("check-jsonschema", check_jsonschema),
            ("ajv-cli", ajv),
        ] {
            let _ = writeln!(
                out,
                "| {topics} | {:.1} | {name} | {:.2} | {:.2} | {:.0} | {:.0} |",
                *bytes as f64 / 1e6,
                measure.wall,
                measure.cpu,
                measure.peak_kib as f64 / 1024.0,
                measure.wall / *topics as f64 * 1e6
            );
        }
    }
    let _ = writeln!(out, "\n## Ratios and targets\n");
    let _ = writeln!(out, "| measure | value | target | met |");
    let _ = writeln!(out, "|---|---:|---:|---|");
    let mut target = |name: &str, value: f64, goal: &str, met: bool| {
        let _ = writeln!(
            out,
            "| {name} | {value:.2} | {goal} | {} |",
            if met { "yes" } else { "no" }
        );
    };
    if let Some((topics, _, check, floor, _, check_jsonschema, ajv)) = table.last() {
        target(
            &format!("check-jsonschema wall / pamphlet check wall, {topics} topics"),
            check_jsonschema.wall / check.wall,
            "≥ 30",
            check_jsonschema.wall / check.wall >= 30.0,
        );
        target(
            &format!("ajv-cli wall / pamphlet check wall, {topics} topics"),
            ajv.wall / check.wall,
            "≥ 5",
            ajv.wall / check.wall >= 5.0,
        );
        target(
            &format!("pamphlet check wall / read+parse floor wall, {topics} topics"),
            check.wall / floor.wall,
            "≤ 1.5",
            check.wall / floor.wall <= 1.5,
        );
        target(
            &format!("peak RSS of check, {topics} topics, MB"),
            check.peak_kib as f64 / 1024.0,
            "≤ 200",
            check.peak_kib as f64 / 1024.0 <= 200.0,
        );
    }
    if let [first, last] = table {
        let per = |row: &Row| row.2.wall / row.0 as f64;
        let growth = per(last) / per(first);
        target(
            &format!("per-topic wall of check at {} / at {}", last.0, first.0),
            growth,
            "≤ 1.10",
            growth <= 1.10,
        );
    }
    let (pdf_measure, pdf_bytes, pages) = pdf;
    let median_bytes = median(pdf_bytes.iter().map(|&bytes| bytes as f64).collect());
    target(
        "median handout size, KB",
        median_bytes / 1024.0,
        "≤ 60",
        median_bytes <= 60.0 * 1024.0,
    );
    let [ours, typst] = sides;
    target(
        "Typst median time per handout / pamphlet median time per handout",
        typst.seconds / ours.seconds,
        "≥ 5",
        typst.seconds / ours.seconds >= 5.0,
    );
    let _ = writeln!(out, "\n## Exports ({small} topics)\n");
    let _ = writeln!(
        out,
        "| export | wall s | CPU s | peak RSS MB | topics/s | MB written |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for (name, (measure, bytes)) in [
        ("json", json),
        ("csv", csv),
        ("pdf", (pdf_measure, pdf_bytes.iter().sum())),
    ] {
        let _ = writeln!(
            out,
            "| {name} | {:.2} | {:.2} | {:.0} | {:.0} | {:.1} |",
            measure.wall,
            measure.cpu,
            measure.peak_kib as f64 / 1024.0,
            small as f64 / measure.wall,
            bytes as f64 / 1e6
        );
    }
    let _ = writeln!(
        out,
        "\nHandouts: {:.1} ms wall per handout (the whole export divided by {small}, handouts in\nparallel), median size {:.1} KB, {pages} pages (A4) for the first topic.\n",
        pdf_measure.wall / small as f64 * 1000.0,
        median_bytes / 1024.0
    );
    let _ = writeln!(
        out,
        "## Handouts: pamphlet against Typst ({} topics, A4)\n",
        ours.count
    );
    let _ = writeln!(
        out,
        "Each topic's handout typeset by pamphlet (`xtask handouts`: `pamphlet_pdf::handout` on one\nthread) and by Typst 0.15.1 (`typst` 0.15.2 from PyPI, `typst.compile` of\n`xtask/bench/handout.typ` on pamphlet's JSON export of the topic, tagged like pamphlet's, same DejaVu Sans\nfiles, same elements in the same order). Each side runs in one process, one handout after\nanother, timing only the typesetting; Typst's first handout includes parsing its template\nand fonts, pamphlet's its fonts.\n"
    );
    let _ = writeln!(
        out,
        "| typesetter | median ms per handout | total s | median KB | median pages |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|");
    for side in sides {
        let _ = writeln!(
            out,
            "| {} | {:.1} | {:.2} | {:.1} | {:.0} |",
            side.name,
            side.seconds * 1000.0,
            side.total,
            side.bytes / 1024.0,
            side.pages
        );
    }
    let _ = writeln!(
        out,
        "\nTypst takes {:.1}× pamphlet's time per handout; its files are {:.1}× the size.\n",
        typst.seconds / ours.seconds,
        typst.bytes / ours.bytes
    );
    // Where the time goes comes from a profiler run by hand (callgrind counts instructions,
    // so it is repeatable); its notes are kept beside the xtask and copied in.
    if let Ok(profile) = std::fs::read_to_string(project_root().join("xtask/bench/profile.md")) {
        out.push('\n');
        out.push_str(&profile);
    }
    Ok(out)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|line| {
                line.strip_prefix("model name")
                    .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .next()
                .map(|line| line.split_whitespace().nth(1).unwrap_or("0").to_owned())
        })
        .and_then(|kib| kib.parse::<u64>().ok())
        .map_or_else(
            || "unknown".to_owned(),
            |kib| format!("{:.0} GiB", kib as f64 / 1024.0 / 1024.0),
        );
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("- CPU: {cpu}, {cores} cores available\n- memory: {memory}\n- {rustc}, release profile")
}
