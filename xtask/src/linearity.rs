//! `xtask linearity`: grows one dimension of a topic at a time tenfold (keys of a mapping,
//! records in a list, words in a field, sentences, nesting, aliases, files) and times the
//! release `pamphlet check` on both sizes. A check that is linear in its input takes about
//! ten times as long on the tenfold input; the startup both share pulls the ratio below
//! ten, and a quadratic path pushes it towards a hundred. The larger sizes stay within the
//! default budgets (4 MiB a file, 250,000 nodes), so that the check does the work.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context;

use crate::bench::{Measure, measure};
use crate::handouts::DATE;
use crate::project_root;

/// A ratio above this says the dimension is not linear.
pub(crate) const LIMIT: f64 = 15.0;

/// One dimension: its name, what one unit is, the smaller size, and how to make a tree
/// of `n` units in a folder that already holds the bundled content.
struct Dimension {
    name: &'static str,
    unit: &'static str,
    small: usize,
    make: fn(&Path, usize) -> anyhow::Result<()>,
}

const DIMENSIONS: &[Dimension] = &[
    Dimension {
        name: "keys of one mapping",
        unit: "unknown top-level keys",
        small: 10_000,
        make: keys,
    },
    Dimension {
        name: "records in one list",
        unit: "causes",
        small: 1_000,
        make: records,
    },
    Dimension {
        name: "words in one field",
        unit: "distinct words in the summary, no full stop",
        small: 40_000,
        make: words,
    },
    Dimension {
        name: "sentences in one field",
        unit: "sentences in the summary",
        small: 1_000,
        make: sentences,
    },
    Dimension {
        name: "nesting",
        unit: "levels of nested lists (the budget allows 64)",
        small: 6,
        make: nesting,
    },
    Dimension {
        name: "aliases",
        unit: "aliases of one anchored mapping",
        small: 4_000,
        make: aliases,
    },
    Dimension {
        name: "files",
        unit: "topics",
        small: 50,
        make: files,
    },
];

/// One dimension measured: its sizes and the median wall time of each.
pub(crate) struct Growth {
    pub(crate) name: &'static str,
    pub(crate) unit: &'static str,
    pub(crate) small: usize,
    pub(crate) small_time: Measure,
    pub(crate) large_time: Measure,
}

impl Growth {
    pub(crate) fn ratio(&self) -> f64 {
        self.large_time.wall / self.small_time.wall.max(1e-3)
    }
}

/// Measures every dimension with the release `pamphlet` at `pamphlet`, in `work`, each
/// size `runs` times (the median counts).
pub(crate) fn measure_all(
    pamphlet: &Path,
    work: &Path,
    runs: usize,
) -> anyhow::Result<Vec<Growth>> {
    crate::interop::write_schemas(work)?;
    let mut growths = Vec::new();
    for dimension in DIMENSIONS {
        let mut times = Vec::new();
        for size in [dimension.small, dimension.small * 10] {
            let tree = work.join(format!("{}-{size}", dimension.name.replace(' ', "-")));
            let _ = std::fs::remove_dir_all(&tree);
            copy_content(&tree)?;
            (dimension.make)(&tree, size)
                .with_context(|| format!("making {} {}", size, dimension.unit))?;
            println!("linearity: {} {}", size, dimension.unit);
            let mut command = Command::new(pamphlet);
            command
                .current_dir(&tree)
                .args(["check", ".", "--format", "json", "--today", DATE]);
            times.push(measure_checked(runs, &mut command)?);
            std::fs::remove_dir_all(&tree).ok();
        }
        let [small_time, large_time] = times[..] else {
            anyhow::bail!("two sizes were measured");
        };
        growths.push(Growth {
            name: dimension.name,
            unit: dimension.unit,
            small: dimension.small,
            small_time,
            large_time,
        });
    }
    Ok(growths)
}

/// `measure`, for a check that may exit 1 (the grown trees have problems on purpose).
fn measure_checked(runs: usize, command: &mut Command) -> anyhow::Result<Measure> {
    let mut wrapped = Command::new("sh");
    wrapped
        .arg("-c")
        .arg("\"$@\" > /dev/null; test $? -le 1")
        .arg("check");
    wrapped.arg(command.get_program()).args(command.get_args());
    if let Some(folder) = command.get_current_dir() {
        wrapped.current_dir(folder);
    }
    measure(runs, &mut wrapped)
}

