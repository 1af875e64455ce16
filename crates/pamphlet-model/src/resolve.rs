//! Resolution of checked content into the model: topics in id order, every optional field
//! the checker requires made present, every citation replaced by its numbered source.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use pamphlet_schema as content;
use pamphlet_schema::{Bibliography, Clinic};

use crate::references::References;
use crate::topic::{
    Cause, Evidence, Question, RecoveryPhase, RedFlag, Review, Source, Symptom, Topic, Treatment,
};
use crate::{Library, ModelError, SCHEMA_VERSION};
use pamphlet_schema::is_slug;

impl Library {
    /// The model of a checked content tree: `topics` resolved against `bibliography` and
    /// ordered by id.
    ///
    /// The checker refuses everything that fails here; these errors are the model's own
    /// guard for content whose rules were turned off: no bibliography, an id that is not a
    /// slug (it names a file), two topics with one id, a missing required field, a
    /// dangling citation.
    pub fn resolve<'a>(
        clinic: &Clinic,
        topics: impl IntoIterator<Item = &'a content::Topic>,
        bibliography: Option<&Bibliography>,
    ) -> Result<Library, ModelError> {
        let bibliography = bibliography.ok_or(ModelError::NoBibliography)?;
        let topics = by_id(topics)?;
        let originals: HashMap<&str, &content::Topic> = topics
            .iter()
            .map(|topic| (topic.id.as_str(), *topic))
            .collect();
        let topics = topics
            .into_iter()
            .map(|topic| {
                let topic = with_inherited_sources(topic, &originals)?;
                resolve_topic(&topic, bibliography)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let sources = bibliography
            .sources
            .iter()
            .map(|source| {
                source_type(source)?;
                Ok(source.clone())
            })
            .collect::<Result<Vec<_>, ModelError>>()?;
        Ok(Library {
            clinic: clinic.clone(),
            topics,
            sources,
        })
    }
}

/// `topics` ordered by id, the order of every export. Each id is checked to be a kebab-case
/// slug and unique, so that it can name an output file (`<id>.json`, `<id>.pdf`) that
/// stays in its folder and is not written twice.
fn by_id<'a>(
    topics: impl IntoIterator<Item = &'a content::Topic>,
) -> Result<Vec<&'a content::Topic>, ModelError> {
    let mut sorted: BTreeMap<&str, &content::Topic> = BTreeMap::new();
    for topic in topics {
        if !is_slug(&topic.id) {
            return Err(ModelError::InvalidSlug {
                what: "topic id",
                id: topic.id.clone(),
            });
        }
        if sorted.insert(topic.id.as_str(), topic).is_some() {
            return Err(ModelError::DuplicateTopic(topic.id.clone()));
        }
    }
    Ok(sorted.into_values().collect())
}

/// `topic`, or for a translation a copy whose records that cite nothing cite what the
/// same record of the original cites: a translation's sources are its original's unless
/// it says otherwise. The original must be among `originals` and not be a translation
/// itself, as the checker's `unknown-original` requires.
fn with_inherited_sources<'a>(
    topic: &'a content::Topic,
    originals: &HashMap<&str, &content::Topic>,
) -> Result<Cow<'a, content::Topic>, ModelError> {
    let Some(original_id) = topic.translation_of.as_deref().map(str::trim) else {
        return Ok(Cow::Borrowed(topic));
    };
    let original = originals
        .get(original_id)
        .filter(|original| original.translation_of.is_none() && original.id != topic.id)
        .ok_or_else(|| ModelError::Incomplete {
            place: format!("translation `{}`", topic.id),
            what: format!("its original, `{original_id}`,"),
        })?;
    let mut filled = topic.clone();
    inherit(&mut filled.causes, &original.causes);
    inherit(&mut filled.symptoms, &original.symptoms);
    inherit(&mut filled.red_flags, &original.red_flags);
    inherit(&mut filled.treatments, &original.treatments);
    inherit(&mut filled.recovery, &original.recovery);
    Ok(Cow::Owned(filled))
}

