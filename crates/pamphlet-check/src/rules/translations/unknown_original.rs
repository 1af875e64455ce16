//! `unknown-original` (PAM606): `translation_of` names no topic that can be translated.

use std::collections::HashMap;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;
use crate::text::similar::closest;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a translation's `translation_of` names a topic of the same content tree, not
    /// the translation itself, and an original rather than another translation (so a
    /// chain or a cycle of translations is refused).
    ///
    /// ## Why it matters
    /// A translation is checked against its original: that it has every red flag and
    /// record, the same actions, and a review after the original's last change. With no
    /// original to compare, none of that can be checked, and a patient could be handed a
    /// translation that has silently fallen behind.
    ///
    /// ## Example
    /// ```yaml
    /// id: hip-trigger-points-es
    /// language: es
    /// translation_of: hip-triger-points
    /// ```
    ///
    /// ## How to fix
    /// Give the id of the original topic, as its own `id` spells it. A translation of a
    /// translation names the original instead.
}

/// The file of the original `original_id` names, or the finding that says why there is
/// none. `files` holds every topic id with its file, `translations` the translations.
pub(crate) fn check(
    translation: &Variant,
    original_id: &str,
    files: &HashMap<&str, usize>,
    translations: &HashMap<&str, &Variant>,
) -> Result<usize, Box<Finding>> {
    let pointer = "/translation_of";
    if original_id == translation.id {
        return Err(Box::new(Finding::new(
            Rule::UnknownOriginal,
            pointer,
            format!("`{original_id}` is this topic's own id: a topic cannot translate itself"),
        )
        .help("name the id of the topic this file translates, or remove `translation_of` if it is an original")));
    }
    let Some(file) = files.get(original_id) else {
        let suggestion = closest(original_id, files.keys().copied())
            .map(|id| format!("did you mean `{id}`? "))
            .unwrap_or_default();
        return Err(Box::new(
            Finding::new(
                Rule::UnknownOriginal,
                pointer,
                format!("no topic of the content tree has the id `{original_id}`"),
            )
            .help(format!(
                "{suggestion}name the id of the original topic, as its `id` spells it"
            )),
        ));
    };
    if let Some(further) = translations
        .get(original_id)
        .and_then(|original| original.translation_of.as_ref())
    {
        return Err(Box::new(Finding::new(
            Rule::UnknownOriginal,
            pointer,
            format!("`{original_id}` is itself a translation (of `{further}`): a translation is made from the original"),
        )
        .help(format!("name the original topic, `{further}`, here"))
        .related(*file, "/translation_of", "the topic named is a translation")));
    }
    Ok(*file)
}
