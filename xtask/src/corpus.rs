//! `cargo xtask corpus --topics N [--seed S] [--faults F] --out DIR`: a deterministic
//! generator of content trees for benchmarks. Every topic is drawn from the bundled guide:
//! 5 to 15 records per list, sampled from its records under new ids, each text field cut
//! to its first 1 to n sentences (so lengths and vocabulary vary while the text stays
//! readable and on topic), all citing one shared bibliography. With
//! `--faults F`, that share of records gets a real fault (no source, a dangling citation,
//! a placeholder, an absolute claim). The same arguments always give the same bytes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde_json::{Map, Value};

use crate::project_root;

/// What to generate.
pub(crate) struct Corpus {
    pub(crate) topics: usize,
    pub(crate) seed: u64,
    pub(crate) faults: f64,
    pub(crate) out: PathBuf,
}

impl Corpus {
    pub(crate) fn from_arguments(arguments: &[String]) -> anyhow::Result<Corpus> {
        let mut corpus = Corpus {
            topics: 0,
            seed: 1,
            faults: 0.0,
            out: PathBuf::new(),
        };
        let mut words = arguments.iter();
        while let Some(flag) = words.next() {
            let value = words
                .next()
                .with_context(|| format!("{flag} needs a value"))?;
            match flag.as_str() {
                "--topics" => corpus.topics = value.parse().context("--topics N")?,
                "--seed" => corpus.seed = value.parse().context("--seed S")?,
                "--faults" => corpus.faults = value.parse().context("--faults 0.1")?,
                "--out" => corpus.out = PathBuf::from(value),
                _ => bail!("unknown option {flag}"),
            }
        }
        if corpus.topics == 0 || corpus.out.as_os_str().is_empty() {
            bail!("usage: cargo xtask corpus --topics N [--seed S] [--faults F] --out DIR");
        }
        if !(0.0..=1.0).contains(&corpus.faults) {
            bail!("--faults is a share between 0 and 1");
        }
        Ok(corpus)
    }
}

pub(crate) fn run(arguments: &[String]) -> anyhow::Result<()> {
    let corpus = Corpus::from_arguments(arguments)?;
    let written = generate(&corpus)?;
    println!(
        "corpus: {} topics ({} records with faults) in {}",
        corpus.topics,
        written,
        corpus.out.display()
    );
    Ok(())
}

/// The record lists of a topic, and the text fields recombined in each.
const LISTS: [(&str, &[&str]); 6] = [
    ("causes", &["description"]),
    ("symptoms", &["description"]),
    ("red_flags", &[]),
    (
        "treatments",
        &["description", "how_it_works", "benefits", "risks"],
    ),
    ("recovery", &[]),
    ("questions", &[]),
];

