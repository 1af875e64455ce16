//! The JSON export: `topics/<id>.json` per topic, with every citation resolved to the
//! full source, and `catalogue.json` listing them all.

use pamphlet_check::CheckedTree;
use serde::Serialize;

use crate::model::{Catalogue, CatalogueTopic, ExportClinic, RecordCounts, SCHEMA_VERSION};
use crate::resolve::resolve;
use crate::{ExportError, OutputFile};

/// Exports a checked tree as JSON: `catalogue.json` and one file per topic
/// (`topics/<id>.json`), each valid against its schema in `schema/`
/// (`codegen::CATALOGUE_SCHEMA`, `codegen::TOPIC_SCHEMA`). Topics are ordered by id, and
/// the bytes depend on the content alone.
pub fn json(tree: &CheckedTree) -> Result<Vec<OutputFile>, ExportError> {
    let (topics, _) = resolve(tree)?;
    let mut catalogue = Catalogue {
        schema_version: SCHEMA_VERSION,
        clinic: ExportClinic {
            name: tree.settings.clinic.name.clone(),
            contact: tree.settings.clinic.contact.clone(),
        },
        topics: Vec::with_capacity(topics.len()),
    };
    let mut files = Vec::with_capacity(topics.len() + 1);
    for topic in &topics {
        // The id is a validated slug (`resolve`), so the path stays inside `topics/`.
        let path = format!("topics/{}.json", topic.id);
        catalogue.topics.push(CatalogueTopic {
            id: topic.id.clone(),
            title: topic.title.clone(),
            region: topic.region.clone(),
            language: topic.language.clone(),
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
