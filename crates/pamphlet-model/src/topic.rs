//! The resolved topic: every field the checker requires present, every citation resolved
//! to its numbered source. It is also the JSON export's format for a topic file, so these
//! types are serde + schemars types, and `pamphlet_export::codegen` turns `Topic` into
//! `schema/export-topic.schema.json`.

use pamphlet_schema::records::{Record, Records, group_of};
use pamphlet_schema::{
    Category, Concern, EvidenceLevel, Frequency, IsoDate, Person, Safety, SourceType,
    TreatmentKind, Urgency, WeekRange,
};
use schemars::JsonSchema;
use serde::Serialize;

use crate::SCHEMA_VERSION;

/// One topic (condition guide) as exported: the content of its topic file with every
/// citation resolved to the full source, and the numbered reference list.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Topic", title = "pamphlet topic export")]
pub struct Topic {
    /// The version of this export format.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub schema_version: &'static str,
    /// Unique kebab-case slug of the topic; it also names this file.
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub id: String,
    /// The title printed on the handout.
    pub title: String,
    /// The body region, as a kebab-case slug.
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub region: String,
    /// The language of the text, as a BCP 47 tag.
    pub language: String,
    /// The id of the topic this one translates; absent for an original.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation_of: Option<String>,
    /// Who the guide is written for.
    pub audience: String,
    /// What the condition is, in a few plain sentences.
    pub summary: String,
    /// What the handout helps the reader do.
    pub aims: Vec<String>,
    /// What usually happens if nothing is done.
    pub without_treatment: String,
    /// Who wrote and reviewed the guide, and when it is next due for review.
    pub review: Review,
    /// What can start or keep the condition going.
    pub causes: Vec<Cause>,
    /// What the reader may notice.
    pub symptoms: Vec<Symptom>,
    /// Signs that need a doctor, and how soon ("when to see a doctor").
    pub red_flags: Vec<RedFlag>,
    /// The treatment choices, with the strength of the evidence for each.
    pub treatments: Vec<Treatment>,
    /// The recovery plan, phase by phase.
    pub recovery: Vec<RecoveryPhase>,
    /// Questions the reader can ask the care team.
    pub questions: Vec<Question>,
    /// Every source the topic cites, numbered in order of first citation (as on the
    /// handout).
    pub references: Vec<Source>,
}

/// Authorship and clinical review of a topic.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Review")]
pub struct Review {
    /// The people who wrote the guide, with their credentials.
    pub authors: Vec<Person>,
    /// The clinician who checked the guide.
    pub reviewer: Person,
    /// The day the clinical review was done.
    pub last_reviewed: IsoDate,
    /// The day by which the guide must be reviewed again.
    pub next_review: IsoDate,
    /// Conflicts of interest, or a statement that there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclosures: Option<String>,
}

/// Something that can start or keep the condition going.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Cause")]
pub struct Cause {
    /// Kebab-case id, unique within the topic.
    pub id: String,
    pub name: String,
    pub description: String,
    /// The sources this record cites, in the order it cites them.
    pub sources: Vec<Source>,
}

/// Something the reader may notice.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Symptom")]
pub struct Symptom {
    /// Kebab-case id, unique within the topic.
    pub id: String,
    pub name: String,
    pub description: String,
    pub frequency: Frequency,
    /// Body areas the pain or feeling can spread to (may be empty).
    pub refers_to: Vec<String>,
    /// The sources this record cites, in the order it cites them.
    pub sources: Vec<Source>,
}

/// A sign that needs a doctor.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "RedFlag")]
pub struct RedFlag {
    /// Kebab-case id, unique within the topic.
    pub id: String,
    /// The sign, as the reader would notice it.
    pub sign: String,
    /// How soon to get help.
    pub action: Urgency,
    /// The serious problem the sign can point to.
    pub screens_for: Concern,
    /// The sources this record cites, in the order it cites them.
    pub sources: Vec<Source>,
}

