//! `untranslated-handout` (PAM613): the handout has no headings, or no clinic contact
//! line, in the topic's language.

use pamphlet_schema::{Clinic, HANDOUT_LANGUAGES, primary_language};

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That pamphlet prints the handout's own words (headings such as "When to see a
    /// doctor", the action lines of the red-flag box, field labels, the footer and its
    /// dates) in the topic's `language`. Today those are English (`en`) and Spanish
    /// (`es`); a topic in any other language gets English ones, and this rule says so.
    /// Likewise the clinic's contact line from `pamphlet.toml`, printed at the head of
    /// every handout: a handout in another language than the clinic's (`[clinic]
    /// language`, English if unset) needs it under `[clinic.translations.<language>]`.
    ///
    /// ## Why it matters
    /// A patient who reads Polish but not English meets the red-flag box under an
    /// English heading, with English instructions for what to do: the parts of the
    /// handout that matter most in an emergency would be the ones they cannot read.
    ///
    /// ## Example
    /// ```yaml
    /// language: pl
    /// ```
    ///
    /// ## How to fix
    /// Print the handout in a supported language, or have the missing table added to
    /// pamphlet (`crates/pamphlet-pdf/src/messages.rs`). Until then, a clinic that hands
    /// it out must know its headings are English. For the contact line:
    ///
    /// ```toml
    /// [clinic.translations.es]
    /// contact = "Pregunte al profesional de la salud que le dio esta hoja."
    /// ```
}

pub(crate) fn check(language: &str, clinic: &Clinic, findings: &mut Vec<Finding>) {
    let tag = language.trim();
    if clinic.untranslated_for(tag) {
        findings.push(
            Finding::new(
                Rule::UntranslatedHandout,
                "/language",
                format!(
                    "the clinic's contact line has no `{tag}` version in pamphlet.toml: it prints in `{}` at the head of this handout",
                    clinic.language()
                ),
            )
            .help(format!(
                "add `[clinic.translations.{}]` with `contact = \"...\"` in that language to pamphlet.toml",
                primary_language(tag)
            )),
        );
    }
    let primary = primary_language(language);
    if primary.is_empty() || HANDOUT_LANGUAGES.contains(&primary.as_str()) {
        return;
    }
    findings.push(
        Finding::new(
            Rule::UntranslatedHandout,
            "/language",
            format!(
                "the handout's headings, labels and dates are not available in `{}`: they print in English",
                language.trim()
            ),
        )
        .help(format!(
            "the handout prints its own words in {}; for another language they must be added to pamphlet first",
            HANDOUT_LANGUAGES
                .iter()
                .map(|code| format!("`{code}`"))
                .collect::<Vec<_>>()
                .join(" and ")
        )),
    );
}
