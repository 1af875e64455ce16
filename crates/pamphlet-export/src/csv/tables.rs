//! The CSV tables. Each column is declared once, with its Table Schema description and the
//! value it takes from a record (`Extract`), so a column cannot drift from its header, and
//! `datapackage.json` is made from the same declarations. Rows come from the resolved
//! model (`pamphlet_model::Library`).

use pamphlet_model::{Cause, Library, RecoveryPhase, RedFlag, Source, Symptom, Topic, Treatment};
use pamphlet_schema::records::{RecordKind, records};
use pamphlet_schema::{Person, Safety};
use serde::Serialize;

/// What joins the items of a list field (aims, refers_to, goals, steps, authors) in a cell.
pub(crate) const LIST_SEPARATOR: &str = "; ";

/// A column's Table Schema type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FieldKind {
    String,
    Integer,
    Date,
}

/// One column of a table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Column {
    pub(crate) name: &'static str,
    pub(crate) kind: FieldKind,
    pub(crate) description: &'static str,
    pub(crate) required: bool,
    /// The values the column may hold, when it is an enumeration.
    pub(crate) values: &'static [&'static str],
}

const fn required(name: &'static str, kind: FieldKind, description: &'static str) -> Column {
    Column {
        name,
        kind,
        description,
        required: true,
        values: &[],
    }
}

const fn optional(name: &'static str, kind: FieldKind, description: &'static str) -> Column {
    Column {
        required: false,
        ..required(name, kind, description)
    }
}

/// A list field, its items joined with `LIST_SEPARATOR` (the description says so).
const fn list(name: &'static str, description: &'static str) -> Column {
    optional(name, FieldKind::String, description)
}

const fn one_of(
    name: &'static str,
    values: &'static [&'static str],
    description: &'static str,
) -> Column {
    Column {
        values,
        ..required(name, FieldKind::String, description)
    }
}

/// A foreign key: `fields` of this table name a row of `resource` by its `reference`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ForeignKey {
    pub(crate) fields: &'static [&'static str],
    pub(crate) resource: &'static str,
    pub(crate) reference: &'static [&'static str],
}

/// Where a row's record stands: its topic and its place in its list, from 1.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place<'a> {
    topic: &'a str,
    position: usize,
}

/// A column and the value it takes from a record of type `R` at a place.
pub(crate) struct Extract<R> {
    column: Column,
    value: fn(Place<'_>, &R) -> String,
}

const fn with<R>(column: Column, value: fn(Place<'_>, &R) -> String) -> Extract<R> {
    Extract { column, value }
}

/// A table as declared: its description and its columns with their extractors.
struct Declaration<R: 'static> {
    name: &'static str,
    description: &'static str,
    columns: &'static [Extract<R>],
    primary_key: &'static [&'static str],
    foreign_keys: &'static [ForeignKey],
}

impl<R> Declaration<R> {
    /// The table of `records`, each row its columns' values in declared order.
    fn table<'a>(&self, records: impl IntoIterator<Item = (Place<'a>, &'a R)>) -> Table {
        let rows = records
            .into_iter()
            .map(|(place, record)| {
                self.columns
                    .iter()
                    .map(|extract| (extract.value)(place, record))
                    .collect()
            })
            .collect();
        Table {
            name: self.name,
            description: self.description,
            columns: self.columns.iter().map(|extract| extract.column).collect(),
            primary_key: self.primary_key,
            foreign_keys: self.foreign_keys,
            rows,
        }
    }
}

/// One table: its description and its rows, each cell already formatted as text.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    /// The resource name in `datapackage.json`; the file is `<name>.csv`.
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    pub(crate) columns: Vec<Column>,
    pub(crate) primary_key: &'static [&'static str],
    pub(crate) foreign_keys: &'static [ForeignKey],
    pub(crate) rows: Vec<Vec<String>>,
}

impl Table {
    pub(crate) fn file_name(&self) -> String {
        format!("{}.csv", self.name)
    }
}

const TOPIC_KEY: ForeignKey = ForeignKey {
    fields: &["topic_id"],
    resource: "topics",
    reference: &["id"],
};
const RECORD_KEY: &[&str] = &["topic_id", "id"];

