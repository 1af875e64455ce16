//! `duplicate-translation` (PAM609): two translations of one topic in one language, or a
//! translation in its original's language.

use std::collections::HashMap;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic has at most one translation in each language (compared as written,
    /// ignoring case: `es` and `es-MX` are different languages), and that no translation
    /// is in its original's own language.
    ///
    /// ## Why it matters
    /// Two Spanish versions of one guide drift apart: one is corrected, the other is still
    /// handed out. Which one a patient gets would depend on which file a clinic printed.
    ///
    /// ## Example
    /// ```yaml
    /// # topics/hip-pain-es.yaml and topics/hip-pain-es-2.yaml both say:
    /// language: es
    /// translation_of: hip-pain
    /// ```
    ///
    /// ## How to fix
    /// Keep one translation per language and delete or merge the other; for a regional
    /// variant, say so in its tag (`es-MX`, `es-ES`).
}

/// One translation with its original: (translation's file, translation, original's file,
/// original).
pub(crate) type Pair<'a> = (usize, &'a Variant, usize, &'a Variant);

pub(crate) fn check(translations: &[Pair<'_>], findings: &mut Vec<(usize, Finding)>) {
    let mut first: HashMap<(&str, String), usize> = HashMap::new();
    for (file, translation, original_file, original) in translations {
        let language = translation.language.to_ascii_lowercase();
        if language == original.language.to_ascii_lowercase() {
            findings.push((
                *file,
                Finding::new(
                    Rule::DuplicateTranslation,
                    "/language",
                    format!(
                        "this translation of `{}` is in `{}`, the language of the original",
                        original.id, translation.language
                    ),
                )
                .help("set `language` to the language the file is written in")
                .related(*original_file, "/language", "the original's language"),
            ));
            continue;
        }
        match first.get(&(original.id.as_str(), language.clone())) {
            Some(earlier) => findings.push((
                *file,
                Finding::new(
                    Rule::DuplicateTranslation,
                    "/language",
                    format!(
                        "`{}` already has a translation in `{}`",
                        original.id, translation.language
                    ),
                )
                .help("keep one translation per language: merge the two files, or give a regional variant its own tag such as `es-MX`")
                .related(*earlier, "/language", "the other translation in this language"),
            )),
            None => {
                first.insert((original.id.as_str(), language), *file);
            }
        }
    }
}
