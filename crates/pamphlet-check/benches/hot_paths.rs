//! Micro-benchmarks of the stages the profile in BENCHMARKS.md shows taking the time of a
//! check, each on the bundled guide: `cargo bench -p pamphlet-check`. Compare a change
//! against the figures of the same machine before it, not against another machine.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use divan::{Bencher, black_box};
use pamphlet_check::check_bytes;
use pamphlet_check::hot_paths;
use pamphlet_check::settings::Settings;
use pamphlet_check::yaml::{self, Budget};
use pamphlet_schema::{IsoDate, SchemaKind};

fn main() {
    divan::main();
}

fn topic_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/topics/hip-trigger-points.yaml")
}

/// The bundled topic's text.
static TOPIC: LazyLock<String> =
    LazyLock::new(|| std::fs::read_to_string(topic_path()).expect("the bundled topic"));

/// Every string of the bundled topic, in document order: the text the rules read.
static FIELDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let root = yaml::load(&TOPIC, Budget::default())
        .root
        .expect("the bundled topic parses");
    let mut fields = Vec::new();
    collect_strings(&root.to_json(), &mut fields);
    fields
});

fn collect_strings(value: &serde_json::Value, into: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) if text.contains(' ') => into.push(text.clone()),
        serde_json::Value::Array(items) => {
            items.iter().for_each(|item| collect_strings(item, into))
        }
        serde_json::Value::Object(map) => map.values().for_each(|item| collect_strings(item, into)),
        _ => {}
    }
}

/// Decoding is done; YAML into pamphlet's node tree with positions.
#[divan::bench]
fn parse_yaml() -> usize {
    let loaded = yaml::load(black_box(&TOPIC), Budget::default());
    loaded.errors.len()
}

/// The node tree as JSON, validated against the generated topic schema.
#[divan::bench]
fn schema_validation(bencher: Bencher<'_, '_>) {
    let root = yaml::load(&TOPIC, Budget::default())
        .root
        .expect("the bundled topic parses");
    let value = root.to_json();
    bencher
        .with_inputs(|| value.clone())
        .bench_values(|value| hot_paths::schema_findings(SchemaKind::Topic, value));
}

/// Flesch-Kincaid grade of every text field.
#[divan::bench]
fn readability() -> f64 {
    FIELDS
        .iter()
        .map(|field| hot_paths::reading_grade(black_box(field)))
        .sum()
}

/// Absolute-claim and advert phrases in every text field.
#[divan::bench]
fn phrases() -> usize {
    FIELDS
        .iter()
        .map(|field| hot_paths::claims(black_box(field)) + hot_paths::adverts(black_box(field)))
        .sum()
}

/// Off-topic sentences across the whole topic.
#[divan::bench]
fn coherence() -> usize {
    let units: Vec<&str> = FIELDS.iter().map(String::as_str).collect();
    hot_paths::off_topic(black_box(&units))
}

/// The whole per-file pipeline on the topic: decode, parse, schema, every rule, settling
/// and positions (no bibliography, so citations are not resolved).
#[divan::bench]
fn one_topic_file() -> usize {
    let settings = Settings::new(IsoDate::parse("2026-12-02").expect("a date"));
    check_bytes(
        &topic_path(),
        black_box(TOPIC.as_bytes()),
        SchemaKind::Topic,
        &settings,
    )
    .len()
}
