//! Resolution of a checked tree into the export model: topics in id order, every optional
//! field the checker requires made present, every citation replaced by its numbered source.
//! Both the JSON and the CSV export start from this.

use std::collections::BTreeMap;

use pamphlet_check::CheckedTree;
use pamphlet_schema::{Bibliography, Source, Topic};

use crate::model::{
    ExportCause, ExportEvidence, ExportQuestion, ExportRecoveryPhase, ExportRedFlag, ExportReview,
    ExportSource, ExportSymptom, ExportTopic, ExportTreatment, SCHEMA_VERSION,
};
use crate::references::References;
use crate::{ExportError, is_slug};

/// Every topic of `tree` in the export model, ordered by id, and the bibliography.
///
/// The checker refuses everything that would fail here; these errors are the exporter's
/// own guard for a tree whose rules were turned off: an id that is not a slug (it names
/// a file), two topics with one id, a missing required field, a dangling citation.
pub(crate) fn resolve(
    tree: &CheckedTree,
) -> Result<(Vec<ExportTopic>, &Bibliography), ExportError> {
    let bibliography = tree
        .bibliography
        .as_ref()
        .ok_or(ExportError::NoBibliography)?;
    let topics = topics_by_id(tree)?
        .into_iter()
        .map(|topic| export_topic(topic, bibliography))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((topics, bibliography))
}

/// The topics of `tree` ordered by id, the order of every export. Each id is checked to
/// be a kebab-case slug and unique, so that it can name an output file (`<id>.json`,
/// `<id>.pdf`) that stays in its folder and is not written twice.
pub fn topics_by_id(tree: &CheckedTree) -> Result<Vec<&Topic>, ExportError> {
    let mut topics: BTreeMap<&str, &Topic> = BTreeMap::new();
    for (_, topic) in &tree.topics {
        if !is_slug(&topic.id) {
            return Err(ExportError::InvalidSlug {
                what: "topic id",
                id: topic.id.clone(),
            });
        }
        if topics.insert(topic.id.as_str(), topic).is_some() {
            return Err(ExportError::DuplicateTopic(topic.id.clone()));
        }
    }
    Ok(topics.into_values().collect())
}

/// One topic in the export format, with citations resolved.
fn export_topic(topic: &Topic, bibliography: &Bibliography) -> Result<ExportTopic, ExportError> {
    let references = References::of(topic, bibliography)?;
    let missing = |what: String| ExportError::Incomplete {
        place: format!("topic `{}`", topic.id),
        what,
    };
    let cited = |ids: &[String]| -> Result<Vec<ExportSource>, ExportError> {
        ids.iter()
            .filter_map(|id| references.source(id))
            .map(|(number, source)| export_source(number, source))
            .collect()
    };

    let review = topic
        .review
        .as_ref()
        .ok_or_else(|| missing("the review".to_owned()))?;
    let review = ExportReview {
        authors: review.authors.clone(),
        reviewer: review
            .reviewer
            .clone()
            .ok_or_else(|| missing("the reviewer".to_owned()))?,
        last_reviewed: review
            .last_reviewed
            .ok_or_else(|| missing("`last_reviewed`".to_owned()))?,
        next_review: review
            .next_review
            .ok_or_else(|| missing("`next_review`".to_owned()))?,
        disclosures: review.disclosures.clone(),
    };

    let mut causes = Vec::with_capacity(topic.causes.len());
    for cause in &topic.causes {
        causes.push(ExportCause {
            id: cause.id.clone(),
            name: cause.name.clone(),
            description: cause.description.clone(),
            sources: cited(&cause.sources)?,
        });
    }
    let mut symptoms = Vec::with_capacity(topic.symptoms.len());
    for symptom in &topic.symptoms {
        symptoms.push(ExportSymptom {
            id: symptom.id.clone(),
            name: symptom.name.clone(),
            description: symptom.description.clone(),
            frequency: symptom
                .frequency
                .ok_or_else(|| missing(format!("the frequency of symptom `{}`", symptom.id)))?,
            refers_to: symptom.refers_to.clone(),
            sources: cited(&symptom.sources)?,
        });
    }
    let mut red_flags = Vec::with_capacity(topic.red_flags.len());
    for red_flag in &topic.red_flags {
        red_flags.push(ExportRedFlag {
            id: red_flag.id.clone(),
            sign: red_flag.sign.clone(),
            action: red_flag
                .action
                .ok_or_else(|| missing(format!("the action of red flag `{}`", red_flag.id)))?,
            sources: cited(&red_flag.sources)?,
        });
    }
    let mut treatments = Vec::with_capacity(topic.treatments.len());
    for treatment in &topic.treatments {
        let evidence = treatment.evidence.as_ref();
        treatments.push(ExportTreatment {
            id: treatment.id.clone(),
            name: treatment.name.clone(),
            category: treatment
                .category
                .ok_or_else(|| missing(format!("the category of treatment `{}`", treatment.id)))?,
            description: treatment.description.clone(),
            how_it_works: treatment.how_it_works.clone(),
            benefits: treatment.benefits.clone(),
            risks: treatment.risks.clone(),
            evidence: ExportEvidence {
                level: evidence
                    .and_then(|evidence| evidence.level)
                    .ok_or_else(|| {
                        missing(format!(
                            "the evidence level of treatment `{}`",
                            treatment.id
                        ))
                    })?,
                note: evidence
                    .map(|evidence| evidence.note.clone())
                    .unwrap_or_default(),
            },
            sources: cited(&treatment.sources)?,
        });
    }
    let mut recovery = Vec::with_capacity(topic.recovery.len());
    for phase in &topic.recovery {
        recovery.push(ExportRecoveryPhase {
            id: phase.id.clone(),
            name: phase.name.clone(),
            weeks: phase
                .weeks
                .ok_or_else(|| missing(format!("the weeks of recovery phase `{}`", phase.id)))?,
            goals: phase.goals.clone(),
            steps: phase.steps.clone(),
            sources: cited(&phase.sources)?,
        });
    }

    let mut reference_list = Vec::with_capacity(references.len());
    for (number, source) in references.numbered() {
        reference_list.push(export_source(number, source)?);
    }
    Ok(ExportTopic {
        schema_version: SCHEMA_VERSION,
        id: topic.id.clone(),
        title: topic.title.clone(),
        region: topic.region.clone(),
        language: topic.language.clone(),
        audience: topic.audience.clone(),
        summary: topic.summary.clone(),
        aims: topic.aims.clone(),
        without_treatment: topic.without_treatment.clone(),
        review,
        causes,
        symptoms,
        red_flags,
        treatments,
        recovery,
        questions: topic
            .questions
            .iter()
            .map(|question| ExportQuestion {
                text: question.text.clone(),
            })
            .collect(),
        references: reference_list,
    })
}

/// A source in full, with its reference number.
pub(crate) fn export_source(number: usize, source: &Source) -> Result<ExportSource, ExportError> {
    Ok(ExportSource {
        number,
        id: source.id.clone(),
        source_type: source.source_type.ok_or_else(|| ExportError::Incomplete {
            place: "the bibliography".to_owned(),
            what: format!("the type of source `{}`", source.id),
        })?,
        authors: source.authors.clone(),
        title: source.title.clone(),
        container: source.container.clone(),
        year: source.year,
        pages: source.pages.clone(),
        doi: source.doi.clone(),
        pmid: source.pmid.clone(),
        isbn: source.isbn.clone(),
        url: source.url.clone(),
        accessed: source.accessed,
    })
}
