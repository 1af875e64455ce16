//! What goes on the handout, and in which order: the clinic, the title, what the
//! condition is, the "When to see a doctor" box, causes, symptoms, treatments by
//! category, what happens without treatment, the recovery plan, questions for the
//! care team, who wrote and reviewed the guide, and the references.

use pamphlet_model::{Cause, Clinic, RecoveryPhase, RedFlag, Symptom, Topic, Treatment};
use pamphlet_schema::records::{Entry, RecordRef, handout_order};
use pamphlet_schema::{Person, Safety, Urgency};

use crate::layout::{Block, Panel};
use crate::messages::Messages;
use crate::references::{cite, entry};
use crate::tags::{DOCUMENT, Role, Structure};
use crate::theme::{ACCENT, ALERT, ALERT_FILL, INK, MUTED, Theme, bold, regular};
use crate::writer::{Writer, plain, sentence, styled};

/// The blocks of a topic's handout, top to bottom. The "When to see a doctor" box
/// follows the introduction, or comes straight after the title when `red_flags_first`
/// (for when the introduction would push it off the first page). Within each section the
/// records come in `handout_order`, grouped as it groups them (red flags by urgency,
/// symptoms by frequency, treatments by category): the order that numbers the references,
/// so that a reader meets [1] first, then [2].
pub(crate) fn blocks(
    topic: &Topic,
    clinic: &Clinic,
    theme: &Theme,
    messages: &'static Messages,
    red_flags_first: bool,
) -> (Vec<Block>, Structure) {
    let mut writer = Writer::new(theme, messages);
    let order = handout_order(topic);
    let red_flags = in_order(&order, |record| match record {
        RecordRef::RedFlag(flag) => Some(flag),
        _ => None,
    });
    writer.masthead(topic, clinic);
    if red_flags_first {
        writer.red_flags(&red_flags);
    }
    writer.heading(messages.what_it_is);
    writer.paragraph(vec![plain(&topic.summary)]);
    if !topic.aims.is_empty() {
        writer.subheading(messages.aims);
        for aim in &topic.aims {
            writer.bullet(vec![plain(aim)], "•");
        }
    }
    if !red_flags_first {
        writer.red_flags(&red_flags);
    }
    writer.causes(&in_order(&order, |record| match record {
        RecordRef::Cause(cause) => Some(cause),
        _ => None,
    }));
    writer.symptoms(&in_order(&order, |record| match record {
        RecordRef::Symptom(symptom) => Some(symptom),
        _ => None,
    }));
    writer.treatments(&in_order(&order, |record| match record {
        RecordRef::Treatment(treatment) => Some(treatment),
        _ => None,
    }));
    if !topic.without_treatment.trim().is_empty() {
        writer.heading(messages.without_treatment);
        writer.paragraph(vec![plain(&topic.without_treatment)]);
    }
    writer.recovery(&in_order(&order, |record| match record {
        RecordRef::RecoveryPhase(phase) => Some(phase),
        _ => None,
    }));
    if !topic.questions.is_empty() {
        writer.heading(messages.questions);
        for question in &topic.questions {
            writer.bullet(vec![plain(&question.text)], "☐");
        }
    }
    writer.about(topic);
    writer.references(topic);
    writer.end_record();
    (writer.blocks, writer.structure)
}

/// The records one `pick` takes from the handout order, in that order.
fn in_order<'a, R>(
    order: &[Entry<'a, Topic>],
    pick: fn(RecordRef<'a, Topic>) -> Option<&'a R>,
) -> Vec<&'a R> {
    order
        .iter()
        .filter_map(|entry| pick(entry.record))
        .collect()
}

