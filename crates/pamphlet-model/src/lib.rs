//! The one model of checked content: what the JSON and CSV exporters and the PDF handout
//! read. [`Library::resolve`] makes it once, after a check without errors: topics in id
//! order, every field the checker requires present (no `Option` left to guess at), every
//! citation resolved to its source and its reference number. The numbers are given here
//! and nowhere else, so the handout, the JSON and the CSV cannot disagree.
//!
//! This crate depends on the content model alone: no parser, no validator, no I/O.

mod references;
mod resolve;
mod topic;

pub use pamphlet_schema::Clinic;
pub use topic::{
    Cause, Evidence, Question, RecoveryPhase, RedFlag, Review, Source, Symptom, Topic, Treatment,
};

/// The version of the export format, written into every JSON file. A new field raises
/// the minor number; a renamed or removed field, a changed meaning, or a new value of an
/// enumeration that readers must handle (2.0: `frequency: not-known`), the major one.
pub const SCHEMA_VERSION: &str = "2.0";

/// A checked content tree, resolved: the clinic, every topic and every source.
#[derive(Clone, Debug)]
pub struct Library {
    /// The clinic the content comes from (`[clinic]` of `pamphlet.toml`).
    pub clinic: Clinic,
    /// Every topic, ordered by id; each id is a kebab-case slug, so it can name a file.
    pub topics: Vec<Topic>,
    /// Every source of the bibliography, cited or not, in its order; each has a type.
    pub sources: Vec<pamphlet_schema::Source>,
}

/// Why checked content could not be resolved. The checker reports all of these as errors
/// first, so they happen only when a rule was turned off.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("the content tree has no bibliography, so citations cannot be resolved")]
    NoBibliography,
    #[error("topic `{topic}`: {record} cites `{source_id}`, which is not in the bibliography")]
    DanglingCitation {
        topic: String,
        record: String,
        source_id: String,
    },
    #[error("{place}: {what} is missing")]
    Incomplete { place: String, what: String },
    #[error("{what} `{id}` is not a kebab-case slug, so it cannot name an exported file")]
    InvalidSlug { what: &'static str, id: String },
    #[error("two topics have the id `{0}`; each needs its own file")]
    DuplicateTopic(String),
}

#[cfg(test)]
mod tests {
    use pamphlet_schema::records::{RecordKind, handout_order, records};
    use pamphlet_schema::{
        Bibliography, Category, Cause, Clinic, Concern, Evidence, EvidenceLevel, IsoDate, Person,
        RedFlag, Review, Source, SourceType, Topic, Treatment, TreatmentKind, Urgency,
    };

    use super::{Library, ModelError};
    use pamphlet_schema::is_slug;

    #[test]
    fn slugs_are_kebab_case_ascii() {
        assert!(is_slug("hip-trigger-points"));
        assert!(is_slug("a1"));
        for bad in [
            "", "-a", "a-", "a--b", "A", "a_b", "a/b", "..", "a.json", "é",
        ] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| (*id).to_owned()).collect()
    }

    fn complete_topic(id: &str) -> Topic {
        let date = IsoDate::parse("2026-01-01").ok();
        Topic {
            id: id.to_owned(),
            review: Some(Review {
                reviewer: Some(Person::default()),
                last_reviewed: date,
                next_review: date,
                ..Review::default()
            }),
            causes: vec![Cause {
                id: "cause".to_owned(),
                sources: ids(&["b", "a"]),
                ..Cause::default()
            }],
            red_flags: vec![RedFlag {
                id: "flag".to_owned(),
                action: Some(Urgency::Urgent),
                screens_for: Some(Concern::Fracture),
                sources: ids(&["a"]),
                ..RedFlag::default()
            }],
            treatments: vec![Treatment {
                id: "rest".to_owned(),
                category: Some(Category::Home),
                kind: Some(TreatmentKind::SelfCare),
                evidence: Some(Evidence {
                    level: Some(EvidenceLevel::Low),
                    note: String::new(),
                }),
                sources: ids(&["c", "a"]),
                ..Treatment::default()
            }],
            ..Topic::default()
        }
    }

    fn bibliography() -> Bibliography {
        let source = |id: &str| Source {
            id: id.to_owned(),
            source_type: Some(SourceType::Book),
            ..Source::default()
        };
        Bibliography {
            sources: ["c", "b", "a", "unused"].map(source).to_vec(),
        }
    }

    /// Every record carries the numbers of the topic's reference list, given in the order
    /// of the handout, and the library keeps every source of the bibliography.
    #[test]
    fn citations_resolve_to_the_numbers_of_the_reference_list() {
        let topics = [complete_topic("b-topic"), complete_topic("a-topic")];
        let library =
            Library::resolve(&Clinic::default(), &topics, Some(&bibliography())).expect("resolves");
        let order: Vec<&str> = library.topics.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(order, ["a-topic", "b-topic"]);
        let topic = &library.topics[0];
        let references: Vec<(usize, &str)> = topic
            .references
            .iter()
            .map(|source| (source.number, source.id.as_str()))
            .collect();
        // The red flag comes first on the handout, then the cause, then the treatment.
        assert_eq!(references, [(1, "a"), (2, "b"), (3, "c")]);
        let cited: Vec<(RecordKind, Vec<usize>)> = records(topic)
            .map(|entry| {
                let numbers = entry.citations().iter().map(|s| s.number).collect();
                (entry.kind(), numbers)
            })
            .collect();
        assert_eq!(
            cited,
            [
                (RecordKind::Cause, vec![2, 1]),
                (RecordKind::RedFlag, vec![1]),
                (RecordKind::Treatment, vec![3, 1]),
            ]
        );
        let walked: Vec<&str> = handout_order(topic).iter().map(|e| e.id()).collect();
        assert_eq!(walked, ["flag", "cause", "rest"]);
        assert_eq!(library.sources.len(), 4);
    }

    #[test]
    fn what_the_checker_would_refuse_is_an_error() {
        let clinic = Clinic::default();
        let duplicate = [complete_topic("a"), complete_topic("a")];
        let error = Library::resolve(&clinic, &duplicate, Some(&bibliography()));
        assert!(matches!(error, Err(ModelError::DuplicateTopic(_))));

        let slug = [complete_topic("../a")];
        let error = Library::resolve(&clinic, &slug, Some(&bibliography()));
        assert!(matches!(error, Err(ModelError::InvalidSlug { .. })));

        let mut untyped = complete_topic("a");
        untyped.red_flags[0].action = None;
        let error = Library::resolve(&clinic, [&untyped], Some(&bibliography()));
        assert_eq!(
            error.map(|_| ()).map_err(|error| error.to_string()),
            Err("topic `a`: the action of red flag `flag` is missing".to_owned())
        );

        let error = Library::resolve(&clinic, [&complete_topic("a")], None);
        assert!(matches!(error, Err(ModelError::NoBibliography)));
    }
}
