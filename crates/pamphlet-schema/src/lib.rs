//! The content model of pamphlet: topics, their records, the bibliography and
//! the JSON Schemas generated from them. This crate does no I/O.
//!
//! Deserialisation is deliberately forgiving about *missing* fields (they take
//! an empty default) while the generated JSON Schema marks them `required`:
//! the checker reports an absent field once, through the schema or through
//! the rule that knows what the field means, and still runs every other rule
//! on the rest of the file.

mod bibliography;
mod clinic;
mod date;
pub mod records;
mod regions;
mod schemas;
mod topic;

pub use bibliography::{Bibliography, Locator, Source, SourceType};
pub use clinic::{Clinic, ClinicText};
pub use date::IsoDate;
pub use regions::{REGIONS, Region, required_concerns};
pub use schemas::{SchemaKind, generate_schema, schema_for};
pub use topic::{
    Category, Cause, Concern, Evidence, EvidenceLevel, Frequency, Person, Question, RecoveryPhase,
    RedFlag, Review, Safety, Suppression, Symptom, Topic, Treatment, TreatmentKind, Urgency,
    WeekRange,
};

/// The pattern every id (topic, record, source) must match: a kebab-case slug of
/// ASCII lowercase letters and digits. It keeps ids safe as file names and URLs.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// Whether `text` is a kebab-case slug (`SLUG_PATTERN`): lowercase ASCII letters and digits
/// in groups joined by single hyphens. Only such ids name files, and regions are written so.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        })
}

/// The languages (primary subtags) whose handout headings, labels and dates pamphlet
/// prints in; a topic in another language gets English ones.
pub const HANDOUT_LANGUAGES: &[&str] = &["en", "es"];

/// The primary language subtag of a BCP 47 tag, trimmed and lowercased: `es` of
/// ` es-MX`. What the handout's words, the reading formula and the checks of a topic's
/// language are chosen by.
pub fn primary_language(tag: &str) -> String {
    tag.trim()
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}
