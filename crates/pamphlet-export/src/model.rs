//! The JSON export format: serde + schemars types for a topic file and the catalogue.
//! `codegen` turns them into `schema/export-topic.schema.json` and
//! `schema/export-catalogue.schema.json`.

use pamphlet_schema::{
    Category, EvidenceLevel, Frequency, IsoDate, Person, SourceType, Urgency, WeekRange,
};
use schemars::JsonSchema;
use serde::Serialize;

/// The version of the export format, written into every JSON file. A new field raises
/// the minor number; a renamed or removed field, or a changed meaning, the major one.
pub const SCHEMA_VERSION: &str = "1.0";

/// One topic (condition guide) as exported: the content of its topic file with every
/// citation resolved to the full source, and the numbered reference list.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Topic", title = "pamphlet topic export")]
pub(crate) struct ExportTopic {
    /// The version of this export format.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub(crate) schema_version: &'static str,
    /// Unique kebab-case slug of the topic; it also names this file.
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) id: String,
    /// The title printed on the handout.
    pub(crate) title: String,
    /// The body region, as a kebab-case slug.
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) region: String,
    /// The language of the text, as a BCP 47 tag.
    pub(crate) language: String,
    /// Who the guide is written for.
    pub(crate) audience: String,
    /// What the condition is, in a few plain sentences.
    pub(crate) summary: String,
    /// What the handout helps the reader do.
    pub(crate) aims: Vec<String>,
    /// What usually happens if nothing is done.
    pub(crate) without_treatment: String,
    /// Who wrote and reviewed the guide, and when it is next due for review.
    pub(crate) review: ExportReview,
    /// What can start or keep the condition going.
    pub(crate) causes: Vec<ExportCause>,
    /// What the reader may notice.
    pub(crate) symptoms: Vec<ExportSymptom>,
    /// Signs that need a doctor, and how soon ("when to see a doctor").
    pub(crate) red_flags: Vec<ExportRedFlag>,
    /// The treatment choices, with the strength of the evidence for each.
    pub(crate) treatments: Vec<ExportTreatment>,
    /// The recovery plan, phase by phase.
    pub(crate) recovery: Vec<ExportRecoveryPhase>,
    /// Questions the reader can ask the care team.
    pub(crate) questions: Vec<ExportQuestion>,
    /// Every source the topic cites, numbered in order of first citation (as on the
    /// handout).
    pub(crate) references: Vec<ExportSource>,
}

/// Authorship and clinical review of a topic.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Review")]
pub(crate) struct ExportReview {
    /// The people who wrote the guide, with their credentials.
    pub(crate) authors: Vec<Person>,
    /// The clinician who checked the guide.
    pub(crate) reviewer: Person,
    /// The day the clinical review was done.
    pub(crate) last_reviewed: IsoDate,
    /// The day by which the guide must be reviewed again.
    pub(crate) next_review: IsoDate,
    /// Conflicts of interest, or a statement that there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) disclosures: Option<String>,
}

/// Something that can start or keep the condition going.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Cause")]
pub(crate) struct ExportCause {
    /// Kebab-case id, unique within the topic.
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) description: String,
    /// The sources this record cites, in the order it cites them.
    pub(crate) sources: Vec<ExportSource>,
}

/// Something the reader may notice.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Symptom")]
pub(crate) struct ExportSymptom {
    /// Kebab-case id, unique within the topic.
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) frequency: Frequency,
    /// Body areas the pain or feeling can spread to (may be empty).
    pub(crate) refers_to: Vec<String>,
    /// The sources this record cites, in the order it cites them.
    pub(crate) sources: Vec<ExportSource>,
}

/// A sign that needs a doctor.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "RedFlag")]
pub(crate) struct ExportRedFlag {
    /// Kebab-case id, unique within the topic.
    pub(crate) id: String,
    /// The sign, as the reader would notice it.
    pub(crate) sign: String,
    /// How soon to get help.
    pub(crate) action: Urgency,
    /// The sources this record cites, in the order it cites them.
    pub(crate) sources: Vec<ExportSource>,
}

