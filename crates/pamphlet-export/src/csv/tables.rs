//! The CSV tables: each table's columns (name, type, description, keys) and its rows, built
//! from the checked content. The columns are also what `datapackage.json` describes, so
//! the data and its description cannot drift apart.

use pamphlet_check::CheckedTree;
use pamphlet_schema::Person;
use serde::Serialize;

use crate::ExportError;
use crate::model::ExportSource;
use crate::references::RecordKind;
use crate::resolve::{export_source, resolve};

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

/// One table: its description and its rows, each cell already formatted as text.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    /// The resource name in `datapackage.json`; the file is `<name>.csv`.
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    pub(crate) columns: &'static [Column],
    pub(crate) primary_key: &'static [&'static str],
    pub(crate) foreign_keys: &'static [ForeignKey],
    pub(crate) rows: Vec<Vec<String>>,
}

impl Table {
    fn new(
        name: &'static str,
        description: &'static str,
        columns: &'static [Column],
        primary_key: &'static [&'static str],
        foreign_keys: &'static [ForeignKey],
    ) -> Table {
        Table {
            name,
            description,
            columns,
            primary_key,
            foreign_keys,
            rows: Vec::new(),
        }
    }

    pub(crate) fn file_name(&self) -> String {
        format!("{}.csv", self.name)
    }

    fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.columns.len(), "a row of {}", self.name);
        self.rows.push(row);
    }
}

const TOPIC_KEY: ForeignKey = ForeignKey {
    fields: &["topic_id"],
    resource: "topics",
    reference: &["id"],
};
const RECORD_KEY: &[&str] = &["topic_id", "id"];
const TOPIC_ID: Column = required(
    "topic_id",
    FieldKind::String,
    "The id of the topic the record belongs to (`topics.id`).",
);
const RECORD_ID: Column = required(
    "id",
    FieldKind::String,
    "Kebab-case id of the record, unique within its topic.",
);
const POSITION: Column = required(
    "position",
    FieldKind::Integer,
    "Where the record comes in its topic's list, from 1.",
);

const TOPICS: &[Column] = &[
    required(
        "id",
        FieldKind::String,
        "Unique kebab-case slug of the topic.",
    ),
    required(
        "title",
        FieldKind::String,
        "The title printed on the handout.",
    ),
    required(
        "region",
        FieldKind::String,
        "The body region, as a kebab-case slug.",
    ),
    required(
        "language",
        FieldKind::String,
        "The language of the text (BCP 47 tag).",
    ),
    required(
        "audience",
        FieldKind::String,
        "Who the guide is written for.",
    ),
    required(
        "summary",
        FieldKind::String,
        "What the condition is, in a few plain sentences.",
    ),
    list(
        "aims",
        "What the handout helps the reader do; items joined with \"; \".",
    ),
    required(
        "without_treatment",
        FieldKind::String,
        "What usually happens if nothing is done.",
    ),
    list(
        "authors",
        "The authors as \"Name (credentials)\"; items joined with \"; \".",
    ),
    required(
        "reviewer",
        FieldKind::String,
        "The clinical reviewer as \"Name (credentials)\".",
    ),
    required(
        "last_reviewed",
        FieldKind::Date,
        "The day the clinical review was done.",
    ),
    required(
        "next_review",
        FieldKind::Date,
        "The day by which the guide must be reviewed again.",
    ),
    optional(
        "disclosures",
        FieldKind::String,
        "Conflicts of interest, or a statement that there are none.",
    ),
];

const CAUSES: &[Column] = &[
    TOPIC_ID,
    RECORD_ID,
    POSITION,
    required("name", FieldKind::String, "Short name of the cause."),
    required(
        "description",
        FieldKind::String,
        "How it leads to the condition.",
    ),
];

const SYMPTOMS: &[Column] = &[
    TOPIC_ID,
    RECORD_ID,
    POSITION,
    required("name", FieldKind::String, "Short name of the symptom."),
    required("description", FieldKind::String, "What it feels like."),
    one_of(
        "frequency",
        &["common", "less-common"],
        "How often people with the condition have it.",
    ),
    list(
        "refers_to",
        "Body areas the pain or feeling can spread to; items joined with \"; \" (empty when none).",
    ),
];

const RED_FLAGS: &[Column] = &[
    TOPIC_ID,
    RECORD_ID,
    POSITION,
    required(
        "sign",
        FieldKind::String,
        "The sign, as the reader would notice it.",
    ),
    one_of(
        "action",
        &["emergency", "urgent", "soon"],
        "How soon to get help: emergency (now), urgent (a doctor the same day), soon (within days).",
    ),
];