/// The columns every record table starts with: its topic, its id and its place.
const fn topic_id<R>() -> Extract<R> {
    with(
        required(
            "topic_id",
            FieldKind::String,
            "The id of the topic the record belongs to (`topics.id`).",
        ),
        |place, _| place.topic.to_owned(),
    )
}

const fn record_id<R: pamphlet_schema::records::Record<Source>>() -> Extract<R> {
    with(
        required(
            "id",
            FieldKind::String,
            "Kebab-case id of the record, unique within its topic.",
        ),
        |_, record| record.id().to_owned(),
    )
}

const fn position<R>() -> Extract<R> {
    with(
        required(
            "position",
            FieldKind::Integer,
            "Where the record comes in its topic's list, from 1.",
        ),
        |place, _| place.position.to_string(),
    )
}

const TOPICS: Declaration<Topic> = Declaration {
    name: "topics",
    description: "One row per topic (condition guide).",
    primary_key: &["id"],
    foreign_keys: &[],
    columns: &[
        with(
            required(
                "id",
                FieldKind::String,
                "Unique kebab-case slug of the topic.",
            ),
            |_, topic| topic.id.clone(),
        ),
        with(
            required(
                "title",
                FieldKind::String,
                "The title printed on the handout.",
            ),
            |_, topic| topic.title.clone(),
        ),
        with(
            required(
                "region",
                FieldKind::String,
                "The body region, as a kebab-case slug.",
            ),
            |_, topic| topic.region.clone(),
        ),
        with(
            required(
                "language",
                FieldKind::String,
                "The language of the text (BCP 47 tag).",
            ),
            |_, topic| topic.language.clone(),
        ),
        with(
            optional(
                "translation_of",
                FieldKind::String,
                "The id of the topic this one translates; empty for an original.",
            ),
            |_, topic| topic.translation_of.clone().unwrap_or_default(),
        ),
        with(
            required(
                "audience",
                FieldKind::String,
                "Who the guide is written for.",
            ),
            |_, topic| topic.audience.clone(),
        ),
        with(
            required(
                "summary",
                FieldKind::String,
                "What the condition is, in a few plain sentences.",
            ),
            |_, topic| topic.summary.clone(),
        ),
        with(
            list(
                "aims",
                "What the handout helps the reader do; items joined with \"; \".",
            ),
            |_, topic| join(&topic.aims),
        ),
        with(
            required(
                "without_treatment",
                FieldKind::String,
                "What usually happens if nothing is done.",
            ),
            |_, topic| topic.without_treatment.clone(),
        ),
        with(
            list(
                "authors",
                "The authors as \"Name (credentials)\"; items joined with \"; \".",
            ),
            |_, topic| {
                let authors: Vec<String> = topic.review.authors.iter().map(person).collect();
                authors.join(LIST_SEPARATOR)
            },
        ),
        with(
            required(
                "reviewer",
                FieldKind::String,
                "The clinical reviewer as \"Name (credentials)\".",
            ),
            |_, topic| person(&topic.review.reviewer),
        ),
        with(
            required(
                "last_reviewed",
                FieldKind::Date,
                "The day the clinical review was done.",
            ),
            |_, topic| topic.review.last_reviewed.to_string(),
        ),
        with(
            required(
                "next_review",
                FieldKind::Date,
                "The day by which the guide must be reviewed again.",
            ),
            |_, topic| topic.review.next_review.to_string(),
        ),
        with(
            optional(
                "disclosures",
                FieldKind::String,
                "Conflicts of interest, or a statement that there are none.",
            ),
            |_, topic| topic.review.disclosures.clone().unwrap_or_default(),
        ),
    ],
};

const CAUSES: Declaration<Cause> = Declaration {
    name: "causes",
    description: "What can start or keep each condition going.",
    primary_key: RECORD_KEY,
    foreign_keys: &[TOPIC_KEY],
    columns: &[
        topic_id(),
        record_id(),
        position(),
        with(
            required("name", FieldKind::String, "Short name of the cause."),
            |_, cause| cause.name.clone(),
        ),
        with(
            required(
                "description",
                FieldKind::String,
                "How it leads to the condition.",
            ),
            |_, cause| cause.description.clone(),
        ),
    ],
};

