//! `invalid-language-tag` (PAM604): `language` is not a valid BCP 47 tag.

use language_tags::LanguageTag;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic's `language` is a valid BCP 47 language tag (RFC 5646): every subtag
    /// registered with IANA for its place, such as `en`, `en-GB`, `es-419` or `pt-BR`.
    /// The shape of the tag (letters and digits between hyphens) is the schema's to check
    /// (`invalid-value`); this rule looks the subtags up.
    ///
    /// ## Why it matters
    /// The tag is the handout's `/Lang`: a screen reader picks its voice and
    /// pronunciation from it, and a translation is matched with its language by it. A
    /// made-up tag reads every word with the wrong voice.
    ///
    /// ## Example
    /// ```yaml
    /// language: en-UK
    /// ```
    ///
    /// ## How to fix
    /// Use the registered subtag: `en-GB` for English as written in the United Kingdom,
    /// `es` for Spanish. The IANA Language Subtag Registry lists them all.
}

/// Region subtags people write for a country whose registered code is another.
const FAMILIAR_SLIPS: &[(&str, &str)] = &[("UK", "GB"), ("EN", "GB"), ("SP", "ES")];

/// Reports `language` if it is well formed but not valid, and says whether the language
/// rules that read the tag can go on: not for a tag the schema (malformed) or this rule
/// (unregistered) refuses, whose findings would only repeat that the tag is wrong.
pub(crate) fn check(language: &str, findings: &mut Vec<Finding>) -> bool {
    let tag = language.trim();
    if !well_formed(tag) {
        return false;
    }
    let problem = match LanguageTag::parse(tag) {
        Err(error) => error.to_string(),
        Ok(parsed) => match parsed.validate() {
            Ok(()) => return true,
            Err(error) => error.to_string(),
        },
    };
    let suggestion = tag
        .split('-')
        .skip(1)
        .find_map(|subtag| {
            FAMILIAR_SLIPS
                .iter()
                .find(|(slip, _)| subtag.eq_ignore_ascii_case(slip))
                .map(|(slip, registered)| {
                    let fixed = tag.replacen(&format!("-{subtag}"), &format!("-{registered}"), 1);
                    format!("`{slip}` is not a registered region: did you mean `{fixed}`? ")
                })
        })
        .unwrap_or_default();
    findings.push(
        Finding::new(
            Rule::InvalidLanguageTag,
            "/language",
            format!(
                "`{tag}` is not a valid BCP 47 language tag: {}",
                lower_first(&problem)
            ),
        )
        .help(format!(
            "{suggestion}use registered subtags, such as `en`, `en-GB`, `es` or `pt-BR`"
        )),
    );
    false
}

/// Whether `tag` has the shape the schema asks for (2-3 letters, then subtags of 2-8
/// letters or digits); anything else is the schema's finding.
fn well_formed(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary_ok = subtags.next().is_some_and(|primary| {
        (2..=3).contains(&primary.len()) && primary.bytes().all(|byte| byte.is_ascii_alphabetic())
    });
    primary_ok
        && subtags.all(|subtag| {
            (2..=8).contains(&subtag.len())
                && subtag.bytes().all(|byte| byte.is_ascii_alphanumeric())
        })
}

/// `text` with its first letter lowercased, to follow a colon ("the region is not in the
/// IANA Language Subtag Registry").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