/// Gives each record of `own` that cites nothing the sources of the record of `original`
/// with its id.
fn inherit<R: Cited + Clone>(own: &mut [R], original: &[R]) {
    let by_id: HashMap<&str, &R> = original
        .iter()
        .map(|record| (record.id(), record))
        .collect();
    for record in own {
        if record.sources().is_empty()
            && let Some(source) = by_id.get(record.id())
        {
            *record.sources_mut() = source.sources().to_vec();
        }
    }
}

/// A record that has an id and cites sources.
trait Cited {
    fn id(&self) -> &str;
    fn sources(&self) -> &[String];
    fn sources_mut(&mut self) -> &mut Vec<String>;
}

macro_rules! cited {
    ($($record:ty),*) => {$(
        impl Cited for $record {
            fn id(&self) -> &str {
                &self.id
            }
            fn sources(&self) -> &[String] {
                &self.sources
            }
            fn sources_mut(&mut self) -> &mut Vec<String> {
                &mut self.sources
            }
        }
    )*};
}

cited!(
    content::Cause,
    content::Symptom,
    content::RedFlag,
    content::Treatment,
    content::RecoveryPhase
);

/// One topic with every required field present and its citations resolved.
fn resolve_topic(topic: &content::Topic, bibliography: &Bibliography) -> Result<Topic, ModelError> {
    let references = References::of(topic, bibliography)?;
    let missing = |what: String| ModelError::Incomplete {
        place: format!("topic `{}`", topic.id),
        what,
    };
    let cited = |ids: &[String]| -> Result<Vec<Source>, ModelError> {
        ids.iter()
            .filter_map(|id| references.source(id))
            .map(|(number, source)| numbered(number, source))
            .collect()
    };

    let review = topic
        .review
        .as_ref()
        .ok_or_else(|| missing("the review".to_owned()))?;
    let review = Review {
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
        causes.push(Cause {
            id: cause.id.clone(),
            name: cause.name.clone(),
            description: cause.description.clone(),
            sources: cited(&cause.sources)?,
        });
    }
    let mut symptoms = Vec::with_capacity(topic.symptoms.len());
    for symptom in &topic.symptoms {
        symptoms.push(Symptom {
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
        red_flags.push(RedFlag {
            id: red_flag.id.clone(),
            sign: red_flag.sign.clone(),
            action: red_flag
                .action
                .ok_or_else(|| missing(format!("the action of red flag `{}`", red_flag.id)))?,
            screens_for: red_flag
                .screens_for
                .ok_or_else(|| missing(format!("what red flag `{}` screens for", red_flag.id)))?,
            sources: cited(&red_flag.sources)?,
        });
    }
    let mut treatments = Vec::with_capacity(topic.treatments.len());
    for treatment in &topic.treatments {
        let evidence = treatment.evidence.as_ref();
        treatments.push(Treatment {
            id: treatment.id.clone(),
            name: treatment.name.clone(),
            category: treatment
                .category
                .ok_or_else(|| missing(format!("the category of treatment `{}`", treatment.id)))?,
            kind: treatment
                .kind
                .ok_or_else(|| missing(format!("the kind of treatment `{}`", treatment.id)))?,
            description: treatment.description.clone(),
            how_it_works: treatment.how_it_works.clone(),
            benefits: treatment.benefits.clone(),
            risks: treatment.risks.clone(),
            safety: treatment.safety.clone(),
            evidence: Evidence {
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
        recovery.push(RecoveryPhase {
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
        reference_list.push(numbered(number, source)?);
    }
    Ok(Topic {
        schema_version: SCHEMA_VERSION,
        id: topic.id.clone(),
        title: topic.title.clone(),
        region: topic.region.clone(),
        language: topic.language.clone(),
        translation_of: topic.translation_of.clone(),
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
            .map(|question| Question {
                text: question.text.clone(),
            })
            .collect(),
        references: reference_list,
    })
}

/// A source in full, with its reference number.
fn numbered(number: usize, source: &content::Source) -> Result<Source, ModelError> {
    Ok(Source {
        number,
        id: source.id.clone(),
        source_type: source_type(source)?,
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

fn source_type(source: &content::Source) -> Result<content::SourceType, ModelError> {
    source.source_type.ok_or_else(|| ModelError::Incomplete {
        place: "the bibliography".to_owned(),
        what: format!("the type of source `{}`", source.id),
    })
}
