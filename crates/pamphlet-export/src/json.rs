//! The JSON export: `topics/<id>.json` per topic, with every citation resolved to the
//! full source, and `catalogue.json` listing them all. A topic file is the resolved
//! `pamphlet_model::Topic` as it is; the catalogue's types (`Catalogue`) are the export's own.

use std::collections::HashMap;

use pamphlet_model::{Library, SCHEMA_VERSION};
use pamphlet_schema::IsoDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::{ExportError, OutputFile};

/// Exports the library as JSON: `catalogue.json` and one file per topic
/// (`topics/<id>.json`, the resolved `pamphlet_model::Topic`), each valid against its
/// schema in `schema/` (`codegen::CATALOGUE_SCHEMA`, `codegen::TOPIC_SCHEMA`). Topics are
/// ordered by id, and the bytes depend on the content alone.
pub fn json(library: &Library) -> Result<Vec<OutputFile>, ExportError> {
    let topics = &library.topics;
    let mut catalogue = Catalogue {
        schema_version: SCHEMA_VERSION,
        clinic: ExportClinic {
            name: library.clinic.name.clone(),
            contact: library.clinic.contact.clone(),
        },
        topics: Vec::with_capacity(topics.len()),
    };
    // Each original's translations, in id order (the topics are).
    let mut translations: HashMap<&str, Vec<CatalogueTranslation>> = HashMap::new();
    for topic in topics {
        if let Some(original) = &topic.translation_of {
            translations
                .entry(original.as_str())
                .or_default()
                .push(CatalogueTranslation {
                    id: topic.id.clone(),
                    language: topic.language.clone(),
                });
        }
    }
    let mut files = Vec::with_capacity(topics.len() + 1);
    for topic in topics {
        // The id is a validated slug (`Library::resolve`), so the path stays inside `topics/`.
        let path = format!("topics/{}.json", topic.id);
        catalogue.topics.push(CatalogueTopic {
            id: topic.id.clone(),
            title: topic.title.clone(),
            region: topic.region.clone(),
            language: topic.language.clone(),
            translation_of: topic.translation_of.clone(),
            translations: translations.remove(topic.id.as_str()).unwrap_or_default(),
            last_reviewed: topic.review.last_reviewed,
            next_review: topic.review.next_review,
            counts: RecordCounts {
                causes: topic.causes.len(),
                symptoms: topic.symptoms.len(),
                red_flags: topic.red_flags.len(),
                treatments: topic.treatments.len(),
                recovery_phases: topic.recovery.len(),
                questions: topic.questions.len(),
                references: topic.references.len(),
            },
            file: path.clone(),
        });
        files.push(OutputFile {
            path,
            bytes: to_bytes(topic)?,
        });
    }
    files.insert(
        0,
        OutputFile {
            path: "catalogue.json".to_owned(),
            bytes: to_bytes(&catalogue)?,
        },
    );
    Ok(files)
}

/// Pretty-printed JSON with a final newline, so exported files diff well in git.
fn to_bytes(value: &impl Serialize) -> Result<Vec<u8>, ExportError> {
    let mut bytes = serde_json::to_vec_pretty(value)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Every exported topic of a content tree, with the clinic it comes from.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "pamphlet export catalogue")]
pub(crate) struct Catalogue {
    /// The version of this export format.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub(crate) schema_version: &'static str,
    pub(crate) clinic: ExportClinic,
    /// One entry per topic, ordered by id.
    pub(crate) topics: Vec<CatalogueTopic>,
}

/// The clinic the content comes from (`[clinic]` of `pamphlet.toml`).
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Clinic")]
pub(crate) struct ExportClinic {
    pub(crate) name: String,
    /// How a patient reaches the clinic.
    pub(crate) contact: String,
}

/// One topic in the catalogue.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "CatalogueTopic")]
pub(crate) struct CatalogueTopic {
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) id: String,
    pub(crate) title: String,
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) region: String,
    pub(crate) language: String,
    /// The id of the topic this one translates; absent for an original.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) translation_of: Option<String>,
    /// The topic's translations, by id, in id order.
    pub(crate) translations: Vec<CatalogueTranslation>,
    pub(crate) last_reviewed: IsoDate,
    pub(crate) next_review: IsoDate,
    /// How many records of each kind the topic has.
    pub(crate) counts: RecordCounts,
    /// The topic's own file, relative to the catalogue, for example
    /// `topics/hip-trigger-points.json`.
    pub(crate) file: String,
}

/// A translation of a topic, as the catalogue lists it.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(crate) struct CatalogueTranslation {
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) id: String,
    pub(crate) language: String,
}

/// How many records of each kind a topic has.
#[derive(Clone, Copy, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RecordCounts {
    pub(crate) causes: usize,
    pub(crate) symptoms: usize,
    pub(crate) red_flags: usize,
    pub(crate) treatments: usize,
    pub(crate) recovery_phases: usize,
    pub(crate) questions: usize,
    pub(crate) references: usize,
}
