//! A topic: one condition guide with its causes, symptoms, red flags,
//! treatments, recovery plan and questions for the care team.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::IsoDate;

/// One condition guide, kept in its own YAML file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, title = "pamphlet topic")]
pub struct Topic {
    /// Unique kebab-case slug of the topic, for example `hip-trigger-points`. It names the
    /// exported files, so it may hold only lowercase ASCII letters, digits and hyphens.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// The title printed on the handout.
    #[schemars(required)]
    pub title: String,
    /// The body region, as a kebab-case slug, for example `hip-and-pelvis`.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub region: String,
    /// The language of the text, as a BCP 47 tag such as `en` or `en-GB`.
    #[schemars(required, pattern("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))]
    pub language: String,
    /// When this file is a translation: the id of the topic it translates. It then has
    /// the same records, with the same ids, in its own `language`, and its own review.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(crate::SLUG_PATTERN))]
    pub translation_of: Option<String>,
    /// Who the guide is written for, for example "adults with hip pain".
    #[schemars(required)]
    pub audience: String,
    /// What the condition is, in a few plain sentences.
    #[schemars(required)]
    pub summary: String,
    /// What the handout helps the reader do.
    #[schemars(required)]
    pub aims: Vec<String>,
    /// What usually happens if nothing is done.
    #[schemars(required)]
    pub without_treatment: String,
    /// Who wrote and reviewed the guide, and when it is next due for review.
    #[schemars(required)]
    pub review: Option<Review>,
    /// What can start or keep the condition going.
    #[schemars(required)]
    pub causes: Vec<Cause>,
    /// What the reader may notice, common and less common.
    #[schemars(required)]
    pub symptoms: Vec<Symptom>,
    /// Signs that need a doctor, and how soon ("when to see a doctor").
    #[schemars(required)]
    pub red_flags: Vec<RedFlag>,
    /// The treatment choices, with what is known about how well they work.
    #[schemars(required)]
    pub treatments: Vec<Treatment>,
    /// The recovery plan, phase by phase, with week ranges.
    #[schemars(required)]
    pub recovery: Vec<RecoveryPhase>,
    /// Questions the reader can ask the care team.
    #[schemars(required)]
    pub questions: Vec<Question>,
    /// Findings deliberately accepted for the topic as a whole, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// Authorship and clinical review of a topic.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Review {
    /// The people who wrote the guide, with their credentials.
    #[schemars(required)]
    pub authors: Vec<Person>,
    /// The clinician who checked the guide.
    #[schemars(required)]
    pub reviewer: Option<Person>,
    /// The day the clinical review was done.
    #[schemars(required)]
    pub last_reviewed: Option<IsoDate>,
    /// The day by which the guide must be reviewed again.
    #[schemars(required)]
    pub next_review: Option<IsoDate>,
    /// Conflicts of interest, or a statement that there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclosures: Option<String>,
}

/// A named person with their professional credentials.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    #[schemars(required)]
    pub name: String,
    /// Qualifications and role, for example "Physiotherapist, MSc".
    #[schemars(required)]
    pub credentials: String,
}

/// Something that can start or keep the condition going.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Cause {
    /// Kebab-case id, unique within the topic.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// Short name, for example "Muscle overuse".
    #[schemars(required)]
    pub name: String,
    /// How it leads to the condition, in plain words.
    #[schemars(required)]
    pub description: String,
    /// Ids of the bibliography entries that support this record. Every record of an
    /// original cites at least one (`unsourced-record`); a record of a translation that
    /// cites none has its original record's sources.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Findings deliberately accepted for this record, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// Something the reader may notice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Symptom {
    /// Kebab-case id, unique within the topic.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// Short name, for example "Referred pain".
    #[schemars(required)]
    pub name: String,
    /// What it feels like, in plain words.
    #[schemars(required)]
    pub description: String,
    /// How often people with the condition have it.
    #[schemars(required)]
    pub frequency: Option<Frequency>,
    /// Body areas the pain or feeling can spread to (may be empty).
    #[schemars(required)]
    pub refers_to: Vec<String>,
    /// Ids of the bibliography entries that support this record. Every record of an
    /// original cites at least one (`unsourced-record`); a record of a translation that
    /// cites none has its original record's sources.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Findings deliberately accepted for this record, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// How often a symptom occurs: `common`, `less-common`, or `not-known` when no source
/// says how often (a frequency is a claim, and needs a source like any other).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    Common,
    LessCommon,
    NotKnown,
}