/// Writes the tree; returns how many records were given a fault.
pub(crate) fn generate(corpus: &Corpus) -> anyhow::Result<usize> {
    let (topic, bibliography) = bundled()?;
    let mut random = Random(corpus.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let topics = corpus.out.join("topics");
    std::fs::create_dir_all(&topics).with_context(|| format!("creating {}", topics.display()))?;
    let mut cited = std::collections::BTreeSet::new();
    let mut faulty = 0;
    let today = pamphlet_schema::IsoDate::parse("2026-12-02")
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    let settings = pamphlet_check::settings::Settings::new(today);
    for number in 1..=corpus.topics {
        // Some draws leave a sentence with too few words in common with the rest of its
        // topic (an off-topic warning); such a draw is made again, so that a corpus
        // without faults is clean.
        let mut attempts = 0;
        let mut generated = loop {
            let generated = draw(&topic, number, &mut random);
            let text = topic_text(&generated);
            let clean = pamphlet_check::check_bytes(
                Path::new("topic.yaml"),
                text.as_bytes(),
                pamphlet_schema::SchemaKind::Topic,
                &settings,
            )
            .is_empty();
            attempts += 1;
            if clean {
                break generated;
            }
            if attempts == 100 {
                bail!("no clean draw for topic {number} in 100 attempts");
            }
        };
        for (list, _) in LISTS {
            for record in generated[list].as_array_mut().into_iter().flatten() {
                if list != "questions" && random.unit() < corpus.faults {
                    add_fault(record, list, random.below(4));
                    faulty += 1;
                }
                for source in record["sources"].as_array().into_iter().flatten() {
                    cited.insert(source.as_str().unwrap_or_default().to_owned());
                }
            }
        }
        let path = topics.join(format!("topic-{number:05}.yaml"));
        std::fs::write(&path, topic_text(&generated))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    // One shared bibliography, holding the sources the corpus cites (an uncited one is an error).
    let mut shared = bibliography;
    if let Some(sources) = shared["sources"].as_array_mut() {
        sources.retain(|source| cited.contains(source["id"].as_str().unwrap_or_default()));
    }
    let mut text =
        String::from("# yaml-language-server: $schema=schema/bibliography.schema.json\n");
    emit(&shared, 0, &mut text);
    write(&corpus.out.join("bibliography.yaml"), &text)?;
    // The schemas inside the tree, as `pamphlet init` lays one out.
    crate::interop::write_schemas(&corpus.out)?;
    write(
        &corpus.out.join("pamphlet.toml"),
        "# A synthetic benchmark corpus made by `cargo xtask corpus`: not health advice.\n\
         [clinic]\nname = \"pamphlet benchmark corpus\"\ncontact = \"synthetic data\"\n",
    )?;
    Ok(faulty)
}

/// One topic drawn from the bundled `topic`, numbered `number`.
fn draw(topic: &Value, number: usize, random: &mut Random) -> Value {
    let mut generated = topic.clone();
    generated["id"] = Value::from(format!("topic-{number:05}"));
    generated["title"] = Value::from(format!(
        "{} (synthetic guide {number})",
        topic["title"].as_str().unwrap_or_default()
    ));
    for (list, fields) in LISTS {
        let pool = topic[list].as_array().cloned().unwrap_or_default();
        let count = 5 + random.below(11);
        let mut records = Vec::with_capacity(count);
        for index in 0..count {
            let mut record = pool[random.below(pool.len())].clone();
            if let Some(id) = record["id"].as_str() {
                record["id"] = Value::from(format!("{id}-{index}"));
            }
            // The first 1 to n sentences of each text field: lengths vary, and each
            // sentence stays with the record whose words it shares.
            for field in fields {
                let text = record[*field].as_str().unwrap_or_default().to_owned();
                let sentences: Vec<&str> = text
                    .split_inclusive(". ")
                    .map(str::trim)
                    .filter(|sentence| !sentence.is_empty())
                    .collect();
                let take = 1 + random.below(sentences.len().max(1));
                record[*field] = Value::from(sentences[..take.min(sentences.len())].join(" "));
            }
            if list == "recovery" {
                record["weeks"] = serde_json::json!({"from": 2 * index + 1, "to": 2 * index + 2});
            }
            records.push(record);
        }
        generated[list] = Value::Array(records);
    }
    generated
}

pub(crate) fn topic_text(topic: &Value) -> String {
    let mut text = String::from("# yaml-language-server: $schema=../schema/topic.schema.json\n");
    emit(topic, 0, &mut text);
    text
}

fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

/// The bundled guide and bibliography as JSON values, read through the checker.
fn bundled() -> anyhow::Result<(Value, Value)> {
    let today = pamphlet_schema::IsoDate::parse("2026-12-02")
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    let report = pamphlet_check::check(
        &[project_root().join("content")],
        &pamphlet_check::CheckOptions {
            today,
            keep_content: true,
        },
    )?;
    let tree = report
        .trees
        .into_iter()
        .next()
        .context("content/ holds no tree")?;
    // The original: a translation has no text of its own to draw from in English.
    let (_, topic) = tree
        .topics
        .into_iter()
        .find(|(_, topic)| topic.translation_of.is_none())
        .context("content/ holds no topic that is not a translation")?;
    let bibliography = tree.bibliography.context("content/ has no bibliography")?;
    Ok((
        serde_json::to_value(topic)?,
        serde_json::to_value(bibliography)?,
    ))
}

fn add_fault(record: &mut Value, list: &str, kind: usize) {
    let text_field = match list {
        "red_flags" => "sign",
        "recovery" => "name",
        _ => "description",
    };
    match kind {
        0 => record["sources"] = Value::Array(Vec::new()),
        1 => {
            if let Some(sources) = record["sources"].as_array_mut() {
                sources.push(Value::from("no-such-source-2099"));
            }
        }
        2 => record[text_field] = Value::from("TODO"),
        _ => {
            let text = record[text_field].as_str().unwrap_or_default().to_owned();
            record[text_field] = Value::from(format!("{text} This cures the pain for good."));
        }
    }
}

/// Writes `value` as block-style YAML: mappings and sequences indented, text plain where
/// YAML reads it back as the same text, double-quoted (JSON escapes) otherwise.
fn emit(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) => emit_mapping(map, indent, out),
        Value::Array(items) => {
            for item in items {
                let _ = write!(out, "{}- ", " ".repeat(indent));
                match item {
                    Value::Object(map) if !map.is_empty() => {
                        let mut nested = String::new();
                        emit_mapping(map, indent + 2, &mut nested);
                        out.push_str(nested.trim_start());
                    }
                    _ => {
                        out.push_str(&scalar(item));
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            out.push_str(&scalar(value));
            out.push('\n');
        }
    }
}

fn emit_mapping(map: &Map<String, Value>, indent: usize, out: &mut String) {
    for (key, value) in map {
        let _ = write!(out, "{}{key}:", " ".repeat(indent));
        match value {
            Value::Object(inner) if !inner.is_empty() => {
                out.push('\n');
                emit_mapping(inner, indent + 2, out);
            }
            Value::Array(items) if !items.is_empty() => {
                out.push('\n');
                emit(value, indent + 2, out);
            }
            Value::Array(_) => out.push_str(" []\n"),
            Value::Object(_) => out.push_str(" {}\n"),
            _ => {
                out.push(' ');
                out.push_str(&scalar(value));
                out.push('\n');
            }
        }
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(text) if is_plain(text) => text.clone(),
        Value::String(text) => Value::from(text.as_str()).to_string(),
        Value::Null => "~".to_owned(),
        other => other.to_string(),
    }
}

/// Whether YAML reads `text` unquoted as the same string (conservatively).
fn is_plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let typed = text.parse::<f64>().is_ok()
        || matches!(text, "true" | "false" | "null" | "~" | "yes" | "no")
        || text.len() == 10 && text.as_bytes().get(4) == Some(&b'-');
    first.is_alphabetic()
        && !typed
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.ends_with(':')
        && !text.contains(['\n', '"', '\'', '{', '}', '[', ']', '`', '\t'])
        && text.trim() == text
}

/// xorshift64*: small, fast and the same on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound` (bound > 0).
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::{Corpus, generate};

    fn tree(folder: &Path, seed: u64, faults: f64) -> BTreeMap<String, Vec<u8>> {
        let corpus = Corpus {
            topics: 4,
            seed,
            faults,
            out: folder.to_path_buf(),
        };
        generate(&corpus).expect("generated");
        let mut files = BTreeMap::new();
        for folder in [folder.to_path_buf(), folder.join("topics")] {
            for entry in std::fs::read_dir(&folder).expect("a folder").flatten() {
                if entry.path().is_file() {
                    let name = entry.path().display().to_string();
                    files.insert(name, std::fs::read(entry.path()).expect("a file"));
                }
            }
        }
        files
    }

    fn codes(folder: &Path) -> Vec<String> {
        let today = pamphlet_schema::IsoDate::parse("2026-12-02").expect("a date");
        let report = pamphlet_check::check(
            &[folder.to_path_buf()],
            &pamphlet_check::CheckOptions {
                today,
                keep_content: false,
            },
        )
        .expect("readable");
        report
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.rule.code().to_owned())
            .collect()
    }

    #[test]
    fn a_corpus_without_faults_passes_the_checker_and_is_reproducible() {
        let first = tempfile::tempdir().expect("a folder");
        let second = tempfile::tempdir().expect("a folder");
        let one = tree(first.path(), 11, 0.0);
        let two = tree(second.path(), 11, 0.0);
        assert_eq!(one.len(), 6, "pamphlet.toml, the bibliography and 4 topics");
        assert_eq!(
            one.values().collect::<Vec<_>>(),
            two.values().collect::<Vec<_>>(),
            "the same seed gives the same bytes"
        );
        assert_eq!(codes(first.path()), Vec::<String>::new());
    }

    #[test]
    fn faults_are_real_problems_the_checker_reports() {
        let folder = tempfile::tempdir().expect("a folder");
        tree(folder.path(), 11, 0.3);
        let codes = codes(folder.path());
        for code in ["PAM301", "PAM302", "PAM202", "PAM701"] {
            assert!(
                codes.iter().any(|found| found == code),
                "{code} in {codes:?}"
            );
        }
    }
}