/// One treatment choice.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Treatment")]
pub struct Treatment {
    /// Kebab-case id, unique within the topic.
    pub id: String,
    pub name: String,
    pub category: Category,
    /// What kind of treatment it is; a medicine and a procedure state their safety.
    pub kind: TreatmentKind,
    pub description: String,
    pub how_it_works: String,
    pub benefits: String,
    pub risks: String,
    /// What a reader must know to use it safely.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety: Option<Safety>,
    pub evidence: Evidence,
    /// The sources this record cites, in the order it cites them.
    pub sources: Vec<Source>,
}

/// How strong the evidence for a treatment is.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Evidence")]
pub struct Evidence {
    pub level: EvidenceLevel,
    /// What the studies found, in one or two sentences.
    pub note: String,
}

/// One phase of the recovery plan.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "RecoveryPhase")]
pub struct RecoveryPhase {
    /// Kebab-case id, unique within the topic.
    pub id: String,
    pub name: String,
    /// The weeks this phase usually covers, counted from the start of care.
    pub weeks: WeekRange,
    pub goals: Vec<String>,
    /// Things the reader does during the phase.
    pub steps: Vec<String>,
    /// The sources this record cites, in the order it cites them.
    pub sources: Vec<Source>,
}

/// A question the reader can ask the care team.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Question")]
pub struct Question {
    pub text: String,
}

/// A published source, in full, with its reference number within the topic.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Source")]
pub struct Source {
    /// The source's number in the topic's reference list (and on the handout).
    #[schemars(range(min = 1))]
    pub number: usize,
    /// The bibliography id, for example `gattie-2017`.
    #[schemars(pattern(pamphlet_schema::SLUG_PATTERN))]
    pub id: String,
    #[serde(rename = "type")]
    pub source_type: SourceType,
    /// Authors as printed, "Surname Initials", or the organisation.
    pub authors: Vec<String>,
    pub title: String,
    /// The journal, publisher or website it appeared in.
    pub container: String,
    /// Year of publication (a web page that shows no date has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Volume, issue and pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
    /// Digital Object Identifier, without the `https://doi.org/` prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    /// PubMed identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pmid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isbn: Option<String>,
    /// Web address where the source can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day the web page was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessed: Option<IsoDate>,
}

/// The walk over a resolved topic (`pamphlet_schema::records`): citations are numbered
/// sources.
impl Records for Topic {
    type Citation = Source;
    type Cause = Cause;
    type Symptom = Symptom;
    type RedFlag = RedFlag;
    type Treatment = Treatment;
    type RecoveryPhase = RecoveryPhase;
    type Question = Question;

    fn causes(&self) -> &[Cause] {
        &self.causes
    }
    fn symptoms(&self) -> &[Symptom] {
        &self.symptoms
    }
    fn red_flags(&self) -> &[RedFlag] {
        &self.red_flags
    }
    fn treatments(&self) -> &[Treatment] {
        &self.treatments
    }
    fn recovery(&self) -> &[RecoveryPhase] {
        &self.recovery
    }
    fn questions(&self) -> &[Question] {
        &self.questions
    }
}

impl Record<Source> for Cause {
    fn id(&self) -> &str {
        &self.id
    }
    fn citations(&self) -> &[Source] {
        &self.sources
    }
}

impl Record<Source> for Symptom {
    fn id(&self) -> &str {
        &self.id
    }
    fn citations(&self) -> &[Source] {
        &self.sources
    }
    fn group(&self) -> usize {
        group_of(&Frequency::ALL, Some(self.frequency))
    }
}

impl Record<Source> for RedFlag {
    fn id(&self) -> &str {
        &self.id
    }
    fn citations(&self) -> &[Source] {
        &self.sources
    }
    fn group(&self) -> usize {
        group_of(&Urgency::ALL, Some(self.action))
    }
}

impl Record<Source> for Treatment {
    fn id(&self) -> &str {
        &self.id
    }
    fn citations(&self) -> &[Source] {
        &self.sources
    }
    fn group(&self) -> usize {
        group_of(&Category::ALL, Some(self.category))
    }
}

impl Record<Source> for RecoveryPhase {
    fn id(&self) -> &str {
        &self.id
    }
    fn citations(&self) -> &[Source] {
        &self.sources
    }
}
