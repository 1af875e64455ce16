//! A topic's reference list: the sources its records cite, numbered 1, 2, … in order of
//! first citation on the handout (`pamphlet_schema::records::handout_order`). The numbers
//! are made here once; the JSON, the CSV and the printed handout all read them from the
//! resolved topic, so a number in the data is the number a patient sees on paper.

use std::collections::HashMap;

use pamphlet_schema::records::handout_order;
use pamphlet_schema::{Bibliography, Source, Topic};

use crate::ModelError;

/// The sources one topic cites, each with its reference number.
#[derive(Debug)]
pub(crate) struct References<'a> {
    sources: Vec<&'a Source>,
    numbers: HashMap<&'a str, usize>,
}

impl<'a> References<'a> {
    /// Numbers the sources `topic` cites in order of first citation, reading the records
    /// in the order the handout prints them. A cited id missing from `bibliography` is an
    /// error: the checker reports it first, so it only happens when that rule was off.
    pub(crate) fn of(topic: &'a Topic, bibliography: &'a Bibliography) -> Result<Self, ModelError> {
        let mut by_id: HashMap<&str, &Source> = HashMap::new();
        for source in &bibliography.sources {
            // The first of two sources with one id wins, as in the checker.
            by_id.entry(source.id.as_str()).or_insert(source);
        }
        let mut references = References {
            sources: Vec::new(),
            numbers: HashMap::new(),
        };
        for entry in handout_order(topic) {
            for id in entry.citations() {
                if references.numbers.contains_key(id.as_str()) {
                    continue;
                }
                let Some(source) = by_id.get(id.as_str()) else {
                    return Err(ModelError::DanglingCitation {
                        topic: topic.id.clone(),
                        record: format!("{} `{}`", entry.kind().record_type(), entry.id()),
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
    pub(crate) fn numbered(&self) -> impl Iterator<Item = (usize, &'a Source)> + '_ {
        self.sources
            .iter()
            .enumerate()
            .map(|(index, source)| (index + 1, *source))
    }

    /// A cited source with its number, by id.
    pub(crate) fn source(&self, id: &str) -> Option<(usize, &'a Source)> {
        let number = *self.numbers.get(id)?;
        Some((number, self.sources[number - 1]))
    }

    pub(crate) fn len(&self) -> usize {
        self.sources.len()
    }
}

#[cfg(test)]
mod tests {
    use pamphlet_schema::{Bibliography, Cause, RedFlag, Source, Topic, Urgency};

    use super::References;
    use crate::ModelError;

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
        assert!(references.source("unused").is_none());
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
        assert!(matches!(error, ModelError::DanglingCitation { .. }));
        assert_eq!(
            error.to_string(),
            "topic `t`: cause `c` cites `missing`, which is not in the bibliography"
        );
    }
}