const TREATMENTS: &[Column] = &[
    TOPIC_ID,
    RECORD_ID,
    POSITION,
    required("name", FieldKind::String, "Short name of the treatment."),
    one_of(
        "category",
        &["conventional", "alternative", "home"],
        "The group the handout lists it under.",
    ),
    required("description", FieldKind::String, "What the treatment is."),
    required(
        "how_it_works",
        FieldKind::String,
        "How it is thought to help.",
    ),
    required(
        "benefits",
        FieldKind::String,
        "What the reader may gain, as far as the evidence shows.",
    ),
    required(
        "risks",
        FieldKind::String,
        "Side effects, harms and who should avoid it.",
    ),
    one_of(
        "evidence_level",
        &["high", "moderate", "low", "very-low", "insufficient"],
        "The certainty of the evidence that it helps (GRADE).",
    ),
    required(
        "evidence_note",
        FieldKind::String,
        "What the studies found.",
    ),
];

const RECOVERY_PHASES: &[Column] = &[
    TOPIC_ID,
    RECORD_ID,
    POSITION,
    required("name", FieldKind::String, "Short name of the phase."),
    required(
        "week_from",
        FieldKind::Integer,
        "First week of the phase, counted from the start of care (from 1).",
    ),
    required(
        "week_to",
        FieldKind::Integer,
        "Last week of the phase (included).",
    ),
    list(
        "goals",
        "What the phase aims for; items joined with \"; \".",
    ),
    list(
        "steps",
        "Things the reader does during the phase; items joined with \"; \".",
    ),
];

const QUESTIONS: &[Column] = &[
    TOPIC_ID,
    required(
        "position",
        FieldKind::Integer,
        "Where the question comes in its topic's list, from 1.",
    ),
    required(
        "text",
        FieldKind::String,
        "A question the reader can ask the care team.",
    ),
];

const SOURCES: &[Column] = &[
    required(
        "id",
        FieldKind::String,
        "Unique kebab-case id that records cite.",
    ),
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
    list(
        "authors",
        "Authors as printed, or the organisation; items joined with \"; \".",
    ),
    required(
        "title",
        FieldKind::String,
        "Title of the article, chapter, book or page.",
    ),
    required(
        "container",
        FieldKind::String,
        "The journal, publisher or website it appeared in.",
    ),
    optional(
        "year",
        FieldKind::Integer,
        "Year of publication (a web page that shows no date has none).",
    ),
    optional("pages", FieldKind::String, "Volume, issue and pages."),
    optional(
        "doi",
        FieldKind::String,
        "Digital Object Identifier, without the https://doi.org/ prefix.",
    ),
    optional("pmid", FieldKind::String, "PubMed identifier."),
    optional("isbn", FieldKind::String, "ISBN-10 or ISBN-13."),
    optional(
        "url",
        FieldKind::String,
        "Web address where the source can be read.",
    ),
    optional(
        "accessed",
        FieldKind::Date,
        "The day the web page was read.",
    ),
];

const CITATIONS: &[Column] = &[
    TOPIC_ID,
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
    required(
        "record_id",
        FieldKind::String,
        "The id of the citing record within its topic.",
    ),
    required(
        "position",
        FieldKind::Integer,
        "Where the source comes in the record's list of sources, from 1.",
    ),
    required(
        "source_id",
        FieldKind::String,
        "The cited source (`sources.id`).",
    ),
    required(
        "reference_number",
        FieldKind::Integer,
        "The source's number in the topic's reference list (as on the handout): sources are numbered in order of first citation.",
    ),
];

