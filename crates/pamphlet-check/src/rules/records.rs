//! A uniform view of a topic's records and text fields, so that rules about
//! sourcing, completeness and language treat every kind of record alike. The records
//! come from the one walk over a topic (`pamphlet_schema::records`); this file adds what
//! the rules need of each: its JSON pointer, its text fields and its required lists.

use pamphlet_schema::records::{Entry, RecordKind, RecordRef};
use pamphlet_schema::{Suppression, Topic};

/// One text field of a topic: where it is, what it is called and what it says.
#[derive(Clone)]
pub(crate) struct TextField<'a> {
    pub(crate) pointer: String,
    /// The field's name as an author would look for it, e.g. `how_it_works` or `steps`.
    pub(crate) name: &'static str,
    pub(crate) text: &'a str,
    /// The record the field belongs to (a red flag's `sign` reads what the flag screens
    /// for from it); `None` for the topic's own fields and for a source's.
    pub(crate) record: Option<RecordRef<'a, Topic>>,
}

/// Shows where the field is and what it says (the typed record has no `Debug`).
impl std::fmt::Debug for TextField<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("TextField")
            .field("pointer", &self.pointer)
            .field("name", &self.name)
            .field("text", &self.text)
            .finish_non_exhaustive()
    }
}

/// One record of a topic.
#[derive(Clone, Debug)]
pub(crate) struct Record<'a> {
    pub(crate) kind: RecordKind,
    pub(crate) pointer: String,
    pub(crate) id: &'a str,
    pub(crate) sources: &'a [String],
    pub(crate) suppress: &'a [Suppression],
    pub(crate) fields: Vec<TextField<'a>>,
    /// Lists that must hold at least one entry, as (name, pointer, length).
    pub(crate) required_lists: Vec<(&'static str, String, usize)>,
}

impl Record<'_> {
    /// How the record is named in messages: "treatment `massage-therapy`".
    pub(crate) fn label(&self) -> String {
        if self.id.trim().is_empty() {
            format!("this {}", self.kind.noun())
        } else {
            format!("{} `{}`", self.kind.noun(), self.id)
        }
    }
}

fn field<'a>(
    record: Option<RecordRef<'a, Topic>>,
    pointer: &str,
    name: &'static str,
    text: &'a str,
) -> TextField<'a> {
    TextField {
        // Joined, not formatted: a topic has thousands of fields, and `format!` costs
        // several times as much for two plain strings.
        pointer: [pointer, "/", name].concat(),
        name,
        text,
        record,
    }
}

fn list_fields<'a>(
    record: Option<RecordRef<'a, Topic>>,
    pointer: &str,
    name: &'static str,
    items: &'a [String],
) -> Vec<TextField<'a>> {
    items
        .iter()
        .enumerate()
        .map(|(index, text)| TextField {
            pointer: [pointer, "/", name, "/", &index.to_string()].concat(),
            name,
            text,
            record,
        })
        .collect()
}

/// Every record of a topic, in file order.
pub(crate) fn records(topic: &Topic) -> Vec<Record<'_>> {
    pamphlet_schema::records::records(topic)
        .map(record)
        .collect()
}

/// One record as the rules see it.
fn record(entry: Entry<'_, Topic>) -> Record<'_> {
    let pointer = ["/", entry.kind().field(), "/", &entry.index.to_string()].concat();
    let own = Some(entry.record);
    let mut required_lists = Vec::new();
    let (fields, suppress) = match entry.record {
        RecordRef::Cause(cause) => (
            vec![
                field(own, &pointer, "name", &cause.name),
                field(own, &pointer, "description", &cause.description),
            ],
            cause.suppress.as_slice(),
        ),
        RecordRef::Symptom(symptom) => {
            let mut fields = vec![
                field(own, &pointer, "name", &symptom.name),
                field(own, &pointer, "description", &symptom.description),
            ];
            fields.extend(list_fields(own, &pointer, "refers_to", &symptom.refers_to));
            (fields, symptom.suppress.as_slice())
        }
        RecordRef::RedFlag(red_flag) => (
            vec![field(own, &pointer, "sign", &red_flag.sign)],
            red_flag.suppress.as_slice(),
        ),
        RecordRef::Treatment(treatment) => {
            let mut fields = vec![
                field(own, &pointer, "name", &treatment.name),
                field(own, &pointer, "description", &treatment.description),
                field(own, &pointer, "how_it_works", &treatment.how_it_works),
                field(own, &pointer, "benefits", &treatment.benefits),
                field(own, &pointer, "risks", &treatment.risks),
            ];
            // The safety parts are optional unless the treatment is a medicine or a
            // procedure (the safety rules say which); those written are read like the rest.
            if let Some(safety) = &treatment.safety {
                let parts = [
                    ("not_for", &safety.not_for),
                    ("side_effects", &safety.side_effects),
                    ("stop_and_get_help", &safety.stop_and_get_help),
                    ("serious_harms", &safety.serious_harms),
                ];
                for (name, text) in parts {
                    if !text.trim().is_empty() {
                        fields.push(TextField {
                            pointer: [&pointer, "/safety/", name].concat(),
                            name,
                            text,
                            record: own,
                        });
                    }
                }
            }
            if let Some(evidence) = &treatment.evidence {
                fields.push(TextField {
                    pointer: [&pointer, "/evidence/note"].concat(),
                    name: "evidence note",
                    text: &evidence.note,
                    record: own,
                });
            }
            (fields, treatment.suppress.as_slice())
        }
        RecordRef::RecoveryPhase(phase) => {
            let mut fields = vec![field(own, &pointer, "name", &phase.name)];
            fields.extend(list_fields(own, &pointer, "goals", &phase.goals));
            fields.extend(list_fields(own, &pointer, "steps", &phase.steps));
            required_lists = vec![
                ("goals", format!("{pointer}/goals"), phase.goals.len()),
                ("steps", format!("{pointer}/steps"), phase.steps.len()),
            ];
            (fields, phase.suppress.as_slice())
        }
        RecordRef::Question(question) => {
            (vec![field(own, &pointer, "text", &question.text)], &[][..])
        }
    };
    Record {
        kind: entry.kind(),
        pointer,
        id: entry.id(),
        sources: entry.citations(),
        suppress,
        fields,
        required_lists,
    }
}

/// The topic's own text fields (not those of its records), in file order.
pub(crate) fn topic_fields(topic: &Topic) -> Vec<TextField<'_>> {
    let mut fields = vec![
        field(None, "", "title", &topic.title),
        field(None, "", "audience", &topic.audience),
        field(None, "", "summary", &topic.summary),
    ];
    fields.extend(list_fields(None, "", "aims", &topic.aims));
    fields.push(field(
        None,
        "",
        "without_treatment",
        &topic.without_treatment,
    ));
    fields
}

/// Whether a text field is prose. Names and titles are headings, not sentences, so the
/// readability rules skip them (a heading of three long words is not a grade-20 sentence).
pub(crate) fn is_prose(field: &TextField<'_>) -> bool {
    !matches!(field.name, "name" | "title")
}

/// Every text field a patient reads: the topic's own, then each of `records`' (the
/// topic's, from [`records`]).
pub(crate) fn all_text<'a>(topic: &'a Topic, records: &[Record<'a>]) -> Vec<TextField<'a>> {
    let mut fields = topic_fields(topic);
    for record in records {
        fields.extend(
            record
                .fields
                .iter()
                .filter(|field| field.name != "refers_to")
                .cloned(),
        );
    }
    fields
}