/// A sign that needs a doctor: one entry of the "when to see a doctor" list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct RedFlag {
    /// Kebab-case id, unique within the topic.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// The sign, as the reader would notice it.
    #[schemars(required)]
    pub sign: String,
    /// How soon to get help.
    #[schemars(required)]
    pub action: Option<Urgency>,
    /// The serious problem this sign can point to. A guide must cover the problems its
    /// region's list names (`[red-flags]` of `pamphlet.toml`).
    #[schemars(required)]
    pub screens_for: Option<Concern>,
    /// Ids of the bibliography entries that support this record. Every record of an
    /// original cites at least one (`unsourced-record`); a record of a translation that
    /// cites none has its original record's sources.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Findings deliberately accepted for this record, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// How soon a red flag needs care: `emergency` (now, emergency services), `urgent` (a
/// doctor the same day) or `soon` (an appointment within days).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    // Call emergency services or go to an emergency department now.
    Emergency,
    // See a doctor the same day.
    Urgent,
    // Book an appointment within days.
    Soon,
}

/// A serious problem a red flag screens for: the closed list a region's guides must
/// cover (after the international framework for red flags for serious spinal pathology,
/// Finucane et al. 2020, and national hip and back pain guidance; `docs/red-flags.md`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Concern {
    // A broken bone.
    Fracture,
    // An infection of a joint, bone or the spine.
    Infection,
    // A cancer, or cancer that has spread to bone.
    Cancer,
    // Pressure on the nerves at the base of the spine (cauda equina syndrome).
    CaudaEquina,
    // Nerve damage that is getting worse: weakness or numbness that spreads.
    NerveDamage,
    // A blood clot or another problem of the blood vessels.
    Vascular,
    // An inflammatory or body-wide disease, such as inflammatory arthritis.
    Inflammatory,
    // Anything else that needs a doctor, such as pain that does not settle.
    Other,
}

impl Concern {
    /// Every category, in the order the schema lists them.
    pub const ALL: [Concern; 8] = [
        Concern::Fracture,
        Concern::Infection,
        Concern::Cancer,
        Concern::CaudaEquina,
        Concern::NerveDamage,
        Concern::Vascular,
        Concern::Inflammatory,
        Concern::Other,
    ];

    /// The keyword a content file and `pamphlet.toml` write, for example `cauda-equina`.
    pub fn keyword(self) -> &'static str {
        match self {
            Concern::Fracture => "fracture",
            Concern::Infection => "infection",
            Concern::Cancer => "cancer",
            Concern::CaudaEquina => "cauda-equina",
            Concern::NerveDamage => "nerve-damage",
            Concern::Vascular => "vascular",
            Concern::Inflammatory => "inflammatory",
            Concern::Other => "other",
        }
    }

    /// The category by its keyword.
    pub fn from_keyword(keyword: &str) -> Option<Concern> {
        Concern::ALL
            .into_iter()
            .find(|concern| concern.keyword() == keyword)
    }

    /// The problem in words a content writer knows.
    pub fn describe(self) -> &'static str {
        match self {
            Concern::Fracture => "a broken bone (fracture)",
            Concern::Infection => "an infection of the joint or bone",
            Concern::Cancer => "cancer",
            Concern::CaudaEquina => {
                "pressure on the nerves at the base of the spine (cauda equina syndrome)"
            }
            Concern::NerveDamage => "nerve damage that is getting worse",
            Concern::Vascular => "a blood clot or another blood vessel problem",
            Concern::Inflammatory => "an inflammatory or body-wide disease",
            Concern::Other => "another problem that needs a doctor",
        }
    }

    /// The least urgent action a red flag for this problem may ask for, where patient
    /// guidance sets one (`docs/red-flags.md`): cauda equina syndrome is an emergency; a
    /// broken bone, an infected joint and nerve damage that is getting worse need a doctor
    /// the same day at the latest.
    pub fn least_urgent(self) -> Option<Urgency> {
        match self {
            Concern::CaudaEquina => Some(Urgency::Emergency),
            Concern::Fracture | Concern::Infection | Concern::NerveDamage => Some(Urgency::Urgent),
            Concern::Cancer | Concern::Vascular | Concern::Inflammatory | Concern::Other => None,
        }
    }

    /// One sign of the problem that a patient would recognise, as an example for a writer.
    pub fn example_sign(self) -> &'static str {
        match self {
            Concern::Fracture => "after a fall you cannot put weight on the injured part",
            Concern::Infection => "a joint is hot, red or swollen and you have a fever",
            Concern::Cancer => "you have had cancer, or you are losing weight without trying",
            Concern::CaudaEquina => {
                "numbness around your bottom or genitals, or new trouble passing urine"
            }
            Concern::NerveDamage => "weakness or numbness in your leg that is getting worse",
            Concern::Vascular => "your calf is swollen, warm and painful",
            Concern::Inflammatory => "stiffness that lasts over an hour each morning",
            Concern::Other => "your pain is no better after two weeks",
        }
    }
}