const SYMPTOMS: Declaration<Symptom> = Declaration {
    name: "symptoms",
    description: "What the reader may notice.",
    primary_key: RECORD_KEY,
    foreign_keys: &[TOPIC_KEY],
    columns: &[
        topic_id(),
        record_id(),
        position(),
        with(
            required("name", FieldKind::String, "Short name of the symptom."),
            |_, symptom| symptom.name.clone(),
        ),
        with(
            required("description", FieldKind::String, "What it feels like."),
            |_, symptom| symptom.description.clone(),
        ),
        with(
            one_of(
                "frequency",
                &["common", "less-common", "not-known"],
                "How often people with the condition have it.",
            ),
            |_, symptom| keyword(&symptom.frequency),
        ),
        with(
            list(
                "refers_to",
                "Body areas the pain or feeling can spread to; items joined with \"; \" (empty when none).",
            ),
            |_, symptom| join(&symptom.refers_to),
        ),
    ],
};

const RED_FLAGS: Declaration<RedFlag> = Declaration {
    name: "red_flags",
    description: "Signs that need a doctor, and how soon (\"when to see a doctor\").",
    primary_key: RECORD_KEY,
    foreign_keys: &[TOPIC_KEY],
    columns: &[
        topic_id(),
        record_id(),
        position(),
        with(
            required(
                "sign",
                FieldKind::String,
                "The sign, as the reader would notice it.",
            ),
            |_, red_flag| red_flag.sign.clone(),
        ),
        with(
            one_of(
                "action",
                &["emergency", "urgent", "soon"],
                "How soon to get help: emergency (now), urgent (a doctor the same day), soon (within days).",
            ),
            |_, red_flag| keyword(&red_flag.action),
        ),
        with(
            one_of(
                "screens_for",
                &[
                    "fracture",
                    "infection",
                    "cancer",
                    "cauda-equina",
                    "nerve-damage",
                    "vascular",
                    "inflammatory",
                    "other",
                ],
                "The serious problem the sign can point to.",
            ),
            |_, red_flag| keyword(&red_flag.screens_for),
        ),
    ],
};

const TREATMENTS: Declaration<Treatment> = Declaration {
    name: "treatments",
    description: "The treatment choices, with the strength of the evidence for each.",
    primary_key: RECORD_KEY,
    foreign_keys: &[TOPIC_KEY],
    columns: &[
        topic_id(),
        record_id(),
        position(),
        with(
            required("name", FieldKind::String, "Short name of the treatment."),
            |_, treatment| treatment.name.clone(),
        ),
        with(
            one_of(
                "category",
                &["conventional", "alternative", "home"],
                "The group the handout lists it under.",
            ),
            |_, treatment| keyword(&treatment.category),
        ),
        with(
            required("description", FieldKind::String, "What the treatment is."),
            |_, treatment| treatment.description.clone(),
        ),
        with(
            required(
                "how_it_works",
                FieldKind::String,
                "How it is thought to help.",
            ),
            |_, treatment| treatment.how_it_works.clone(),
        ),
        with(
            required(
                "benefits",
                FieldKind::String,
                "What the reader may gain, as far as the evidence shows.",
            ),
            |_, treatment| treatment.benefits.clone(),
        ),
        with(
            required(
                "risks",
                FieldKind::String,
                "Side effects, harms and who should avoid it.",
            ),
            |_, treatment| treatment.risks.clone(),
        ),
        with(
            one_of(
                "evidence_level",
                &["high", "moderate", "low", "very-low", "insufficient"],
                "The certainty of the evidence that it helps (GRADE).",
            ),
            |_, treatment| keyword(&treatment.evidence.level),
        ),
        with(
            required(
                "evidence_note",
                FieldKind::String,
                "What the studies found.",
            ),
            |_, treatment| treatment.evidence.note.clone(),
        ),
        with(
            one_of(
                "kind",
                &["medicine", "procedure", "therapy", "self-care"],
                "What kind of treatment it is; a medicine and a procedure state their safety.",
            ),
            |_, treatment| keyword(&treatment.kind),
        ),
        with(
            optional(
                "not_for",
                FieldKind::String,
                "Who should not use it, or should ask a doctor or pharmacist first.",
            ),
            |_, treatment| safety(treatment, |safety| &safety.not_for),
        ),
        with(
            optional(
                "side_effects",
                FieldKind::String,
                "Its common side effects.",
            ),
            |_, treatment| safety(treatment, |safety| &safety.side_effects),
        ),
        with(
            optional(
                "stop_and_get_help",
                FieldKind::String,
                "When to stop and get help, and how soon.",
            ),
            |_, treatment| safety(treatment, |safety| &safety.stop_and_get_help),
        ),
        with(
            optional(
                "serious_harms",
                FieldKind::String,
                "Rare but serious harms.",
            ),
            |_, treatment| safety(treatment, |safety| &safety.serious_harms),
        ),
    ],
};

