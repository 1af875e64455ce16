//! The one walk over a topic's records. The checker walks a topic as its file holds
//! it, the resolved model walks it with every citation resolved, and both go through
//! [`records`] and [`handout_order`], so that the order records come in, and the order a
//! reader meets them on the handout (which numbers the references), is written once.

use crate::{Category, Frequency, Urgency};

/// The kinds of record a topic holds, in the order a topic file lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Cause,
    Symptom,
    RedFlag,
    Treatment,
    RecoveryPhase,
    Question,
}

impl RecordKind {
    /// Every kind, in the order a topic file lists them.
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Cause,
        RecordKind::Symptom,
        RecordKind::RedFlag,
        RecordKind::Treatment,
        RecordKind::RecoveryPhase,
        RecordKind::Question,
    ];

    /// The kinds in the order the handout prints them: the "When to see a doctor" box
    /// before everything else, then causes, symptoms, treatments, the recovery plan and
    /// the questions.
    pub const HANDOUT: [RecordKind; 6] = [
        RecordKind::RedFlag,
        RecordKind::Cause,
        RecordKind::Symptom,
        RecordKind::Treatment,
        RecordKind::RecoveryPhase,
        RecordKind::Question,
    ];

    /// How a record of this kind is named in a message, for example "red flag".
    pub fn noun(self) -> &'static str {
        match self {
            RecordKind::Cause => "cause",
            RecordKind::Symptom => "symptom",
            RecordKind::RedFlag => "red flag",
            RecordKind::Treatment => "treatment",
            RecordKind::RecoveryPhase => "recovery phase",
            RecordKind::Question => "question",
        }
    }

    /// The name exported data gives the kind (`record_type` of `citations.csv`), for
    /// example `red_flag`.
    pub fn record_type(self) -> &'static str {
        match self {
            RecordKind::Cause => "cause",
            RecordKind::Symptom => "symptom",
            RecordKind::RedFlag => "red_flag",
            RecordKind::Treatment => "treatment",
            RecordKind::RecoveryPhase => "recovery_phase",
            RecordKind::Question => "question",
        }
    }

    /// The topic field that lists records of this kind, for example `recovery`.
    pub fn field(self) -> &'static str {
        match self {
            RecordKind::Cause => "causes",
            RecordKind::Symptom => "symptoms",
            RecordKind::RedFlag => "red_flags",
            RecordKind::Treatment => "treatments",
            RecordKind::RecoveryPhase => "recovery",
            RecordKind::Question => "questions",
        }
    }

    /// Whether records of this kind make a health claim, and so must cite sources.
    pub fn makes_claims(self) -> bool {
        self != RecordKind::Question
    }
}

/// What every record that makes a claim has, whichever form its topic is in: an id and
/// the sources it cites (as ids in a content file, resolved in the model).
pub trait Record<Citation> {
    fn id(&self) -> &str;
    fn citations(&self) -> &[Citation];
    /// The record's group within its section on the handout, from 0: the urgency of a red
    /// flag, the frequency of a symptom, the category of a treatment (`group_of`).
    fn group(&self) -> usize {
        0
    }
}

/// A topic's record lists, in one form: the content file's (`Topic`) or the resolved
/// model's. The walk below is written once for every form.
pub trait Records {
    /// How a record cites a source in this form.
    type Citation;
    type Cause: Record<Self::Citation>;
    type Symptom: Record<Self::Citation>;
    type RedFlag: Record<Self::Citation>;
    type Treatment: Record<Self::Citation>;
    type RecoveryPhase: Record<Self::Citation>;
    type Question;

    fn causes(&self) -> &[Self::Cause];
    fn symptoms(&self) -> &[Self::Symptom];
    fn red_flags(&self) -> &[Self::RedFlag];
    fn treatments(&self) -> &[Self::Treatment];
    fn recovery(&self) -> &[Self::RecoveryPhase];
    fn questions(&self) -> &[Self::Question];
}

