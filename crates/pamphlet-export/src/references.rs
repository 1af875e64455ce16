//! A topic's reference list: the sources its records cite, numbered 1, 2, … in order of
//! first citation, the way a handout numbers them.

use std::collections::HashMap;

use pamphlet_schema::{Bibliography, Source, Topic};

use crate::ExportError;

/// The sources one topic cites, each with its reference number.
#[derive(Debug)]
pub struct References<'a> {
    sources: Vec<&'a Source>,
    numbers: HashMap<&'a str, usize>,
}

impl<'a> References<'a> {
    /// Numbers the sources `topic` cites in order of first citation, reading the records
    /// in the order of the topic file (`RecordKind::ALL`, then each list in order). A cited
    /// id missing from `bibliography` is an error: the checker reports it first, so it
    /// only happens when that rule was turned off.
    pub fn of(topic: &'a Topic, bibliography: &'a Bibliography) -> Result<Self, ExportError> {
        let mut by_id: HashMap<&str, &Source> = HashMap::new();
        for source in &bibliography.sources {
            // The first of two sources with one id wins, as in the checker.
            by_id.entry(source.id.as_str()).or_insert(source);
        }
        let mut references = References {
            sources: Vec::new(),
            numbers: HashMap::new(),
        };
        for record in citing_records(topic) {
            for id in record.sources {
                if references.numbers.contains_key(id.as_str()) {
                    continue;
                }
                let Some(source) = by_id.get(id.as_str()) else {
                    return Err(ExportError::DanglingCitation {
                        topic: topic.id.clone(),
                        record: format!("{} `{}`", record.kind.singular(), record.id),
                        source_id: id.clone(),
                    });
                };
                references.sources.push(source);
                references
                    .numbers
                    .insert(source.id.as_str(), references.sources.len());
            }
        }
        Ok(references)
    }

    /// Every cited source with its number, in number order.
    pub fn numbered(&self) -> impl Iterator<Item = (usize, &'a Source)> + '_ {
        self.sources
            .iter()
            .enumerate()
            .map(|(index, source)| (index + 1, *source))
    }

    /// The number of a cited source, by id.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.numbers.get(id).copied()
    }

    /// The source a number stands for.
    pub fn source(&self, id: &str) -> Option<(usize, &'a Source)> {
        let number = self.number(id)?;
        Some((number, self.sources[number - 1]))
    }

    pub fn len(&self) -> usize {
        self.sources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

/// The kinds of record that cite sources, in the order a topic file lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Cause,
    Symptom,
    RedFlag,
    Treatment,
    RecoveryPhase,
}

impl RecordKind {
    pub const ALL: [RecordKind; 5] = [
        RecordKind::Cause,
        RecordKind::Symptom,
        RecordKind::RedFlag,
        RecordKind::Treatment,
        RecordKind::RecoveryPhase,
    ];

    /// The name used in exported data (`record_type` of `citations.csv`), for example
    /// `red_flag`.
    pub fn singular(self) -> &'static str {
        match self {
            RecordKind::Cause => "cause",
            RecordKind::Symptom => "symptom",
            RecordKind::RedFlag => "red_flag",
            RecordKind::Treatment => "treatment",
            RecordKind::RecoveryPhase => "recovery_phase",
        }
    }

    /// The CSV table (Data Package resource) that holds records of this kind.
    pub fn table(self) -> &'static str {
        match self {
            RecordKind::Cause => "causes",
            RecordKind::Symptom => "symptoms",
            RecordKind::RedFlag => "red_flags",
            RecordKind::Treatment => "treatments",
            RecordKind::RecoveryPhase => "recovery_phases",
        }
    }
}

/// One record that cites sources: its kind, id and the ids it cites, in order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CitingRecord<'a> {
    pub(crate) kind: RecordKind,
    pub(crate) id: &'a str,
    pub(crate) sources: &'a [String],
}

/// Every record of `topic` that cites sources, in file order.
pub(crate) fn citing_records(topic: &Topic) -> Vec<CitingRecord<'_>> {
    fn record<'a>(kind: RecordKind, id: &'a str, sources: &'a [String]) -> CitingRecord<'a> {
        CitingRecord { kind, id, sources }
    }
    let causes = topic
        .causes
        .iter()
        .map(|cause| record(RecordKind::Cause, &cause.id, &cause.sources));
    let symptoms = topic
        .symptoms
        .iter()
        .map(|symptom| record(RecordKind::Symptom, &symptom.id, &symptom.sources));
    let red_flags = topic
        .red_flags
        .iter()
        .map(|red_flag| record(RecordKind::RedFlag, &red_flag.id, &red_flag.sources));
    let treatments = topic
        .treatments
        .iter()
        .map(|treatment| record(RecordKind::Treatment, &treatment.id, &treatment.sources));
    let phases = topic
        .recovery
        .iter()
        .map(|phase| record(RecordKind::RecoveryPhase, &phase.id, &phase.sources));
    causes
        .chain(symptoms)
        .chain(red_flags)
        .chain(treatments)
        .chain(phases)
        .collect()
}

#[cfg(test)]
mod tests {
    use pamphlet_schema::{Bibliography, Cause, RedFlag, Source, Topic};

    use super::References;
    use crate::ExportError;

    fn source(id: &str) -> Source {
        Source {
            id: id.to_owned(),
            ..Source::default()
        }
    }

    #[test]
    fn numbers_sources_in_order_of_first_citation() {
        let topic = Topic {
            id: "t".to_owned(),
            causes: vec![Cause {
                id: "c".to_owned(),
                sources: vec!["b".to_owned(), "a".to_owned()],
                ..Cause::default()
            }],
            red_flags: vec![RedFlag {
                id: "r".to_owned(),
                sources: vec!["a".to_owned(), "c".to_owned()],
                ..RedFlag::default()
            }],
            ..Topic::default()
        };
        let bibliography = Bibliography {
            sources: vec![source("a"), source("b"), source("c"), source("unused")],
        };
        let references = References::of(&topic, &bibliography).expect("all citations resolve");
        let order: Vec<(usize, &str)> = references
            .numbered()
            .map(|(number, source)| (number, source.id.as_str()))
            .collect();
        assert_eq!(order, [(1, "b"), (2, "a"), (3, "c")]);
        assert_eq!(references.number("unused"), None);
    }

    #[test]
    fn a_dangling_citation_is_an_error() {
        let topic = Topic {
            id: "t".to_owned(),
            causes: vec![Cause {
                id: "c".to_owned(),
                sources: vec!["missing".to_owned()],
                ..Cause::default()
            }],
            ..Topic::default()
        };
        let error = References::of(&topic, &Bibliography::default()).expect_err("dangling");
        assert!(matches!(error, ExportError::DanglingCitation { .. }));
        assert_eq!(
            error.to_string(),
            "topic `t`: cause `c` cites `missing`, which is not in the bibliography"
        );
    }
}
