//! A topic's reference list: the sources its records cite, numbered 1, 2, … in order of
//! first citation on the handout. The handout is the numbering's reference, so that a
//! number in the JSON or CSV export is the number a patient sees on paper.

use std::collections::HashMap;

use pamphlet_schema::{Bibliography, Category, Frequency, Source, Topic, Urgency};

use crate::ExportError;

/// The sources one topic cites, each with its reference number.
#[derive(Debug)]
pub struct References<'a> {
    sources: Vec<&'a Source>,
    numbers: HashMap<&'a str, usize>,
}

impl<'a> References<'a> {
    /// Numbers the sources `topic` cites in order of first citation, reading the records
    /// in the order the handout prints them (`handout_order`). A cited id missing from
    /// `bibliography` is an error: the checker reports it first, so it only happens when
    /// that rule was turned off.
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
        for record in handout_order(topic) {
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
    /// The record's place in its list (`topic.causes`, `topic.symptoms`, ...).
    pub(crate) index: usize,
    pub(crate) id: &'a str,
    pub(crate) sources: &'a [String],
}

/// Every record of `topic` that cites sources, in file order.
pub(crate) fn citing_records(topic: &Topic) -> Vec<CitingRecord<'_>> {
    fn record<'a>(
        kind: RecordKind,
        index: usize,
        id: &'a str,
        sources: &'a [String],
    ) -> CitingRecord<'a> {
        CitingRecord {
            kind,
            index,
            id,
            sources,
        }
    }
    let causes = topic
        .causes
        .iter()
        .enumerate()
        .map(|(index, cause)| record(RecordKind::Cause, index, &cause.id, &cause.sources));
    let symptoms =
        topic.symptoms.iter().enumerate().map(|(index, symptom)| {
            record(RecordKind::Symptom, index, &symptom.id, &symptom.sources)
        });
    let red_flags = topic.red_flags.iter().enumerate().map(|(index, red_flag)| {
        record(RecordKind::RedFlag, index, &red_flag.id, &red_flag.sources)
    });
    let treatments = topic
        .treatments
        .iter()
        .enumerate()
        .map(|(index, treatment)| {
            record(
                RecordKind::Treatment,
                index,
                &treatment.id,
                &treatment.sources,
            )
        });
    let phases =
        topic.recovery.iter().enumerate().map(|(index, phase)| {
            record(RecordKind::RecoveryPhase, index, &phase.id, &phase.sources)
        });
    causes
        .chain(symptoms)
        .chain(red_flags)
        .chain(treatments)
        .chain(phases)
        .collect()
}

/// The records of `topic` that cite sources, in the order a reader meets them on the
/// handout: the "When to see a doctor" box (emergency, then urgent, then soon), causes,
/// symptoms (common, then less common), treatments (conventional, alternative, then home)
/// and the recovery plan; within a group, in file order. `pamphlet-pdf` lays the handout
/// out in this order; the two must change together.
pub(crate) fn handout_order(topic: &Topic) -> Vec<CitingRecord<'_>> {
    let urgency = |action: Option<Urgency>| match action {
        Some(Urgency::Emergency) => 0,
        Some(Urgency::Urgent) => 1,
        Some(Urgency::Soon) => 2,
        None => 3,
    };
    let frequency = |frequency: Option<Frequency>| match frequency {
        Some(Frequency::Common) => 0,
        Some(Frequency::LessCommon) => 1,
        None => 2,
    };
    let category = |category: Option<Category>| match category {
        Some(Category::Conventional) => 0,
        Some(Category::Alternative) => 1,
        Some(Category::Home) => 2,
        None => 3,
    };
    // (section, group within it, place in the file): a stable order for every record.
    let mut keyed: Vec<((u8, u8, usize), CitingRecord<'_>)> = citing_records(topic)
        .into_iter()
        .enumerate()
        .map(|(index, record)| {
            let (section, group) = match record.kind {
                RecordKind::RedFlag => (0, urgency(topic.red_flags[record.index].action)),
                RecordKind::Cause => (1, 0),
                RecordKind::Symptom => (2, frequency(topic.symptoms[record.index].frequency)),
                RecordKind::Treatment => (3, category(topic.treatments[record.index].category)),
                RecordKind::RecoveryPhase => (4, 0),
            };
            ((section, group, index), record)
        })
        .collect();
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, record)| record).collect()
}

#[cfg(test)]
mod tests {
    use pamphlet_schema::{Bibliography, Cause, RedFlag, Source, Topic, Urgency};

    use super::References;
    use crate::ExportError;

    fn source(id: &str) -> Source {
        Source {
            id: id.to_owned(),
            ..Source::default()
        }
    }

    #[test]
    fn numbers_sources_in_order_of_first_citation_on_the_handout() {
        let ids = |ids: &[&str]| ids.iter().map(|id| (*id).to_owned()).collect::<Vec<_>>();
        let topic = Topic {
            id: "t".to_owned(),
            causes: vec![Cause {
                id: "c".to_owned(),
                sources: ids(&["b", "a"]),
                ..Cause::default()
            }],
            red_flags: vec![
                RedFlag {
                    id: "soon".to_owned(),
                    action: Some(Urgency::Soon),
                    sources: ids(&["d"]),
                    ..RedFlag::default()
                },
                RedFlag {
                    id: "emergency".to_owned(),
                    action: Some(Urgency::Emergency),
                    sources: ids(&["a", "c"]),
                    ..RedFlag::default()
                },
            ],
            ..Topic::default()
        };
        let bibliography = Bibliography {
            sources: ["a", "b", "c", "d", "unused"].map(source).to_vec(),
        };
        let references = References::of(&topic, &bibliography).expect("all citations resolve");
        let order: Vec<(usize, &str)> = references
            .numbered()
            .map(|(number, source)| (number, source.id.as_str()))
            .collect();
        // The red-flag box comes first on the handout, most urgent first; causes after it.
        assert_eq!(order, [(1, "a"), (2, "c"), (3, "d"), (4, "b")]);
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
