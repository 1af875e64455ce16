//! The hot paths of a check, reachable from the micro-benchmarks in `benches/` (the
//! profile in BENCHMARKS.md names them), so that a change to one can be measured on its
//! own. Each runs one stage on its input and returns how much it found. Not a stable
//! interface: it follows the stages as they change.

use pamphlet_schema::SchemaKind;
use serde_json::Value;

use crate::rules::schema;
use crate::text::claims::absolute_claims;
use crate::text::coherence::{CoherenceOptions, off_topic_sentences};
use crate::text::promotional::promotional_phrases;
use crate::text::readability::Readability;
use crate::text::sentences::SentenceStore;

/// The Flesch-Kincaid grade of `text` (sentences, words and syllables counted).
pub fn reading_grade(text: &str) -> f64 {
    Readability::of(text).grade()
}

/// The number of absolute claims ("cures", "always works") in `text`.
pub fn claims(text: &str) -> usize {
    absolute_claims(text).len()
}

/// The number of promotional phrases in `text`.
pub fn adverts(text: &str) -> usize {
    promotional_phrases(text).len()
}

/// The number of sentences of `units` that share too few words with the others.
pub fn off_topic(units: &[&str]) -> usize {
    off_topic_sentences(
        units,
        &CoherenceOptions::default(),
        &SentenceStore::default(),
    )
    .len()
}

/// The number of schema findings on `instance` as a document of `kind`.
pub fn schema_findings(kind: SchemaKind, instance: Value) -> usize {
    schema::validate(kind, instance).findings.len()
}