/// One treatment choice.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Treatment")]
pub(crate) struct ExportTreatment {
    /// Kebab-case id, unique within the topic.
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) category: Category,
    pub(crate) description: String,
    pub(crate) how_it_works: String,
    pub(crate) benefits: String,
    pub(crate) risks: String,
    pub(crate) evidence: ExportEvidence,
    /// The sources this record cites, in the order it cites them.
    pub(crate) sources: Vec<ExportSource>,
}

/// How strong the evidence for a treatment is.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Evidence")]
pub(crate) struct ExportEvidence {
    pub(crate) level: EvidenceLevel,
    /// What the studies found, in one or two sentences.
    pub(crate) note: String,
}

/// One phase of the recovery plan.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "RecoveryPhase")]
pub(crate) struct ExportRecoveryPhase {
    /// Kebab-case id, unique within the topic.
    pub(crate) id: String,
    pub(crate) name: String,
    /// The weeks this phase usually covers, counted from the start of care.
    pub(crate) weeks: WeekRange,
    pub(crate) goals: Vec<String>,
    /// Things the reader does during the phase.
    pub(crate) steps: Vec<String>,
    /// The sources this record cites, in the order it cites them.
    pub(crate) sources: Vec<ExportSource>,
}

/// A question the reader can ask the care team.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Question")]
pub(crate) struct ExportQuestion {
    pub(crate) text: String,
}

/// A published source, in full, with its reference number within the topic.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Source")]
pub(crate) struct ExportSource {
    /// The source's number in the topic's reference list (and on the handout).
    #[schemars(range(min = 1))]
    pub(crate) number: usize,
    /// The bibliography id, for example `gattie-2017`.
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) id: String,
    #[serde(rename = "type")]
    pub(crate) source_type: SourceType,
    /// Authors as printed, "Surname Initials", or the organisation.
    pub(crate) authors: Vec<String>,
    pub(crate) title: String,
    /// The journal, publisher or website it appeared in.
    pub(crate) container: String,
    /// Year of publication (a web page that shows no date has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) year: Option<i32>,
    /// Volume, issue and pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) pages: Option<String>,
    /// Digital Object Identifier, without the `https://doi.org/` prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) doi: Option<String>,
    /// PubMed identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) pmid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) isbn: Option<String>,
    /// Web address where the source can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<String>,
    /// The day the web page was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) accessed: Option<IsoDate>,
}

/// Every exported topic of a content tree, with the clinic it comes from.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "pamphlet export catalogue")]
pub(crate) struct Catalogue {
    /// The version of this export format.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub(crate) schema_version: &'static str,
    pub(crate) clinic: ExportClinic,
    /// One entry per topic, ordered by id.
    pub(crate) topics: Vec<CatalogueTopic>,
}

/// The clinic the content comes from (`[clinic]` of `pamphlet.toml`).
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Clinic")]
pub(crate) struct ExportClinic {
    pub(crate) name: String,
    /// How a patient reaches the clinic.
    pub(crate) contact: String,
}

/// One topic in the catalogue.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "CatalogueTopic")]
pub(crate) struct CatalogueTopic {
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) id: String,
    pub(crate) title: String,
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub(crate) region: String,
    pub(crate) language: String,
    pub(crate) last_reviewed: IsoDate,
    pub(crate) next_review: IsoDate,
    /// How many records of each kind the topic has.
    pub(crate) counts: RecordCounts,
    /// The topic's own file, relative to the catalogue, for example
    /// `topics/hip-trigger-points.json`.
    pub(crate) file: String,
}

/// How many records of each kind a topic has.
#[derive(Clone, Copy, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(crate) struct RecordCounts {
    pub(crate) causes: usize,
    pub(crate) symptoms: usize,
    pub(crate) red_flags: usize,
    pub(crate) treatments: usize,
    pub(crate) recovery_phases: usize,
    pub(crate) questions: usize,
    pub(crate) references: usize,
}