const RECOVERY_PHASES: Declaration<RecoveryPhase> = Declaration {
    name: "recovery_phases",
    description: "The recovery plan of each topic, phase by phase.",
    primary_key: RECORD_KEY,
    foreign_keys: &[TOPIC_KEY],
    columns: &[
        topic_id(),
        record_id(),
        position(),
        with(
            required("name", FieldKind::String, "Short name of the phase."),
            |_, phase| phase.name.clone(),
        ),
        with(
            required(
                "week_from",
                FieldKind::Integer,
                "First week of the phase, counted from the start of care (from 1).",
            ),
            |_, phase| phase.weeks.from.to_string(),
        ),
        with(
            required(
                "week_to",
                FieldKind::Integer,
                "Last week of the phase (included).",
            ),
            |_, phase| phase.weeks.to.to_string(),
        ),
        with(
            list(
                "goals",
                "What the phase aims for; items joined with \"; \".",
            ),
            |_, phase| join(&phase.goals),
        ),
        with(
            list(
                "steps",
                "Things the reader does during the phase; items joined with \"; \".",
            ),
            |_, phase| join(&phase.steps),
        ),
    ],
};

const QUESTIONS: Declaration<pamphlet_model::Question> = Declaration {
    name: "questions",
    description: "Questions the reader can ask the care team.",
    primary_key: &["topic_id", "position"],
    foreign_keys: &[TOPIC_KEY],
    columns: &[
        topic_id(),
        with(
            required(
                "position",
                FieldKind::Integer,
                "Where the question comes in its topic's list, from 1.",
            ),
            |place, _| place.position.to_string(),
        ),
        with(
            required(
                "text",
                FieldKind::String,
                "A question the reader can ask the care team.",
            ),
            |_, question| question.text.clone(),
        ),
    ],
};

const SOURCES: Declaration<pamphlet_schema::Source> = Declaration {
    name: "sources",
    description: "Every source of the bibliography, in its order.",
    primary_key: &["id"],
    foreign_keys: &[],
    columns: &[
        with(
            required(
                "id",
                FieldKind::String,
                "Unique kebab-case id that records cite.",
            ),
            |_, source| source.id.clone(),
        ),
        with(
            one_of(
                "type",
                &[
                    "journal-article",
                    "systematic-review",
                    "guideline",
                    "book",
                    "webpage",
                ],
                "What kind of publication it is.",
            ),
            |_, source| keyword(&source.source_type),
        ),
        with(
            list(
                "authors",
                "Authors as printed, or the organisation; items joined with \"; \".",
            ),
            |_, source| join(&source.authors),
        ),
        with(
            required(
                "title",
                FieldKind::String,
                "Title of the article, chapter, book or page.",
            ),
            |_, source| source.title.clone(),
        ),
        with(
            required(
                "container",
                FieldKind::String,
                "The journal, publisher or website it appeared in.",
            ),
            |_, source| source.container.clone(),
        ),
        with(
            optional(
                "year",
                FieldKind::Integer,
                "Year of publication (a web page that shows no date has none).",
            ),
            |_, source| source.year.map(|year| year.to_string()).unwrap_or_default(),
        ),
        with(
            optional("pages", FieldKind::String, "Volume, issue and pages."),
            |_, source| text(&source.pages),
        ),
        with(
            optional(
                "doi",
                FieldKind::String,
                "Digital Object Identifier, without the https://doi.org/ prefix.",
            ),
            |_, source| text(&source.doi),
        ),
        with(
            optional("pmid", FieldKind::String, "PubMed identifier."),
            |_, source| text(&source.pmid),
        ),
        with(
            optional("isbn", FieldKind::String, "ISBN-10 or ISBN-13."),
            |_, source| text(&source.isbn),
        ),
        with(
            optional(
                "url",
                FieldKind::String,
                "Web address where the source can be read.",
            ),
            |_, source| text(&source.url),
        ),
        with(
            optional(
                "accessed",
                FieldKind::Date,
                "The day the web page was read.",
            ),
            |_, source| {
                source
                    .accessed
                    .map(|date| date.to_string())
                    .unwrap_or_default()
            },
        ),
    ],
};