impl Writer<'_> {
    fn masthead(&mut self, topic: &Topic, clinic: &Clinic) {
        let theme = self.theme;
        let clinic = clinic.text_for(&topic.language);
        if !clinic.name.trim().is_empty() {
            let mut name = self.body(vec![styled(&clinic.name, bold(ACCENT))]);
            name.space_before = 0.0;
            self.push(name, Role::P);
        }
        if !clinic.contact.trim().is_empty() {
            let mut contact =
                self.sized(vec![styled(&clinic.contact, regular(MUTED))], theme.small);
            contact.space_before = 0.0;
            self.push(contact, Role::P);
        }
        self.blocks.push(Block::Rule {
            color: ACCENT,
            thickness: 2.0,
            space_before: theme.body * 0.6,
        });
        let mut title = self.sized(vec![styled(&topic.title, bold(INK))], theme.title);
        title.space_before = theme.title * 0.6;
        title.leading = theme.title * 1.2;
        title.keep_with_next = true;
        title.balanced = true;
        self.push(title, Role::H1);
        if !topic.audience.trim().is_empty() {
            let mut audience = self.body(vec![
                styled(self.messages.who_for, bold(MUTED)),
                styled(&topic.audience, regular(MUTED)),
            ]);
            audience.space_before = theme.body * 0.3;
            self.push(audience, Role::P);
        }
    }

    /// The boxed "When to see a doctor" list, most urgent first: `flags` in handout
    /// order, one group per urgency.
    fn red_flags(&mut self, flags: &[&RedFlag]) {
        if flags.is_empty() {
            return;
        }
        let theme = self.theme;
        let mut paragraphs = Vec::new();
        // The panel is a section of its own, with its heading, a paragraph introducing
        // each urgency and the list of its signs.
        let section = self.structure.add(Role::Sect, DOCUMENT);
        self.parent = section;
        let red_flags = self.messages.red_flags;
        let mut title = self.sized(vec![styled(red_flags, bold(ALERT))], theme.heading);
        title.bookmark = Some((1, red_flags.to_owned()));
        title.keep_with_next = true;
        title.balanced = true;
        self.tag(&mut title, Role::H2);
        paragraphs.push(title);
        for group in flags.chunk_by(|left, right| left.action == right.action) {
            let action = group[0].action;
            let (label, how) = self.messages.action(action);
            let label_color = if action == Urgency::Emergency {
                ALERT
            } else {
                INK
            };
            let mut heading = self.body(vec![
                styled(&format!("{label}: "), bold(label_color)),
                styled(how, regular(INK)),
            ]);
            heading.space_before = theme.body * 0.7;
            heading.keep_with_next = true;
            self.tag(&mut heading, Role::P);
            paragraphs.push(heading);
            for flag in group {
                let cite = cite(&flag.sources);
                let mut item = self.body(vec![plain(&flag.sign), styled(&cite, regular(MUTED))]);
                item.indent = theme.indent;
                item.marker = Some(styled("•", bold(label_color)));
                item.space_before = theme.body * 0.2;
                self.tag_item(&mut item);
                paragraphs.push(item);
            }
        }
        let mut continued = self.body(vec![styled(self.messages.list_continues, bold(ALERT))]);
        continued.space_before = theme.body * 0.7;
        self.push_block(Block::Panel(Panel {
            paragraphs,
            fill: ALERT_FILL,
            border: ALERT,
            padding: theme.body,
            space_before: theme.body * 1.2,
            continued,
        }));
        self.end_section();
    }

    fn causes(&mut self, causes: &[&Cause]) {
        if causes.is_empty() {
            return;
        }
        self.heading(self.messages.causes);
        for cause in causes {
            let cite = cite(&cause.sources);
            self.paragraph(vec![
                styled(
                    &format!("{}. ", cause.name.trim().trim_end_matches('.')),
                    bold(INK),
                ),
                plain(&cause.description),
                styled(&cite, regular(MUTED)),
            ]);
        }
    }

    fn symptoms(&mut self, symptoms: &[&Symptom]) {
        if symptoms.is_empty() {
            return;
        }
        self.heading(self.messages.symptoms);
        for group in symptoms.chunk_by(|left, right| left.frequency == right.frequency) {
            let label = self.messages.frequency(group[0].frequency);
            self.subheading(label);
            for symptom in group {
                let cite = cite(&symptom.sources);
                let mut spans = vec![
                    styled(
                        &format!("{}. ", symptom.name.trim().trim_end_matches('.')),
                        bold(INK),
                    ),
                    plain(&symptom.description),
                ];
                let areas: Vec<&str> = symptom
                    .refers_to
                    .iter()
                    .map(|area| area.trim())
                    .filter(|area| !area.is_empty())
                    .collect();
                if !areas.is_empty() {
                    spans.push(styled(self.messages.spreads_to, bold(INK)));
                    spans.push(plain(&format!("{}.", areas.join(", "))));
                }
                spans.push(styled(&cite, regular(MUTED)));
                self.bullet(spans, "•");
            }
        }
    }

    fn treatments(&mut self, treatments: &[&Treatment]) {
        if treatments.is_empty() {
            return;
        }
        self.heading(self.messages.treatments);
        self.paragraph(vec![plain(self.messages.treatments_intro)]);
        for group in treatments.chunk_by(|left, right| left.category == right.category) {
            let label = self.messages.category(group[0].category);
            self.group_heading(label);
            for treatment in group {
                self.record(&treatment.name);
                let labels = self.messages.treatment_fields;
                let fields = [
                    (labels[0], &treatment.description),
                    (labels[1], &treatment.how_it_works),
                    (labels[2], &treatment.benefits),
                    (labels[3], &treatment.risks),
                ];
                for (label, text) in fields {
                    if !text.trim().is_empty() {
                        let mut field = self.body(vec![styled(label, bold(INK)), plain(text)]);
                        field.space_before = self.theme.body * 0.25;
                        self.push(field, Role::P);
                    }
                }
                if let Some(safety) = &treatment.safety {
                    self.safety(safety);
                }
                let (level, note) = (treatment.evidence.level, treatment.evidence.note.trim());
                let mut spans = vec![
                    styled(self.messages.evidence, bold(ACCENT)),
                    styled(self.messages.evidence_level(level), bold(ACCENT)),
                ];
                if !note.is_empty() {
                    spans.push(plain(&format!(" — {note}")));
                }
                let cite = cite(&treatment.sources);
                spans.push(styled(&cite, regular(MUTED)));
                let mut evidence = self.body(spans);
                evidence.space_before = self.theme.body * 0.25;
                self.push(evidence, Role::P);
            }
        }
    }

    /// A treatment's safety, each part under a label in the alert colour so that a reader
    /// skimming the options still sees who should not use it and when to stop.
    fn safety(&mut self, safety: &Safety) {
        let labels = self.messages.safety_fields;
        let parts = [
            (labels[0], &safety.not_for),
            (labels[1], &safety.side_effects),
            (labels[2], &safety.stop_and_get_help),
            (labels[3], &safety.serious_harms),
        ];
        for (label, text) in parts {
            if !text.trim().is_empty() {
                let mut part = self.body(vec![styled(label, bold(ALERT)), plain(text)]);
                part.space_before = self.theme.body * 0.25;
                self.push(part, Role::P);
            }
        }
    }

    fn recovery(&mut self, phases: &[&RecoveryPhase]) {
        if phases.is_empty() {
            return;
        }
        self.heading(self.messages.recovery);
        for phase in phases {
            let weeks = phase.weeks;
            let when = self.messages.weeks(weeks.from, weeks.to);
            self.record(&format!("{when}{}", phase.name.trim()));
            let goals: Vec<&str> = phase
                .goals
                .iter()
                .map(|goal| goal.trim())
                .filter(|goal| !goal.is_empty())
                .collect();
            if !goals.is_empty() {
                let goals = goals
                    .iter()
                    .map(|goal| sentence(goal))
                    .collect::<Vec<_>>()
                    .join(" ");
                let mut paragraph =
                    self.body(vec![styled(self.messages.goals, bold(INK)), plain(&goals)]);
                paragraph.space_before = self.theme.body * 0.25;
                self.push(paragraph, Role::P);
            }
            let cite = cite(&phase.sources);
            let count = phase.steps.len();
            for (index, step) in phase.steps.iter().enumerate() {
                let mut spans = vec![plain(step)];
                if index + 1 == count {
                    spans.push(styled(&cite, regular(MUTED)));
                }
                self.bullet(spans, "•");
            }
        }
    }

    fn about(&mut self, topic: &Topic) {
        let review = &topic.review;
        self.heading(self.messages.about);
        let people = |people: Vec<&Person>| {
            people
                .iter()
                .map(|person| match person.credentials.trim() {
                    "" => person.name.trim().to_owned(),
                    credentials => format!("{}, {credentials}", person.name.trim()),
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let small = self.theme.small * 1.1;
        let mut lines = vec![
            (
                self.messages.written_by,
                people(review.authors.iter().collect()),
            ),
            (self.messages.reviewed_by, people(vec![&review.reviewer])),
        ];
        if let Some(disclosures) = review
            .disclosures
            .as_deref()
            .filter(|text| !text.trim().is_empty())
        {
            lines.push((self.messages.disclosures, disclosures.trim().to_owned()));
        }
        for (label, text) in lines {
            let paragraph = self.sized(
                vec![
                    styled(label, bold(MUTED)),
                    styled(&sentence(&text), regular(MUTED)),
                ],
                small,
            );
            self.push(paragraph, Role::P);
        }
    }

    /// The topic's reference list, numbered as the model numbered it.
    fn references(&mut self, topic: &Topic) {
        if topic.references.is_empty() {
            return;
        }
        self.heading(self.messages.references);
        let theme = self.theme;
        for source in &topic.references {
            let mut paragraph = self.sized(entry(source, self.messages), theme.small);
            paragraph.indent = theme.indent * 1.4;
            paragraph.marker = Some(styled(&format!("{}.", source.number), regular(MUTED)));
            paragraph.space_before = theme.small * 0.35;
            self.tag_item(&mut paragraph);
            self.push_tagged(paragraph);
        }
    }
}