/// The Markdown table of `growths`.
pub(crate) fn table(growths: &[Growth]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| dimension | grown | from | to | wall s | wall s ×10 | ratio (linear: about 10, at most {LIMIT}) |"
    );
    let _ = writeln!(out, "|---|---|---:|---:|---:|---:|---:|");
    for growth in growths {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {:.2} | {:.2} | {:.1}{} |",
            growth.name,
            growth.unit,
            growth.small,
            growth.small * 10,
            growth.small_time.wall,
            growth.large_time.wall,
            growth.ratio(),
            if growth.ratio() > LIMIT {
                " (not linear)"
            } else {
                ""
            }
        );
    }
    out
}

/// `xtask linearity`: the table for the release build, printed.
pub(crate) fn run() -> anyhow::Result<()> {
    let pamphlet = crate::bench::release_pamphlet()?;
    let work = crate::target_dir().join("linearity");
    std::fs::create_dir_all(&work)?;
    let growths = measure_all(&pamphlet, &work, 3)?;
    print!("{}", table(&growths));
    let worst = growths.iter().map(Growth::ratio).fold(0.0, f64::max);
    anyhow::ensure!(
        worst <= LIMIT,
        "a dimension grew {worst:.1} times slower for ten times the input"
    );
    Ok(())
}

fn content() -> PathBuf {
    project_root().join("content")
}

const TOPIC: &str = "topics/hip-trigger-points.yaml";

fn copy_content(to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to.join("topics"))?;
    for file in ["pamphlet.toml", "bibliography.yaml", TOPIC] {
        std::fs::copy(content().join(file), to.join(file))
            .with_context(|| format!("copying {file}"))?;
    }
    Ok(())
}

fn topic_text(tree: &Path) -> anyhow::Result<String> {
    Ok(std::fs::read_to_string(tree.join(TOPIC))?)
}

fn write_topic(tree: &Path, text: &str) -> anyhow::Result<()> {
    Ok(std::fs::write(tree.join(TOPIC), text)?)
}

/// Replaces the summary's first words with `text`.
fn summary(tree: &Path, text: &str) -> anyhow::Result<()> {
    let topic = topic_text(tree)?;
    let marker = "summary: >-\n  ";
    anyhow::ensure!(
        topic.contains(marker),
        "the bundled topic has a folded summary"
    );
    write_topic(
        tree,
        &topic.replacen(marker, &format!("{marker}{text} "), 1),
    )
}

fn keys(tree: &Path, count: usize) -> anyhow::Result<()> {
    let mut topic = topic_text(tree)?;
    for index in 0..count {
        let _ = writeln!(topic, "k{index}: 0");
    }
    write_topic(tree, &topic)
}

fn records(tree: &Path, count: usize) -> anyhow::Result<()> {
    let topic = topic_text(tree)?;
    let mut causes = String::from("causes:\n");
    for index in 0..count {
        let _ = write!(
            causes,
            "  - id: muscle-overuse-{index}\n    name: Muscle overuse {index}\n    description: >-\n      Repeated small strains on a muscle can start trigger points in the hip.\n    sources: [shah-2015]\n"
        );
    }
    write_topic(tree, &topic.replacen("causes:\n", &causes, 1))
}

fn words(tree: &Path, count: usize) -> anyhow::Result<()> {
    let words: Vec<String> = (1..=count)
        .map(|index| {
            let mut word = String::from("q");
            let mut rest = index;
            while rest > 0 {
                word.push(char::from(b'a' + (rest % 26) as u8));
                rest /= 26;
            }
            word
        })
        .collect();
    summary(tree, &words.join(" "))
}

fn sentences(tree: &Path, count: usize) -> anyhow::Result<()> {
    let sentence = "A trigger point is a tender spot in a tight band of muscle in the hip.";
    summary(tree, &vec![sentence; count].join(" "))
}

fn nesting(tree: &Path, depth: usize) -> anyhow::Result<()> {
    let mut topic = topic_text(tree)?;
    let _ = writeln!(topic, "nested: {}1{}", "[".repeat(depth), "]".repeat(depth));
    write_topic(tree, &topic)
}

fn aliases(tree: &Path, count: usize) -> anyhow::Result<()> {
    let mut topic = topic_text(tree)?;
    topic.push_str("shared: &shared {a: 1, b: two}\ncopies:\n");
    for _ in 0..count {
        topic.push_str("  - *shared\n");
    }
    write_topic(tree, &topic)
}

fn files(tree: &Path, count: usize) -> anyhow::Result<()> {
    let topic = topic_text(tree)?;
    for index in 1..count {
        let copy = topic.replacen(
            "id: hip-trigger-points\n",
            &format!("id: hip-trigger-points-{index}\n"),
            1,
        );
        std::fs::write(tree.join(format!("topics/copy-{index}.yaml")), copy)?;
    }
    Ok(())
}