/// One record of a topic, typed.
pub enum RecordRef<'a, T: Records + ?Sized> {
    Cause(&'a T::Cause),
    Symptom(&'a T::Symptom),
    RedFlag(&'a T::RedFlag),
    Treatment(&'a T::Treatment),
    RecoveryPhase(&'a T::RecoveryPhase),
    Question(&'a T::Question),
}

impl<T: Records + ?Sized> Clone for RecordRef<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Records + ?Sized> Copy for RecordRef<'_, T> {}

/// One record of a topic with its place: its kind and where it stands in its list.
pub struct Entry<'a, T: Records + ?Sized> {
    /// The record's place in its list (`causes`, `symptoms`, ...), from 0.
    pub index: usize,
    pub record: RecordRef<'a, T>,
}

impl<T: Records + ?Sized> Clone for Entry<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Records + ?Sized> Copy for Entry<'_, T> {}

impl<'a, T: Records + ?Sized> Entry<'a, T> {
    pub fn kind(&self) -> RecordKind {
        match self.record {
            RecordRef::Cause(_) => RecordKind::Cause,
            RecordRef::Symptom(_) => RecordKind::Symptom,
            RecordRef::RedFlag(_) => RecordKind::RedFlag,
            RecordRef::Treatment(_) => RecordKind::Treatment,
            RecordRef::RecoveryPhase(_) => RecordKind::RecoveryPhase,
            RecordRef::Question(_) => RecordKind::Question,
        }
    }

    /// The record's id; a question has none.
    pub fn id(&self) -> &'a str {
        match self.record {
            RecordRef::Cause(record) => record.id(),
            RecordRef::Symptom(record) => record.id(),
            RecordRef::RedFlag(record) => record.id(),
            RecordRef::Treatment(record) => record.id(),
            RecordRef::RecoveryPhase(record) => record.id(),
            RecordRef::Question(_) => "",
        }
    }

    /// The sources the record cites, in its order; a question cites none.
    pub fn citations(&self) -> &'a [T::Citation] {
        match self.record {
            RecordRef::Cause(record) => record.citations(),
            RecordRef::Symptom(record) => record.citations(),
            RecordRef::RedFlag(record) => record.citations(),
            RecordRef::Treatment(record) => record.citations(),
            RecordRef::RecoveryPhase(record) => record.citations(),
            RecordRef::Question(_) => &[],
        }
    }

    /// Where the record comes on the handout: (section, group within it).
    fn handout_place(&self) -> (usize, usize) {
        let kind = self.kind();
        let section = RecordKind::HANDOUT
            .iter()
            .position(|handout| *handout == kind)
            .unwrap_or(RecordKind::HANDOUT.len());
        let group = match self.record {
            RecordRef::Cause(record) => record.group(),
            RecordRef::Symptom(record) => record.group(),
            RecordRef::RedFlag(record) => record.group(),
            RecordRef::Treatment(record) => record.group(),
            RecordRef::RecoveryPhase(record) => record.group(),
            RecordRef::Question(_) => 0,
        };
        (section, group)
    }
}

/// Every record of `topic`, in file order: causes, symptoms, red flags, treatments,
/// recovery phases, questions, each list in its order.
pub fn records<T: Records + ?Sized>(topic: &T) -> impl Iterator<Item = Entry<'_, T>> {
    fn list<'a, T: Records + ?Sized, R>(
        items: &'a [R],
        wrap: fn(&'a R) -> RecordRef<'a, T>,
    ) -> impl Iterator<Item = Entry<'a, T>> {
        items.iter().enumerate().map(move |(index, item)| Entry {
            index,
            record: wrap(item),
        })
    }
    list(topic.causes(), RecordRef::Cause)
        .chain(list(topic.symptoms(), RecordRef::Symptom))
        .chain(list(topic.red_flags(), RecordRef::RedFlag))
        .chain(list(topic.treatments(), RecordRef::Treatment))
        .chain(list(topic.recovery(), RecordRef::RecoveryPhase))
        .chain(list(topic.questions(), RecordRef::Question))
}

/// Every record of `topic` in the order a reader meets it on the handout: sections in
/// `RecordKind::HANDOUT` order; red flags most urgent first (`Urgency::ALL`), symptoms
/// common first (`Frequency::ALL`), treatments by category (`Category::ALL`), a record
/// that lacks its group last; within a group, in file order. References are numbered in
/// this order, so the handout must print its groups in the orders named here.
pub fn handout_order<T: Records + ?Sized>(topic: &T) -> Vec<Entry<'_, T>> {
    let mut entries: Vec<Entry<'_, T>> = records(topic).collect();
    // A stable sort: records of one group keep their file order.
    entries.sort_by_key(Entry::handout_place);
    entries
}

/// The place of `value` in `order`, from 0; a missing value comes after all of them.
pub fn group_of<V: PartialEq + Copy>(order: &[V], value: Option<V>) -> usize {
    value
        .and_then(|value| order.iter().position(|candidate| *candidate == value))
        .unwrap_or(order.len())
}

impl Urgency {
    /// Most urgent first: the order of the "When to see a doctor" box.
    pub const ALL: [Urgency; 3] = [Urgency::Emergency, Urgency::Urgent, Urgency::Soon];