/// Builds every table from the checked tree: topics in id order, records as in each topic
/// file, sources as in the bibliography (all of them, cited or not).
pub(crate) fn build(tree: &CheckedTree) -> Result<Vec<Table>, ExportError> {
    let (topics, bibliography) = resolve(tree)?;
    let mut topic_table = Table::new(
        "topics",
        "One row per topic (condition guide).",
        TOPICS,
        &["id"],
        &[],
    );
    let mut causes = Table::new(
        "causes",
        "What can start or keep each condition going.",
        CAUSES,
        RECORD_KEY,
        &[TOPIC_KEY],
    );
    let mut symptoms = Table::new(
        "symptoms",
        "What the reader may notice.",
        SYMPTOMS,
        RECORD_KEY,
        &[TOPIC_KEY],
    );
    let mut red_flags = Table::new(
        "red_flags",
        "Signs that need a doctor, and how soon (\"when to see a doctor\").",
        RED_FLAGS,
        RECORD_KEY,
        &[TOPIC_KEY],
    );
    let mut treatments = Table::new(
        "treatments",
        "The treatment choices, with the strength of the evidence for each.",
        TREATMENTS,
        RECORD_KEY,
        &[TOPIC_KEY],
    );
    let mut recovery = Table::new(
        "recovery_phases",
        "The recovery plan of each topic, phase by phase.",
        RECOVERY_PHASES,
        RECORD_KEY,
        &[TOPIC_KEY],
    );
    let mut questions = Table::new(
        "questions",
        "Questions the reader can ask the care team.",
        QUESTIONS,
        &["topic_id", "position"],
        &[TOPIC_KEY],
    );
    let mut sources = Table::new(
        "sources",
        "Every source of the bibliography, in its order.",
        SOURCES,
        &["id"],
        &[],
    );
    let mut citations = Table::new(
        "citations",
        "Which record cites which source: one row per citation, in the order each record lists its sources.",
        CITATIONS,
        &["topic_id", "record_type", "record_id", "position"],
        &[
            TOPIC_KEY,
            ForeignKey {
                fields: &["source_id"],
                resource: "sources",
                reference: &["id"],
            },
        ],
    );

    for topic in &topics {
        let id = || topic.id.clone();
        let review = &topic.review;
        topic_table.push(vec![
            id(),
            topic.title.clone(),
            topic.region.clone(),
            topic.language.clone(),
            topic.audience.clone(),
            topic.summary.clone(),
            join(&topic.aims),
            topic.without_treatment.clone(),
            review
                .authors
                .iter()
                .map(person)
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR),
            person(&review.reviewer),
            review.last_reviewed.to_string(),
            review.next_review.to_string(),
            review.disclosures.clone().unwrap_or_default(),
        ]);
        let mut cite = |kind: RecordKind, record_id: &str, cited: &[ExportSource]| {
            for (index, source) in cited.iter().enumerate() {
                citations.push(vec![
                    id(),
                    kind.singular().to_owned(),
                    record_id.to_owned(),
                    position(index),
                    source.id.clone(),
                    source.number.to_string(),
                ]);
            }
        };

        for (index, cause) in topic.causes.iter().enumerate() {
            causes.push(vec![
                id(),
                cause.id.clone(),
                position(index),
                cause.name.clone(),
                cause.description.clone(),
            ]);
            cite(RecordKind::Cause, &cause.id, &cause.sources);
        }
        for (index, symptom) in topic.symptoms.iter().enumerate() {
            symptoms.push(vec![
                id(),
                symptom.id.clone(),
                position(index),
                symptom.name.clone(),
                symptom.description.clone(),
                keyword(&symptom.frequency)?,
                join(&symptom.refers_to),
            ]);
            cite(RecordKind::Symptom, &symptom.id, &symptom.sources);
        }
        for (index, red_flag) in topic.red_flags.iter().enumerate() {
            red_flags.push(vec![
                id(),
                red_flag.id.clone(),
                position(index),
                red_flag.sign.clone(),
                keyword(&red_flag.action)?,
            ]);
            cite(RecordKind::RedFlag, &red_flag.id, &red_flag.sources);
        }
        for (index, treatment) in topic.treatments.iter().enumerate() {
            treatments.push(vec![
                id(),
                treatment.id.clone(),
                position(index),
                treatment.name.clone(),
                keyword(&treatment.category)?,
                treatment.description.clone(),
                treatment.how_it_works.clone(),
                treatment.benefits.clone(),
                treatment.risks.clone(),
                keyword(&treatment.evidence.level)?,
                treatment.evidence.note.clone(),
            ]);
            cite(RecordKind::Treatment, &treatment.id, &treatment.sources);
        }
        for (index, phase) in topic.recovery.iter().enumerate() {
            recovery.push(vec![
                id(),
                phase.id.clone(),
                position(index),
                phase.name.clone(),
                phase.weeks.from.to_string(),
                phase.weeks.to.to_string(),
                join(&phase.goals),
                join(&phase.steps),
            ]);
            cite(RecordKind::RecoveryPhase, &phase.id, &phase.sources);
        }
        for (index, question) in topic.questions.iter().enumerate() {
            questions.push(vec![id(), position(index), question.text.clone()]);
        }
    }

    for source in &bibliography.sources {
        let source = export_source(0, source)?;
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        sources.push(vec![
            source.id.clone(),
            keyword(&source.source_type)?,
            join(&source.authors),
            source.title.clone(),
            source.container.clone(),
            source.year.map(|year| year.to_string()).unwrap_or_default(),
            text(&source.pages),
            text(&source.doi),
            text(&source.pmid),
            text(&source.isbn),
            text(&source.url),
            source
                .accessed
                .map(|date| date.to_string())
                .unwrap_or_default(),
        ]);
    }

    Ok(vec![
        topic_table,
        causes,
        symptoms,
        red_flags,
        treatments,
        recovery,
        questions,
        sources,
        citations,
    ])
}

fn join(items: &[String]) -> String {
    items.join(LIST_SEPARATOR)
}

fn position(index: usize) -> String {
    (index + 1).to_string()
}

fn person(person: &Person) -> String {
    if person.credentials.is_empty() {
        person.name.clone()
    } else {
        format!("{} ({})", person.name, person.credentials)
    }
}

/// The keyword an enumeration is written as in content files, for example `less-common`.
fn keyword(value: &impl Serialize) -> Result<String, ExportError> {
    match serde_json::to_value(value)? {
        serde_json::Value::String(text) => Ok(text),
        other => Ok(other.to_string()),
    }
}