/// One treatment choice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Treatment {
    /// Kebab-case id, unique within the topic.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// Short name, for example "Massage therapy".
    #[schemars(required)]
    pub name: String,
    /// Which group the handout lists it under.
    #[schemars(required)]
    pub category: Option<Category>,
    /// What kind of treatment it is: a medicine and a procedure must state their safety.
    #[schemars(required)]
    pub kind: Option<TreatmentKind>,
    /// What the treatment is.
    #[schemars(required)]
    pub description: String,
    /// How it is thought to help.
    #[schemars(required)]
    pub how_it_works: String,
    /// What the reader may gain, as far as the evidence shows.
    #[schemars(required)]
    pub benefits: String,
    /// Side effects, harms and who should avoid it.
    #[schemars(required)]
    pub risks: String,
    /// What a patient must know to use it safely: required in part for a medicine (who
    /// should not use it, side effects, when to stop) and a procedure (rare serious harms).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety: Option<Safety>,
    /// How strong the evidence is that it helps.
    #[schemars(required)]
    pub evidence: Option<Evidence>,
    /// Ids of the bibliography entries that support this record. Every record of an
    /// original cites at least one (`unsourced-record`); a record of a translation that
    /// cites none has its original record's sources.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Findings deliberately accepted for this record, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// The group a treatment belongs to on the handout: `conventional` (given or prescribed by a
/// health professional), `alternative` (complementary therapy) or `home` (self-care).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    // Given or prescribed by a health professional.
    Conventional,
    // Complementary or alternative therapy.
    Alternative,
    // Something the reader does at home.
    Home,
}

/// What kind of treatment it is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum TreatmentKind {
    // A medicine taken, rubbed on or injected for its drug effect.
    Medicine,
    // Something a professional does to the body: an injection, needling, manipulation.
    Procedure,
    // Care given or guided by a professional: physical therapy, massage.
    Therapy,
    // Something the reader does on their own: heat, stretching, rest.
    SelfCare,
}

/// What a reader must know to use a treatment safely, in plain words. A medicine must
/// fill in `not_for`, `side_effects` and `stop_and_get_help`; a procedure `serious_harms`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Safety {
    /// Who should not use it, or should ask a doctor or pharmacist first.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub not_for: String,
    /// Its common side effects.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub side_effects: String,
    /// When to stop and get help, and how soon.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stop_and_get_help: String,
    /// Rare but serious harms.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub serious_harms: String,
}

/// How strong the evidence for a treatment is, with a short plain note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Evidence {
    /// The certainty of the evidence, on the GRADE scale.
    #[schemars(required)]
    pub level: Option<EvidenceLevel>,
    /// One or two sentences on what the studies found.
    #[schemars(required)]
    pub note: String,
}

/// The certainty of the evidence, after GRADE.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceLevel {
    High,
    Moderate,
    Low,
    VeryLow,
    Insufficient,
}

impl EvidenceLevel {
    /// Strongest first.
    pub const ALL: [EvidenceLevel; 5] = [
        EvidenceLevel::High,
        EvidenceLevel::Moderate,
        EvidenceLevel::Low,
        EvidenceLevel::VeryLow,
        EvidenceLevel::Insufficient,
    ];

    /// Whether this level claims that research shows the treatment works.
    pub fn is_strong(self) -> bool {
        matches!(self, EvidenceLevel::High | EvidenceLevel::Moderate)
    }
}

/// One phase of the recovery plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct RecoveryPhase {
    /// Kebab-case id, unique within the topic.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// Short name, for example "Settle the pain".
    #[schemars(required)]
    pub name: String,
    /// The weeks this phase usually covers, counted from the start of care.
    #[schemars(required)]
    pub weeks: Option<WeekRange>,
    /// What the phase aims for.
    #[schemars(required)]
    pub goals: Vec<String>,
    /// Things the reader does during the phase.
    #[schemars(required)]
    pub steps: Vec<String>,
    /// Ids of the bibliography entries that support this record. Every record of an
    /// original cites at least one (`unsourced-record`); a record of a translation that
    /// cites none has its original record's sources.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Findings deliberately accepted for this record, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// A range of weeks, both ends included, counted from 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct WeekRange {
    /// First week of the phase.
    #[schemars(range(min = 1, max = 520))]
    pub from: u16,
    /// Last week of the phase.
    #[schemars(range(min = 1, max = 520))]
    pub to: u16,
}

/// A question the reader can ask the care team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Question {
    /// The question, as the reader would ask it.
    #[schemars(required)]
    pub text: String,
}

/// A finding deliberately accepted, next to the record it concerns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Suppression {
    /// The rule's code or name, for example `PAM408` or `stale-source`.
    #[schemars(required)]
    pub rule: String,
    /// Why the finding is accepted; a suppression without a reason is itself reported.
    #[schemars(required)]
    pub reason: String,
}
