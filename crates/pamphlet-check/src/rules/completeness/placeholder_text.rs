//! `placeholder-text` (PAM202): a field holds placeholder text.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no text field holds a placeholder: `TODO`, `TBD`, `FIXME`, `XXX`,
    /// `lorem ipsum`, `placeholder`, `to be written`, `coming soon`, `[insert …]` or
    /// `???`, in any letter case.
    ///
    /// ## Why it matters
    /// A placeholder is a promise that someone will come back. If nobody does, the patient
    /// reads "Risks: TBD" on a printed handout, which tells them nothing and undermines
    /// trust in everything else on the page.
    ///
    /// ## Example
    /// ```yaml
    /// risks: TODO ask Dr Patel about side effects
    /// ```
    ///
    /// ## How to fix
    /// Replace the placeholder with the real text and its source. If the text is not
    /// ready, keep the record out of the published content until it is.
}

const WORD_MARKERS: &[&str] = &["todo", "tbd", "tbc", "fixme", "xxx"];
const PHRASE_MARKERS: &[&str] = &[
    "lorem ipsum",
    "placeholder",
    "to be written",
    "coming soon",
    "[insert",
    "???",
];

pub(crate) fn check(field: &TextField<'_>, findings: &mut Vec<Finding>) {
    if let Some((range, marker)) = find_placeholder(field.text) {
        findings.push(
            Finding::new(
                Rule::PlaceholderText,
                field.pointer.clone(),
                format!("`{}` holds the placeholder `{marker}`", field.name),
            )
            .help("replace it with the real text, or leave the record out until it is written")
            .target(Target::Text(range)),
        );
    }
}

/// The byte range and text of the first placeholder in `text`.
pub(crate) fn find_placeholder(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; only use positions when it did not.
    let same_length = lower.len() == text.len();
    let position = |start: usize, length: usize| {
        if same_length {
            start..start + length
        } else {
            0..text.len()
        }
    };
    for phrase in PHRASE_MARKERS {
        if let Some(start) = lower.find(phrase) {
            return Some((
                position(start, phrase.len()),
                text.get(position(start, phrase.len()))?.to_owned(),
            ));
        }
    }
    let mut offset = 0;
    for word in lower.split(|character: char| !character.is_alphanumeric()) {
        if WORD_MARKERS.contains(&word) {
            let range = position(offset, word.len());
            return Some((range.clone(), text.get(range)?.to_owned()));
        }
        offset += word.len()
            + lower[offset + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find_placeholder;

    #[test]
    fn finds_placeholders_but_not_ordinary_words() {
        assert_eq!(
            find_placeholder("Risks: TBD").map(|found| found.1),
            Some("TBD".to_owned())
        );
        assert_eq!(
            find_placeholder("todo: ask").map(|found| found.0),
            Some(0..4)
        );
        assert!(find_placeholder("Lorem ipsum dolor").is_some());
        assert!(find_placeholder("[Insert dose here]").is_some());
        assert!(find_placeholder("Heat can ease stiff muscles for a short time.").is_none());
        assert!(find_placeholder("Photodynamic therapy").is_none());
        assert!(find_placeholder("").is_none());
    }
}
