//! The handout benchmark: the same topics typeset by pamphlet and by a Typst template fed
//! by pamphlet's JSON export (`xtask/bench/handout.typ`, the `typst` package from PyPI),
//! each side in one process, one handout at a time, on the same paper and the same font.
//! `xtask handouts DIR --out OUT` is pamphlet's side; `typst_handouts.py` is Typst's.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};
use pamphlet_check::{CheckOptions, check};
use pamphlet_model::Library;
use pamphlet_pdf::{Paper, PdfOptions, handout};
use pamphlet_schema::IsoDate;

use crate::tools::{python_tools, run_quietly};
use crate::{project_root, target_dir};

/// The date both sides print (pamphlet's `SOURCE_DATE_EPOCH`, Typst's `timestamp`).
pub(crate) const DATE: &str = "2026-12-02";

/// One handout: how long it took to typeset and how large it is.
#[derive(Clone, Debug)]
pub(crate) struct Handout {
    pub(crate) seconds: f64,
    pub(crate) bytes: u64,
    pub(crate) pdf: PathBuf,
}

/// `xtask handouts DIR --out OUT`: checks the content tree DIR, then typesets each topic's
/// A4 handout on this thread, one after the other, writing `OUT/<id>.pdf` and printing
/// `<id> <seconds> <bytes>` for each (only the typesetting is timed).
pub(crate) fn run(arguments: &[String]) -> anyhow::Result<()> {
    let usage = "usage: xtask handouts DIR --out OUT";
    let [content, flag, out] = arguments else {
        bail!("{usage}");
    };
    if flag != "--out" {
        bail!("{usage}");
    }
    let out = Path::new(out);
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let today = IsoDate::parse(DATE).map_err(anyhow::Error::msg)?;
    let report = check(
        &[PathBuf::from(content)],
        &CheckOptions {
            today,
            keep_content: true,
        },
    )?;
    if report.has_errors() {
        bail!("{content} has errors: run `pamphlet check {content}`");
    }
    let options = PdfOptions {
        paper: Paper::A4,
        large_print: false,
        source_date: Some(today),
        fonts: None,
    };
    for tree in &report.trees {
        let topics = tree.topics.iter().map(|(_, topic)| topic);
        let library = Library::resolve(&tree.settings.clinic, topics, tree.bibliography.as_ref())?;
        for topic in &library.topics {
            let start = Instant::now();
            let bytes = handout(topic, &library.clinic, &options)?;
            let seconds = start.elapsed().as_secs_f64();
            let path = out.join(format!("{}.pdf", topic.id));
            std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
            println!("{} {seconds:.6} {}", topic.id, bytes.len());
        }
    }
    Ok(())
}

/// Both sides of the benchmark on the content tree `corpus`, under `work`: pamphlet's
/// handouts (by `xtask`, the release build at `xtask`) and Typst's, from the JSON export
/// of the same tree made by the release `pamphlet`.
pub(crate) fn both(
    corpus: &Path,
    work: &Path,
    pamphlet: &Path,
    xtask: &Path,
) -> anyhow::Result<(Vec<Handout>, Vec<Handout>)> {
    let root = project_root();
    let python = python_tools(
        &target_dir().join("bench/venv"),
        &root.join("xtask/bench/requirements.txt"),
    )?;
    // The font pamphlet embeds, from the same crate, so that both sides set the same glyphs.
    let fonts = work.join("fonts");
    std::fs::create_dir_all(&fonts)?;
    std::fs::write(fonts.join("DejaVuSans.ttf"), dejavu::sans::regular())?;
    std::fs::write(fonts.join("DejaVuSans-Bold.ttf"), dejavu::sans::bold())?;

    let export = work.join("json");
    let _ = std::fs::remove_dir_all(&export);
    run_quietly(
        Command::new(pamphlet)
            .args(["export", "json"])
            .arg(corpus)
            .arg("--out")
            .arg(&export)
            .args(["--today", DATE]),
    )?;

    let ours_out = work.join("pamphlet");
    let _ = std::fs::remove_dir_all(&ours_out);
    let ours = run_quietly(
        Command::new(xtask)
            .arg("handouts")
            .arg(corpus)
            .arg("--out")
            .arg(&ours_out),
    )?;
    let typst_out = work.join("typst");
    let _ = std::fs::remove_dir_all(&typst_out);
    let typst = run_quietly(
        Command::new(python.join("python"))
            .arg(root.join("xtask/bench/typst_handouts.py"))
            .arg(root.join("xtask/bench/handout.typ"))
            .arg(&export)
            .arg(&fonts)
            .arg("a4")
            .arg(&typst_out),
    )?;
    let ours = parse(&String::from_utf8_lossy(&ours.stdout), &ours_out)?;
    let typst = parse(&String::from_utf8_lossy(&typst.stdout), &typst_out)?;
    if ours.len() != typst.len() || ours.is_empty() {
        bail!(
            "pamphlet made {} handouts and Typst {}; both should make one per topic",
            ours.len(),
            typst.len()
        );
    }
    Ok((ours, typst))
}

/// Reads the `<id> <seconds> <bytes>` lines of one side.
fn parse(text: &str, folder: &Path) -> anyhow::Result<Vec<Handout>> {
    text.lines()
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [id, seconds, bytes] = words[..] else {
                bail!("unexpected line from a handout run: {line}");
            };
            Ok(Handout {
                seconds: seconds.parse().context("seconds")?,
                bytes: bytes.parse().context("bytes")?,
                pdf: folder.join(format!("{id}.pdf")),
            })
        })
        .collect()
}

/// The median of `values` (the upper one of an even count).
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
}
