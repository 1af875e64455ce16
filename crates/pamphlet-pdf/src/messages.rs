//! The handout's own words (headings, labels, the action lines of the red-flag box, the
//! footer, dates) in each language it prints in, chosen by the topic's `language`.
//!
//! A table is a Rust value, not a Fluent file: every language must give every message
//! (a missing one does not compile), the handout has no counted nouns that need plural
//! rules, and the tables cost no parsing and no dependency. A language without a table
//! prints in English; `pamphlet check` warns about it (`untranslated-handout`), from the
//! same list (`pamphlet_schema::HANDOUT_LANGUAGES`).

use pamphlet_schema::{Category, EvidenceLevel, Frequency, IsoDate, Urgency, primary_language};

/// Every fixed text of a handout in one language. Templates hold `{name}` holes.
#[derive(Debug)]
pub(crate) struct Messages {
    /// The primary language subtag the table is for, such as `es`.
    pub(crate) language: &'static str,
    pub(crate) who_for: &'static str,
    pub(crate) what_it_is: &'static str,
    pub(crate) aims: &'static str,
    pub(crate) red_flags: &'static str,
    /// Each urgency's label and what to do, in `Urgency::ALL` order.
    actions: [(&'static str, &'static str); 3],
    pub(crate) list_continues: &'static str,
    pub(crate) causes: &'static str,
    pub(crate) symptoms: &'static str,
    /// Each frequency's heading, in `Frequency::ALL` order.
    frequencies: [&'static str; 3],
    pub(crate) spreads_to: &'static str,
    pub(crate) treatments: &'static str,
    pub(crate) treatments_intro: &'static str,
    /// Each category's heading, in `Category::ALL` order.
    categories: [&'static str; 3],
    /// What it is, how it may help, benefits, risks.
    pub(crate) treatment_fields: [&'static str; 4],
    /// Who should not use it, side effects, when to stop, rare but serious harms.
    pub(crate) safety_fields: [&'static str; 4],
    pub(crate) evidence: &'static str,
    /// Each evidence level's word, in `EvidenceLevel::ALL` order.
    evidence_levels: [&'static str; 5],
    pub(crate) without_treatment: &'static str,
    pub(crate) recovery: &'static str,
    /// `{from}`.
    week: &'static str,
    /// `{from}`, `{to}`.
    weeks: &'static str,
    pub(crate) goals: &'static str,
    pub(crate) questions: &'static str,
    pub(crate) about: &'static str,
    pub(crate) written_by: &'static str,
    pub(crate) reviewed_by: &'static str,
    pub(crate) disclosures: &'static str,
    pub(crate) references: &'static str,
    /// `{date}`.
    accessed: &'static str,
    /// `{name}`: a record's name at the head of a page it runs on to.
    continued: &'static str,
    /// `{reviewed}`, `{next}`, `{page}`, `{pages}`.
    footer: &'static str,
    footer_compact: &'static str,
    /// `{address}`: what a link annotation says it does.
    link: &'static str,
    months: [&'static str; 12],
    short_months: [&'static str; 12],
    /// `{day}`, `{month}`, `{year}`.
    date: &'static str,
}

impl Messages {
    /// The table for the BCP 47 tag `language` (by its primary subtag), or English.
    pub(crate) fn for_language(language: &str) -> &'static Messages {
        let primary = primary_language(language);
        TABLES
            .iter()
            .copied()
            .find(|table| table.language == primary)
            .unwrap_or(&ENGLISH)
    }

    pub(crate) fn action(&self, urgency: Urgency) -> (&'static str, &'static str) {
        self.actions[position(&Urgency::ALL, urgency)]
    }

    pub(crate) fn frequency(&self, frequency: Frequency) -> &'static str {
        self.frequencies[position(&Frequency::ALL, frequency)]
    }

    pub(crate) fn category(&self, category: Category) -> &'static str {
        self.categories[position(&Category::ALL, category)]
    }

    pub(crate) fn evidence_level(&self, level: EvidenceLevel) -> &'static str {
        self.evidence_levels[position(&EvidenceLevel::ALL, level)]
    }

    /// "Week 3: " or "Weeks 1–2: ".
    pub(crate) fn weeks(&self, from: u16, to: u16) -> String {
        if from == to {
            fill(self.week, &[("from", &from.to_string())])
        } else {
            fill(
                self.weeks,
                &[("from", &from.to_string()), ("to", &to.to_string())],
            )
        }
    }

    pub(crate) fn accessed(&self, date: IsoDate) -> String {
        fill(self.accessed, &[("date", &self.date(date, false))])
    }

    pub(crate) fn continued(&self, name: &str) -> String {
        fill(self.continued, &[("name", name)])
    }

    /// What follows a record's name when it is set again at the head of a page.
    pub(crate) fn continued_suffix(&self) -> &'static str {
        self.continued
            .strip_prefix("{name}")
            .unwrap_or(self.continued)
    }

    /// The footer's right half in each form it may take, widest first: the review dates
    /// with full months, with short months, then with short months and without the next
    /// review (for the narrowest pages, where large print leaves no room for both).
    pub(crate) fn footer_forms(
        &self,
        reviewed: IsoDate,
        next: IsoDate,
        page: usize,
        pages: usize,
    ) -> [String; 3] {
        let dates = |short| (self.date(reviewed, short), self.date(next, short));
        let (full, short) = (dates(false), dates(true));
        [
            self.footer(&full.0, &full.1, page, pages),
            self.footer(&short.0, &short.1, page, pages),
            fill(
                self.footer_compact,
                &[
                    ("reviewed", &short.0),
                    ("page", &page.to_string()),
                    ("pages", &pages.to_string()),
                ],
            ),
        ]
    }

    pub(crate) fn footer(&self, reviewed: &str, next: &str, page: usize, pages: usize) -> String {
        fill(
            self.footer,
            &[
                ("reviewed", reviewed),
                ("next", next),
                ("page", &page.to_string()),
                ("pages", &pages.to_string()),
            ],
        )
    }

    pub(crate) fn link(&self, address: &str) -> String {
        fill(self.link, &[("address", address)])
    }

    /// A date as a patient reads it: "2 December 2026", "2 de diciembre de 2026"; with
    /// `short` months ("2 Dec 2026") where room is short.
    pub(crate) fn date(&self, date: IsoDate, short: bool) -> String {
        let months = if short {
            &self.short_months
        } else {
            &self.months
        };
        let month = months
            .get(usize::try_from(date.month() - 1).unwrap_or(0))
            .copied()
            .unwrap_or_default();
        let template = if short {
            "{day} {month} {year}"
        } else {
            self.date
        };
        fill(
            template,
            &[
                ("day", &date.day().to_string()),
                ("month", month),
                ("year", &date.year().to_string()),
            ],
        )
    }
}

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

fn position<T: PartialEq>(all: &[T], value: T) -> usize {
    all.iter().position(|each| *each == value).unwrap_or(0)
}

/// Every table, English first.
const TABLES: &[&Messages] = &[&ENGLISH, &SPANISH];

/// The primary subtags that have a table.
pub fn handout_languages() -> Vec<&'static str> {
    TABLES.iter().map(|table| table.language).collect()
}

static ENGLISH: Messages = Messages {
    language: "en",
    who_for: "Who this is for: ",
    what_it_is: "What it is",
    aims: "This handout helps you",
    red_flags: "When to see a doctor",
    actions: [
        (
            "Get emergency help now",
            "call your local emergency number or go to an emergency department.",
        ),
        (
            "See a doctor today",
            "contact your doctor or an urgent care service the same day.",
        ),
        (
            "Book an appointment soon",
            "see your doctor within the next few days.",
        ),
    ],
    list_continues: "The list goes on over the page.",
    causes: "What can cause it",
    symptoms: "Signs and symptoms",
    frequencies: [
        "Common",
        "Less common",
        "Signs you may notice (how often each happens is not known)",
    ],
    spreads_to: " Pain can spread to: ",
    treatments: "Treatment options",
    treatments_intro: "Talk with your care team about which choices suit you. Each option says \
                       how strong the evidence is that it helps: high, moderate, low, very low, \
                       or insufficient (too little research to say).",
    categories: [
        "Conventional treatments",
        "Alternative therapies",
        "Things you can do at home",
    ],
    treatment_fields: ["What it is: ", "How it may help: ", "Benefits: ", "Risks: "],
    safety_fields: [
        "Who should not use it: ",
        "Side effects: ",
        "When to stop and get help: ",
        "Rare but serious harms: ",
    ],
    evidence: "Evidence: ",
    evidence_levels: ["high", "moderate", "low", "very low", "insufficient"],
    without_treatment: "What happens without treatment",
    recovery: "Your recovery plan",
    week: "Week {from}: ",
    weeks: "Weeks {from}–{to}: ",
    goals: "Goals: ",
    questions: "Questions to ask your care team",
    about: "About this handout",
    written_by: "Written by: ",
    reviewed_by: "Reviewed by: ",
    disclosures: "Disclosures: ",
    references: "References",
    accessed: " Accessed {date}.",
    continued: "{name}, continued",
    footer: "Reviewed {reviewed} · Next review {next} · Page {page} of {pages}",
    footer_compact: "Reviewed {reviewed} · Page {page} of {pages}",
    link: "Link to {address}",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    short_months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    date: "{day} {month} {year}",
};

static SPANISH: Messages = Messages {
    language: "es",
    who_for: "Para quién es: ",
    what_it_is: "Qué es",
    aims: "Esta hoja le ayuda a",
    red_flags: "Cuándo ver a un médico",
    actions: [
        (
            "Pida ayuda urgente ahora",
            "llame al número de emergencias o vaya a un servicio de urgencias.",
        ),
        (
            "Vea a un médico hoy",
            "llame a su médico o a un servicio de urgencias el mismo día.",
        ),
        (
            "Pida una cita pronto",
            "vea a su médico en los próximos días.",
        ),
    ],
    list_continues: "La lista sigue en la página siguiente.",
    causes: "Qué lo puede causar",
    symptoms: "Señales y síntomas",
    frequencies: [
        "Frecuentes",
        "Menos frecuentes",
        "Señales que puede notar (no se sabe con qué frecuencia pasa cada una)",
    ],
    spreads_to: " El dolor puede llegar a: ",
    treatments: "Opciones de tratamiento",
    treatments_intro: "Hable con su equipo de salud sobre las opciones que le convienen. Cada \
                       opción dice qué tan sólidas son las pruebas de que ayuda: altas, \
                       moderadas, bajas, muy bajas o insuficientes (hay muy poca investigación \
                       para saberlo).",
    categories: [
        "Tratamientos convencionales",
        "Terapias alternativas",
        "Lo que puede hacer en casa",
    ],
    treatment_fields: [
        "Qué es: ",
        "Cómo puede ayudar: ",
        "Beneficios: ",
        "Riesgos: ",
    ],
    safety_fields: [
        "Quién no debe usarlo: ",
        "Efectos secundarios: ",
        "Cuándo dejarlo y pedir ayuda: ",
        "Daños raros pero graves: ",
    ],
    evidence: "Pruebas: ",
    evidence_levels: ["altas", "moderadas", "bajas", "muy bajas", "insuficientes"],
    without_treatment: "Qué pasa sin tratamiento",
    recovery: "Su plan de recuperación",
    week: "Semana {from}: ",
    weeks: "Semanas {from}–{to}: ",
    goals: "Objetivos: ",
    questions: "Preguntas para su equipo de salud",
    about: "Sobre esta hoja",
    written_by: "Escrita por: ",
    reviewed_by: "Revisada por: ",
    disclosures: "Conflictos de interés: ",
    references: "Referencias",
    accessed: " Consultado el {date}.",
    continued: "{name} (continuación)",
    footer: "Revisada el {reviewed} · Próxima revisión: {next} · Página {page} de {pages}",
    footer_compact: "Revisada el {reviewed} · Página {page} de {pages}",
    link: "Enlace a {address}",
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    short_months: [
        "ene.", "feb.", "mar.", "abr.", "mayo", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.",
        "dic.",
    ],
    date: "{day} de {month} de {year}",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_found_by_its_primary_subtag_and_others_fall_back_to_english() {
        assert_eq!(Messages::for_language("es").language, "es");
        assert_eq!(Messages::for_language("es-MX").language, "es");
        assert_eq!(Messages::for_language("ES").language, "es");
        assert_eq!(Messages::for_language("en-GB").language, "en");
        assert_eq!(Messages::for_language("pl").language, "en");
    }

    #[test]
    fn the_checker_knows_every_handout_language() {
        assert_eq!(handout_languages(), pamphlet_schema::HANDOUT_LANGUAGES);
    }

    #[test]
    fn dates_and_templates_read_as_a_patient_reads_them() {
        let date = IsoDate::parse("2026-12-02").expect("a date");
        assert_eq!(ENGLISH.date(date, false), "2 December 2026");
        assert_eq!(ENGLISH.date(date, true), "2 Dec 2026");
        assert_eq!(SPANISH.date(date, false), "2 de diciembre de 2026");
        assert_eq!(SPANISH.date(date, true), "2 dic. 2026");
        // A reference's access date too: a patient's form, not ISO.
        assert!(ENGLISH.accessed(date).contains("2 December 2026"));
        assert!(SPANISH.accessed(date).contains("2 de diciembre de 2026"));
        assert_eq!(SPANISH.weeks(1, 2), "Semanas 1–2: ");
        assert_eq!(ENGLISH.weeks(3, 3), "Week 3: ");
        assert_eq!(
            SPANISH.footer("a", "b", 1, 9),
            "Revisada el a · Próxima revisión: b · Página 1 de 9"
        );
        let next = IsoDate::parse("2027-12-02").expect("a date");
        assert_eq!(
            ENGLISH.footer_forms(date, next, 2, 9),
            [
                "Reviewed 2 December 2026 · Next review 2 December 2027 · Page 2 of 9",
                "Reviewed 2 Dec 2026 · Next review 2 Dec 2027 · Page 2 of 9",
                "Reviewed 2 Dec 2026 · Page 2 of 9",
            ]
        );
        assert_eq!(
            SPANISH.action(Urgency::Emergency).0,
            "Pida ayuda urgente ahora"
        );
        assert_eq!(
            SPANISH.category(Category::Home),
            "Lo que puede hacer en casa"
        );
        assert_eq!(ENGLISH.evidence_level(EvidenceLevel::VeryLow), "very low");
    }
}