    /// The keyword a content file writes, for example `urgent`.
    pub fn keyword(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::Urgent => "urgent",
            Urgency::Soon => "soon",
        }
    }
}

impl Frequency {
    /// Common first: the order of the handout's symptoms.
    pub const ALL: [Frequency; 3] = [
        Frequency::Common,
        Frequency::LessCommon,
        Frequency::NotKnown,
    ];
}

impl Category {
    /// The order of the handout's treatment groups.
    pub const ALL: [Category; 3] = [
        Category::Conventional,
        Category::Alternative,
        Category::Home,
    ];
}

mod content {
    //! The walk over a topic as its content file holds it: citations are source ids.

    use super::{Record, Records, group_of};
    use crate::{
        Category, Cause, Frequency, Question, RecoveryPhase, RedFlag, Symptom, Topic, Treatment,
        Urgency,
    };

    impl Records for Topic {
        type Citation = String;
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

    impl Record<String> for Cause {
        fn id(&self) -> &str {
            &self.id
        }
        fn citations(&self) -> &[String] {
            &self.sources
        }
    }

    impl Record<String> for Symptom {
        fn id(&self) -> &str {
            &self.id
        }
        fn citations(&self) -> &[String] {
            &self.sources
        }
        fn group(&self) -> usize {
            group_of(&Frequency::ALL, self.frequency)
        }
    }

    impl Record<String> for RedFlag {
        fn id(&self) -> &str {
            &self.id
        }
        fn citations(&self) -> &[String] {
            &self.sources
        }
        fn group(&self) -> usize {
            group_of(&Urgency::ALL, self.action)
        }
    }

    impl Record<String> for Treatment {
        fn id(&self) -> &str {
            &self.id
        }
        fn citations(&self) -> &[String] {
            &self.sources
        }
        fn group(&self) -> usize {
            group_of(&Category::ALL, self.category)
        }
    }

    impl Record<String> for RecoveryPhase {
        fn id(&self) -> &str {
            &self.id
        }
        fn citations(&self) -> &[String] {
            &self.sources
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{RecordKind, handout_order, records};
    use crate::{Cause, Question, RedFlag, Symptom, Topic, Urgency};

    fn red_flag(id: &str, action: Option<Urgency>) -> RedFlag {
        RedFlag {
            id: id.to_owned(),
            action,
            ..RedFlag::default()
        }
    }

    fn topic() -> Topic {
        Topic {
            causes: vec![Cause {
                id: "cause".to_owned(),
                sources: vec!["a".to_owned()],
                ..Cause::default()
            }],
            symptoms: vec![Symptom {
                id: "symptom".to_owned(),
                ..Symptom::default()
            }],
            red_flags: vec![
                red_flag("soon", Some(Urgency::Soon)),
                red_flag("unset", None),
                red_flag("emergency", Some(Urgency::Emergency)),
                red_flag("urgent", Some(Urgency::Urgent)),
                red_flag("emergency-too", Some(Urgency::Emergency)),
            ],
            questions: vec![Question::default()],
            ..Topic::default()
        }
    }

    #[test]
    fn records_come_in_file_order_with_their_places() {
        let topic = topic();
        let walked: Vec<(RecordKind, usize, &str)> = records(&topic)
            .map(|entry| (entry.kind(), entry.index, entry.id()))
            .collect();
        assert_eq!(
            walked,
            [
                (RecordKind::Cause, 0, "cause"),
                (RecordKind::Symptom, 0, "symptom"),
                (RecordKind::RedFlag, 0, "soon"),
                (RecordKind::RedFlag, 1, "unset"),
                (RecordKind::RedFlag, 2, "emergency"),
                (RecordKind::RedFlag, 3, "urgent"),
                (RecordKind::RedFlag, 4, "emergency-too"),
                (RecordKind::Question, 0, ""),
            ]
        );
        let cited: Vec<&[String]> = records(&topic).map(|entry| entry.citations()).collect();
        assert_eq!(cited[0], ["a".to_owned()]);
    }

    #[test]
    fn the_handout_puts_red_flags_first_most_urgent_first() {
        let topic = topic();
        let order: Vec<&str> = handout_order(&topic)
            .iter()
            .map(|entry| entry.id())
            .collect();
        assert_eq!(
            order,
            [
                "emergency",
                "emergency-too",
                "urgent",
                "soon",
                "unset",
                "cause",
                "symptom",
                ""
            ]
        );
    }
}
