//! `placeholder-text` (PAM202): a field holds placeholder text.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no text field holds a placeholder: `TODO`, `TBD`, `TBC`, `FIXME`, `XXX`,
    /// `lorem ipsum`, `placeholder`, `to be written`, `to be confirmed`, `needs review`,
    /// `coming soon`, `[insert …]` or `???`, or their Spanish counterparts (`por
    /// completar`, `por confirmar`, `próximamente`, `[insertar …]` and the like), in any
    /// letter case; nor a whole value that says nothing, such as `N/A`, `-` or `...`.
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

const WORD_MARKERS: &[&str] = &["todo", "tbd", "tbc", "tba", "fixme", "tk"];
const PHRASE_MARKERS: &[&str] = &[
    "lorem ipsum",
    "placeholder",
    "to be written",
    "to be confirmed",
    "to be determined",
    "to be added",
    "needs review",
    "coming soon",
    "fill in",
    "[insert",
    "???",
    // Spanish.
    "por escribir",
    "por completar",
    "por confirmar",
    "por determinar",
    "por definir",
    "próximamente",
    "texto provisional",
    "[insertar",
    "[añadir",
    "[completar",
];
/// Whole-field values that say nothing: "N/A" as a treatment's risks tells a patient
/// nothing, or worse, that there are none.
const EMPTY_VALUES: &[&str] = &[
    "n/a",
    "na",
    "n.a.",
    "tba",
    "nil",
    "null",
    "none yet",
    "same as above",
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
    let trimmed = text.trim();
    let start_of_trimmed = text.len() - text.trim_start().len();
    let whole = start_of_trimmed..start_of_trimmed + trimmed.len();
    if !trimmed.is_empty() && !trimmed.chars().any(char::is_alphanumeric) && trimmed != "???" {
        // "-", "...", "—": punctuation standing in for text.
        return Some((whole, trimmed.to_owned()));
    }
    if EMPTY_VALUES.contains(&trimmed.to_lowercase().as_str()) {
        return Some((whole, trimmed.to_owned()));
    }
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
    // The first marker of the list that occurs, at its first occurrence: every marker is
    // looked for in one pass over the text.
    static MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new(PHRASE_MARKERS).expect("the placeholder phrases build an automaton")
    });
    let first = MARKERS
        .find_overlapping_iter(lower.as_str())
        .min_by_key(|found| (found.pattern().as_usize(), found.start()));
    if let Some(found) = first {
        let (phrase, start) = (PHRASE_MARKERS[found.pattern().as_usize()], found.start());
        let mut length = phrase.len();
        // Quote a bracketed placeholder whole: "[insert risks here]".
        if phrase.starts_with('[')
            && let Some(close) = lower[start..].find(']')
        {
            length = close + 1;
        }
        let range = position(start, length);
        return Some((range.clone(), text.get(range)?.to_owned()));
    }
    let mut offset = 0;
    for word in lower.split(|character: char| !character.is_alphanumeric()) {
        let run_of_x = word.len() >= 3 && word.bytes().all(|byte| byte == b'x');
        if WORD_MARKERS.contains(&word) || run_of_x {
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
        for filler in [
            "N/A",
            "-",
            "...",
            "—",
            "To be confirmed",
            "XXXX",
            "Needs review",
            " n/a ",
        ] {
            assert!(
                find_placeholder(filler).is_some(),
                "`{filler}` is a placeholder"
            );
        }
        assert_eq!(
            find_placeholder("Risks: [insert risks here].").map(|found| found.1),
            Some("[insert risks here]".to_owned())
        );
        assert!(find_placeholder("None of the trials found harm.").is_none());
        // Spanish: editing leftovers found, honest text let through.
        assert_eq!(
            find_placeholder("Riesgos: por completar.").map(|found| found.1),
            Some("por completar".to_owned())
        );
        assert_eq!(
            find_placeholder("Dosis: [insertar la dosis aquí].").map(|found| found.1),
            Some("[insertar la dosis aquí]".to_owned())
        );
        assert!(find_placeholder("Próximamente").is_some());
        assert!(find_placeholder("El calor puede aliviar el dolor por un rato.").is_none());
        assert!(find_placeholder("Su médico le dirá si puede escribir o conducir.").is_none());
        assert!(find_placeholder("Stretch the thigh (the quadriceps).").is_none());
    }
}