/// One citation: a record citing a numbered source. Its place is the record's topic and
/// the citation's position in the record's list of sources.
pub(crate) struct Citation {
    kind: RecordKind,
    record_id: String,
    source_id: String,
    number: usize,
}

const CITATIONS: Declaration<Citation> = Declaration {
    name: "citations",
    description: "Which record cites which source: one row per citation, in the order each record lists its sources.",
    primary_key: &["topic_id", "record_type", "record_id", "position"],
    foreign_keys: &[
        TOPIC_KEY,
        ForeignKey {
            fields: &["source_id"],
            resource: "sources",
            reference: &["id"],
        },
    ],
    columns: &[
        topic_id(),
        with(
            one_of(
                "record_type",
                &[
                    "cause",
                    "symptom",
                    "red_flag",
                    "treatment",
                    "recovery_phase",
                ],
                "The kind of record that cites the source; the record is the row of causes, symptoms, red_flags, treatments or recovery_phases (in that order) with this topic_id and id record_id.",
            ),
            |_, citation| citation.kind.record_type().to_owned(),
        ),
        with(
            required(
                "record_id",
                FieldKind::String,
                "The id of the citing record within its topic.",
            ),
            |_, citation| citation.record_id.clone(),
        ),
        with(
            required(
                "position",
                FieldKind::Integer,
                "Where the source comes in the record's list of sources, from 1.",
            ),
            |place, _| place.position.to_string(),
        ),
        with(
            required(
                "source_id",
                FieldKind::String,
                "The cited source (`sources.id`).",
            ),
            |_, citation| citation.source_id.clone(),
        ),
        with(
            required(
                "reference_number",
                FieldKind::Integer,
                "The source's number in the topic's reference list (as on the handout): sources are numbered in order of first citation.",
            ),
            |_, citation| citation.number.to_string(),
        ),
    ],
};

/// Builds every table from the library: topics in id order, records as in each topic
/// file, sources as in the bibliography (all of them, cited or not).
pub(crate) fn build(library: &Library) -> Vec<Table> {
    let topics = &library.topics;
    // One row per citation, placed by its position in its record's list of sources.
    let citations: Vec<(Place<'_>, Citation)> = topics
        .iter()
        .flat_map(|topic| {
            records(topic).flat_map(move |entry| {
                entry
                    .citations()
                    .iter()
                    .enumerate()
                    .map(move |(index, source)| {
                        let citation = Citation {
                            kind: entry.kind(),
                            record_id: entry.id().to_owned(),
                            source_id: source.id.clone(),
                            number: source.number,
                        };
                        (place(topic, index), citation)
                    })
            })
        })
        .collect();
    vec![
        TOPICS.table(topics.iter().map(|topic| (place(topic, 0), topic))),
        CAUSES.table(listed(topics, |topic| &topic.causes)),
        SYMPTOMS.table(listed(topics, |topic| &topic.symptoms)),
        RED_FLAGS.table(listed(topics, |topic| &topic.red_flags)),
        TREATMENTS.table(listed(topics, |topic| &topic.treatments)),
        RECOVERY_PHASES.table(listed(topics, |topic| &topic.recovery)),
        QUESTIONS.table(listed(topics, |topic| &topic.questions)),
        SOURCES.table(library.sources.iter().map(|source| (place_none(), source))),
        CITATIONS.table(citations.iter().map(|(place, citation)| (*place, citation))),
    ]
}

fn place(topic: &Topic, index: usize) -> Place<'_> {
    Place {
        topic: &topic.id,
        position: index + 1,
    }
}

