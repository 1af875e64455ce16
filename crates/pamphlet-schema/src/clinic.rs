//! The clinic a content tree comes from (`[clinic]` of `pamphlet.toml`): its name and how a
//! patient reaches it, printed on every handout and named in every export, with the same
//! two lines in each language its handouts are printed in.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::primary_language;

/// The clinic the handouts come from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub contact: String,
    /// The language `name` and `contact` are written in (a BCP 47 tag); `en` if unset.
    #[serde(default)]
    pub language: Option<String>,
    /// `name` and `contact` in other languages, by language tag (`[clinic.translations.es]`).
    #[serde(default)]
    pub translations: BTreeMap<String, ClinicText>,
}

/// A clinic's name and contact line in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicText {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub contact: String,
}

impl Clinic {
    /// The language of the clinic's own lines: its `language`, else English.
    pub fn language(&self) -> &str {
        self.language.as_deref().map_or("en", str::trim)
    }

    /// The name and contact line for a handout in `language`: the translation for that
    /// exact tag, else for its primary language, else the clinic's own lines. A line a
    /// translation leaves empty is the clinic's own.
    pub fn text_for(&self, language: &str) -> ClinicText {
        let own = ClinicText {
            name: self.name.clone(),
            contact: self.contact.clone(),
        };
        let wanted = language.trim();
        let primary = primary_language(wanted);
        let found = self
            .translations
            .iter()
            .find(|(tag, _)| tag.trim().eq_ignore_ascii_case(wanted))
            .or_else(|| {
                self.translations
                    .iter()
                    .find(|(tag, _)| tag.trim().eq_ignore_ascii_case(&primary))
            });
        match found {
            Some((_, text)) => ClinicText {
                name: if text.name.trim().is_empty() {
                    own.name
                } else {
                    text.name.clone()
                },
                contact: if text.contact.trim().is_empty() {
                    own.contact
                } else {
                    text.contact.clone()
                },
            },
            None => own,
        }
    }

    /// Whether a handout in `language` prints the clinic's contact line in another
    /// language: there is one, the language is not the clinic's own, and no translation
    /// for it gives the line. (A name is often the same in every language.)
    pub fn untranslated_for(&self, language: &str) -> bool {
        !self.contact.trim().is_empty()
            && primary_language(language) != primary_language(self.language())
            && self.text_for(language).contact == self.contact
    }
}

#[cfg(test)]
mod tests {
    use super::{Clinic, ClinicText};

    #[test]
    fn a_handout_gets_the_clinic_lines_of_its_language() {
        let mut clinic = Clinic {
            name: "Riverside Clinic".to_owned(),
            contact: "Call 555 0100.".to_owned(),
            ..Clinic::default()
        };
        assert!(clinic.untranslated_for("es"));
        assert!(!clinic.untranslated_for("en-GB"));
        clinic.translations.insert(
            "es".to_owned(),
            ClinicText {
                name: String::new(),
                contact: "Llame al 555 0100.".to_owned(),
            },
        );
        let spanish = clinic.text_for("es-MX");
        assert_eq!(spanish.contact, "Llame al 555 0100.");
        assert_eq!(
            spanish.name, "Riverside Clinic",
            "an empty line is the clinic's own"
        );
        assert!(!clinic.untranslated_for("es-MX"));
        assert_eq!(clinic.text_for("pl").contact, "Call 555 0100.");
        assert!(clinic.untranslated_for("pl"));
        // A clinic with no contact line has nothing to translate.
        clinic.contact.clear();
        assert!(!clinic.untranslated_for("pl"));
    }
}