/// The place of a row that belongs to no topic (a source).
fn place_none() -> Place<'static> {
    Place {
        topic: "",
        position: 0,
    }
}

/// Every record of one list of every topic, with its place.
fn listed<'a, R>(
    topics: &'a [Topic],
    list: fn(&'a Topic) -> &'a [R],
) -> impl Iterator<Item = (Place<'a>, &'a R)> {
    topics.iter().flat_map(move |topic| {
        list(topic)
            .iter()
            .enumerate()
            .map(move |(index, record)| (place(topic, index), record))
    })
}

fn join(items: &[String]) -> String {
    items.join(LIST_SEPARATOR)
}

/// One part of a treatment's safety block, empty when it has none.
fn safety(treatment: &Treatment, part: fn(&Safety) -> &String) -> String {
    treatment
        .safety
        .as_ref()
        .map(part)
        .cloned()
        .unwrap_or_default()
}

fn text(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn person(person: &Person) -> String {
    if person.credentials.is_empty() {
        person.name.clone()
    } else {
        format!("{} ({})", person.name, person.credentials)
    }
}

/// The keyword an enumeration is written as in content files, for example `less-common`.
fn keyword(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(serde_json::Value::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use pamphlet_schema::records::RecordKind;
    use pamphlet_schema::{
        Category, Concern, EvidenceLevel, Frequency, SourceType, TreatmentKind, Urgency,
    };
    use schemars::JsonSchema;
    use serde_json::Value;

    use super::{CITATIONS, Declaration, RED_FLAGS, SOURCES, SYMPTOMS, TREATMENTS};

    /// The values the content model allows for the enumeration `T`, from its schema.
    fn allowed<T: JsonSchema>() -> Vec<String> {
        let schema = pamphlet_schema::schema_for::<T>("test");
        let strings = |values: &Value| -> Vec<String> {
            values
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|value| value.as_str().map(str::to_owned))
                .collect()
        };
        if let Some(values) = schema.get("enum") {
            return strings(values);
        }
        let variants = schema.get("oneOf").and_then(Value::as_array);
        variants
            .into_iter()
            .flatten()
            .filter_map(|variant| variant.get("const")?.as_str().map(str::to_owned))
            .collect()
    }

    fn declared<R>(table: &Declaration<R>, name: &str) -> Vec<String> {
        let column = table
            .columns
            .iter()
            .find(|extract| extract.column.name == name)
            .unwrap_or_else(|| panic!("{} has no column {name}", table.name));
        column
            .column
            .values
            .iter()
            .map(|value| (*value).to_owned())
            .collect()
    }

    /// Every enumerated column allows exactly the values of the content model, so a new
    /// variant cannot leave `datapackage.json` refusing valid rows.
    #[test]
    fn enumerated_columns_allow_the_content_models_values() {
        assert_eq!(declared(&RED_FLAGS, "action"), allowed::<Urgency>());
        assert_eq!(declared(&RED_FLAGS, "screens_for"), allowed::<Concern>());
        assert_eq!(declared(&TREATMENTS, "kind"), allowed::<TreatmentKind>());
        assert_eq!(declared(&SYMPTOMS, "frequency"), allowed::<Frequency>());
        assert_eq!(declared(&TREATMENTS, "category"), allowed::<Category>());
        assert_eq!(
            declared(&TREATMENTS, "evidence_level"),
            allowed::<EvidenceLevel>()
        );
        assert_eq!(declared(&SOURCES, "type"), allowed::<SourceType>());
        let citing: Vec<String> = RecordKind::ALL
            .into_iter()
            .filter(|kind| kind.makes_claims())
            .map(|kind| kind.record_type().to_owned())
            .collect();
        assert_eq!(declared(&CITATIONS, "record_type"), citing);
    }
}
