//! `placeholder-text` (PAM202): a field holds placeholder text.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::text::editing_notes::editing_note;
use crate::text::words::{Run, alphanumeric_runs, whole_word};

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::cues::{Kind, SentenceCues};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no text field holds a placeholder: `TODO`, `TBD`, `TBC`, `FIXME`, `XXX`,
    /// `lorem ipsum`, `placeholder`, `to be written`, `to be confirmed`, `needs review`,
    /// `coming soon`, `[insert …]` or `???`, or their Spanish counterparts (`por
    /// completar`, `por confirmar`, `próximamente`, `[insertar …]` and the like), in any
    /// letter case; nor a whole value that says nothing, such as `N/A`, `-` or `...`.
    /// Editing leftovers in their natural forms too: a slot in brackets (`[clinic name]`,
    /// `{{dose}}`, `<<update>>`; reference numbers such as `[1, 2]` are not slots), a
    /// blank (`Dr ___`), `XX mg`, `section X.X`, `??`, an instruction in parentheses
    /// (`(add diagram)`), a slot named in capitals (`NAME OF MEDICINE`), a note to a
    /// colleague (`note to editor`, `ref needed`, `before publishing`, `paste`), and a
    /// field that stops mid-sentence (it ends with `...`, a comma, a colon or a dash, in
    /// a bracket never closed, or on a word no sentence ends with, such as "the",
    /// "every" or "within", even before a full stop). Notes in the shapes writers leave
    /// them: a kind of content named before a final "here" ("Question about work
    /// here"), a request to a colleague by first name ("ask Priya", "confirm with
    /// Sarah"), a status after a label ("Goals: pending"), an instruction about the
    /// writing ("max 15 words", "in one or two sentences", "keep it simple"), a slot in
    /// single angle brackets or braces (`<name>`, `{dose}`), a letter standing for a
    /// value ("X weeks", "X%", "step X", "Dr Y", "20XX"), a title-case slot ("Clinic
    /// Name"), a doubting `(?)`, "DRAFT", an instruction to put something in ("insert
    /// link here", "paste the diagram"), text awaited from someone ("waiting on input",
    /// "pending sign-off"), a task left at the end of a clause ("Priya to confirm."), a
    /// numbered label alone ("Q5?", "Step 4."), a template variable (`%clinic_name%`),
    /// a small word typed twice ("the the"), tracked changes (`Formatted:`, `~~`), a
    /// pointer instead of text (`As above.`, `See below`, `ditto`), a long slot that
    /// says what to write (`<insert short explanation of how the needle works>`), a task
    /// by first name that is all a bracket holds ("(Priya to write)"), a sentence
    /// pasted twice in a row, text to copy "in here", a slot that "goes here", someone
    /// "writing this bit", work left "to be" done after a label ("Goals: to be agreed")
    /// or for a writer ("table to be inserted"), an instruction in capitals ("CHECK
    /// FIGURE"; "CHECK THE LABEL" speaks to the reader), a piece of writing to add on a
    /// subject ("add a line on who gets it"), a colleague asked by name ("Jo, can you
    /// finish this?") and what a reference still needs ("need the year"). `TODO` counts in
    /// capitals or before a colon, since "todo" is an everyday Spanish word.
    ///
    /// In an English topic, a prose field with no such mark may still hold a sentence that
    /// reads as an editing leftover by its words (a note to a colleague in words of its
    /// own), weighed by a model learnt from the labelled corpus in `tests/heuristics/`; the
    /// finding names the words that weighed most.
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

/// Editorial notes and requests left in the text, matched as whole words: a writer's
/// message to a colleague is never meant for the patient.
const EDITORIAL_PHRASES: &[&str] = &[
    "text to follow",
    "to follow later",
    "note to editor",
    "note to editors",
    "note to self",
    "editor's note",
    "ref needed",
    "reference needed",
    "citation needed",
    "source needed",
    "sample text",
    "dummy text",
    "goes here",
    "describe here",
    "explain here",
    "add here",
    "paste",
    "copy from",
    "get wording",
    "wording from",
    "before publishing",
    "before we publish",
    "before we print",
    "before we go to print",
    "before it goes to print",
    "being drafted",
    "still to write",
    "to be finalised",
    "to be finalized",
    "see the other doc",
    "see the old",
    "needs updating",
    "update this",
    "check with the board",
    // Spanish.
    "nota para el editor",
    "texto de ejemplo",
    "pegar aquí",
    "antes de publicar",
];

/// Words that name the slot of an all-capitals placeholder ("NAME OF MEDICINE",
/// "PHONE NUMBER").
const SLOT_WORDS: &[&str] = &[
    "NAME",
    "MEDICINE",
    "DRUG",
    "DOSE",
    "NUMBER",
    "PHONE",
    "CLINIC",
    "DATE",
    "TITLE",
    "TEXT",
    "LINK",
    "URL",
    "EMAIL",
    "ADDRESS",
    "HOSPITAL",
    "DOCTOR",
    "PLACEHOLDER",
    "INSERT",
];

/// Words a sentence cannot end on: a field that stops at one was cut off mid-sentence
/// ("Ask your doctor about the").
const UNFINISHED_ENDINGS: &[&str] = &[
    "the",
    "a",
    "an",
    "to",
    "of",
    "and",
    "or",
    "but",
    "with",
    "for",
    "about",
    "every",
    "your",
    "their",
    "our",
    "my",
    "his",
    "her",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "become",
    "becomes",
    "than",
    "that",
    "which",
    "if",
    "because",
    "into",
    "from",
    "such",
    "including",
    "especially",
    "between",
    "until",
    "whether",
    "although",
    "unless",
    "within",
    "during",
    "via",
    "per",
    "onto",
    "upon",
    "should",
    "will",
    "would",
    "must",
    "could",
    // Spanish.
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "de",
    "del",
    "y",
    "o",
    "con",
    "para",
    "por",
    "su",
    "sus",
    "que",
    "es",
    "son",
];

/// Words that open a parenthesis holding an instruction to the editor: "(add diagram)".
const EDITING_VERBS: &[&str] = &[
    "add",
    "insert",
    "photo",
    "image",
    "diagram",
    "picture",
    "figure",
    "link",
    "update",
    "tbc",
    "todo",
    "finish",
    "complete",
    "check",
    "ref",
    "refs",
    "cite",
    "citation",
    "citations",
];
const PHRASE_MARKERS: &[&str] = &[
    "lorem ipsum",
    "dolor sit amet",
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
    // A pointer to other text instead of text: the handout reorders and splits fields,
    // so "above" is nowhere a patient can find.
    "as above",
    "see above",
    "see below",
    "as below",
    "as before",
    "same as before",
    "as per above",
    "see previous",
    "ditto",
    "idem",
    "etc",
];

/// The length in bytes of the longest of the [`EMPTY_VALUES`].
const LONGEST_EMPTY_VALUE: usize = 14;

/// Whether `value`, in any letter case, is one of the [`EMPTY_VALUES`]. A value longer
/// than three bytes for each byte of the longest is never lowercased (no character
/// shrinks more than that when lowercased), so a paragraph costs no copy.
fn says_nothing(value: &str) -> bool {
    value.len() <= 3 * LONGEST_EMPTY_VALUE && EMPTY_VALUES.contains(&value.to_lowercase().as_str())
}

pub(crate) fn check(field: &TextField<'_>, findings: &mut Vec<Finding>) {
    let runs: Vec<Run<'_>> = alphanumeric_runs(field.text).collect();
    check_in(field, &runs, findings);
}

/// [`check`] of a field whose [`alphanumeric_runs`] are `runs`.
pub(crate) fn check_in(field: &TextField<'_>, runs: &[Run<'_>], findings: &mut Vec<Finding>) {
    let Some((range, marker)) = find_placeholder_in(field.text, runs) else {
        return;
    };
    let finding = if unfinished(field.text).as_ref() == Some(&range) {
        // Quote the end of the text, up to four words, so the reader sees where it stops.
        let text = field.text.trim_end();
        let start = text[..range.start]
            .char_indices()
            .rev()
            .filter(|(_, ch)| ch.is_whitespace())
            .nth(3)
            .map_or(0, |(at, _)| at + 1);
        Finding::new(
            Rule::PlaceholderText,
            field.pointer.clone(),
            format!(
                "`{}` stops mid-sentence: it ends with `{}`",
                field.name,
                &text[start..]
            ),
        )
        .help("finish the sentence, or remove it")
    } else {
        Finding::new(
            Rule::PlaceholderText,
            field.pointer.clone(),
            format!("`{}` holds the placeholder `{marker}`", field.name),
        )
        .help("replace it with the real text, or leave the record out until it is written")
    };
    findings.push(finding.target(Target::Text(range)));
}

/// The sentences of a field without a placeholder's mark that read as an editing leftover
/// by their `cues` (a note to a colleague, a slot in words of its own): one finding each.
pub(crate) fn check_cues(
    field: &TextField<'_>,
    runs: &[Run<'_>],
    cues: &[SentenceCues],
    findings: &mut Vec<Finding>,
) {
    let mut read = cues
        .iter()
        .filter_map(|sentence| Some((sentence, sentence.reads_as(Kind::Leftover, field.text)?)))
        .peekable();
    // The marks are looked for only when a sentence reads as a leftover, which is rare;
    // a field with a mark has its finding already.
    if read.peek().is_none() || find_placeholder_in(field.text, runs).is_some() {
        return;
    }
    for (sentence, words) in read {
        findings.push(
            Finding::read_as(
                Rule::PlaceholderText,
                field,
                "an editing leftover",
                sentence.range.clone(),
                &words,
            )
            .help("write the text the patient should read, or remove the note"),
        );
    }
}

/// The byte range and text of the first placeholder in `text`.
pub(crate) fn find_placeholder(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let runs: Vec<Run<'_>> = alphanumeric_runs(text).collect();
    find_placeholder_in(text, &runs)
}

/// [`find_placeholder`] of a text whose [`alphanumeric_runs`] are `runs`.
fn find_placeholder_in(text: &str, runs: &[Run<'_>]) -> Option<(std::ops::Range<usize>, String)> {
    let trimmed = text.trim();
    let start_of_trimmed = text.len() - text.trim_start().len();
    let whole = start_of_trimmed..start_of_trimmed + trimmed.len();
    if !trimmed.is_empty() && !trimmed.chars().any(char::is_alphanumeric) && trimmed != "???" {
        // "-", "...", "—": punctuation standing in for text.
        return Some((whole, trimmed.to_owned()));
    }
    // "As above." with its full stop says no more than "as above".
    let bare = trimmed.trim_end_matches(['.', '!']).trim_end();
    if says_nothing(trimmed) || says_nothing(bare) {
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
    let hits = MarkerHits::of(&lower);
    if let Some((marker, start)) = hits.marker {
        let phrase = PHRASE_MARKERS[marker];
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
    // The words are read only when the automaton saw a marker word or "xx" in the text.
    let words = if hits.may_hold_a_marker_word {
        lower.as_str()
    } else {
        ""
    };
    for word in words.split(|character: char| !character.is_alphanumeric()) {
        let run_of_x = word.len() >= 2 && word.bytes().all(|byte| byte == b'x');
        // "todo" is also Spanish for "all": as a marker it is written TODO, or "todo:".
        let marker = WORD_MARKERS.contains(&word)
            && (word != "todo"
                || text.get(offset..offset + 4) == Some("TODO")
                || lower[offset + word.len()..].starts_with(':'));
        if marker || run_of_x {
            let range = position(offset, word.len());
            return Some((range.clone(), text.get(range)?.to_owned()));
        }
        offset += word.len()
            + lower[offset + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    if same_length && let Some(range) = editing_leftover(text, &lower, hits.phrases) {
        return Some((range.clone(), text.get(range)?.to_owned()));
    }
    if let Some(range) = editing_note(text, runs) {
        return Some((range.clone(), text.get(range)?.to_owned()));
    }
    unfinished(text).map(|range| (range.clone(), text[range].to_owned()))
}

/// What one pass over a field's lowercase text finds of the fixed markers, the
/// editorial phrases and the marker words: the lists are looked for at once.
struct MarkerHits {
    /// The first of [`PHRASE_MARKERS`] in list order that occurs, with its first
    /// occurrence.
    marker: Option<(usize, usize)>,
    /// The first occurrence of each of [`EDITORIAL_PHRASES`] as a whole word.
    phrases: Vec<Option<usize>>,
    /// Whether one of [`WORD_MARKERS`], or "xx", is in the text, as a word or inside one:
    /// without it, no word of the text is a marker or a run of x's, and the words are
    /// not read.
    may_hold_a_marker_word: bool,
}

impl MarkerHits {
    fn of(lower: &str) -> MarkerHits {
        static MARKS: LazyLock<AhoCorasick> = LazyLock::new(|| {
            crate::text::automaton()
                .build(
                    PHRASE_MARKERS
                        .iter()
                        .chain(EDITORIAL_PHRASES)
                        .chain(WORD_MARKERS)
                        .chain(&["xx"]),
                )
                .expect("the placeholder phrases build an automaton")
        });
        let mut hits = MarkerHits {
            marker: None,
            phrases: vec![None; EDITORIAL_PHRASES.len()],
            may_hold_a_marker_word: false,
        };
        for found in MARKS.find_overlapping_iter(lower) {
            let (pattern, start) = (found.pattern().as_usize(), found.start());
            match pattern.checked_sub(PHRASE_MARKERS.len()) {
                None => {
                    if hits.marker.is_none_or(|first| (pattern, start) < first) {
                        hits.marker = Some((pattern, start));
                    }
                }
                Some(phrase) if phrase >= EDITORIAL_PHRASES.len() => {
                    hits.may_hold_a_marker_word = true;
                }
                Some(phrase) => {
                    let first = &mut hits.phrases[phrase];
                    if first.is_none_or(|earlier| start < earlier)
                        && whole_word(lower, start, found.end())
                    {
                        *first = Some(start);
                    }
                }
            }
        }
        hits
    }
}

/// The first editing leftover of `text` that is not a fixed marker: an editorial note, a
/// slot in brackets (`[clinic name]`, `{{name}}`, `<<update>>`), a blank to fill in
/// (`Dr ___`), a section number still to come (`X.X`), doubled question marks, an
/// instruction in parentheses, or a slot named in capitals. `lower` is `text` in lower
/// case, of the same length.
fn editing_leftover(
    text: &str,
    lower: &str,
    first_of_phrase: Vec<Option<usize>>,
) -> Option<std::ops::Range<usize>> {
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for (phrase, start) in EDITORIAL_PHRASES.iter().zip(first_of_phrase) {
        if let Some(start) = start {
            found.push(start..start + phrase.len());
        }
    }
    // Most fields hold none of the marks below: each search is made only when its first
    // character is in the text (a byte search), not over every field.
    let has = |mark: u8| lower.as_bytes().contains(&mark);
    for (open, close) in [("[", "]"), ("{{", "}}"), ("<<", ">>")] {
        if !has(open.as_bytes()[0]) {
            continue;
        }
        let mut from = 0;
        while let Some(start) = lower[from..].find(open).map(|at| from + at) {
            let Some(length) = lower[start..].find(close) else {
                break;
            };
            let inside = &lower[start + open.len()..start + length];
            // "[1]", "[2, 3]": reference numbers, not slots.
            if inside.chars().any(char::is_alphabetic) {
                found.push(start..start + length + close.len());
                break;
            }
            from = start + length + close.len();
        }
    }
    if has(b'_')
        && let Some(start) = lower.find("__")
    {
        let end = start
            + lower[start..]
                .find(|ch| ch != '_')
                .unwrap_or(lower.len() - start);
        found.push(start..end);
    }
    for marker in ["x.x", "??"] {
        if has(marker.as_bytes()[1])
            && let Some(start) = lower.find(marker)
        {
            found.push(start..start + marker.len());
        }
    }
    let mut from = 0;
    let has_bracket = has(b'(');
    while has_bracket && let Some(start) = lower[from..].find('(').map(|at| from + at) {
        let first = lower[start + 1..]
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if EDITING_VERBS.contains(&first)
            && let Some(length) = lower[start..].find(')')
        {
            found.push(start..start + length + 1);
            break;
        }
        from = start + 1;
    }
    found.extend(capital_slot(text));
    found.into_iter().min_by_key(|range| range.start)
}

/// Two or more words in capitals next to each other, one of them naming a slot:
/// "NAME OF MEDICINE", "PHONE NUMBER". A single acronym (NHS, RICE) is not one.
fn capital_slot(text: &str) -> Option<std::ops::Range<usize>> {
    // Every slot word is capital letters: a text with no two capitals side by side has
    // none, and most texts are read no further than that.
    let mut previous_capital = false;
    let two_capitals = if text.is_ascii() {
        text.as_bytes()
            .windows(2)
            .any(|pair| pair[0].is_ascii_uppercase() && pair[1].is_ascii_uppercase())
    } else {
        text.chars().any(|ch| {
            let capital = ch.is_uppercase();
            let pair = capital && previous_capital;
            previous_capital = capital;
            pair
        })
    };
    if !two_capitals {
        return None;
    }
    let mut run: Option<(usize, usize, usize, bool)> = None; // start, end, words, slot
    let mut words = text
        .split_inclusive(|ch: char| !ch.is_alphanumeric())
        .scan(0, |offset, piece| {
            let start = *offset;
            *offset += piece.len();
            let word = piece.trim_end_matches(|ch: char| !ch.is_alphanumeric());
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
        .peekable();
    while let Some((start, word)) = words.next() {
        let capitals = word.len() >= 2
            && word
                .chars()
                .all(|ch| ch.is_uppercase() || ch.is_ascii_digit())
            && word.chars().any(char::is_alphabetic);
        if capitals {
            let slot = SLOT_WORDS.contains(&word);
            run = Some(match run {
                Some((first, _, count, had)) => (first, start + word.len(), count + 1, had || slot),
                None => (start, start + word.len(), 1, slot),
            });
        } else if let Some((first, end, count, slot)) = run.take()
            && count >= 2
            && slot
        {
            return Some(first..end);
        }
        if words.peek().is_none()
            && let Some((first, end, count, slot)) = run
            && count >= 2
            && slot
        {
            return Some(first..end);
        }
    }
    None
}

/// A field that stops mid-sentence: it ends with "...", a comma or a colon, or on a word
/// no sentence ends with ("Take one tablet every"). Returns the range of its last word
/// or mark.
fn unfinished(text: &str) -> Option<std::ops::Range<usize>> {
    let trimmed = text.trim_end();
    if trimmed.is_empty() {
        return None;
    }
    for ending in ["...", "…", ",", ":", ";", "-", "–", "—", "(", "/", "&"] {
        if trimmed.ends_with(ending) {
            return Some(trimmed.len() - ending.len()..trimmed.len());
        }
    }
    // A bracket opened and never closed: "Take it with food (or milk".
    if let Some(open) = trimmed.rfind('(')
        && !trimmed[open..].contains(')')
    {
        return Some(open..trimmed.len());
    }
    // A full stop after a word no sentence can end on does not finish it: "Take it with
    // the." Words a finished sentence may end on ("what it is for.") are not counted.
    if let Some(before) = trimmed.strip_suffix('.')
        && let Some(start) = before
            .rfind(|ch: char| !ch.is_alphabetic())
            .map_or(Some(0), |at| {
                Some(at + before[at..].chars().next().map_or(1, char::len_utf8))
            })
        && matches!(
            before[start..].to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "but"
                | "your"
                | "their"
                | "our"
                | "my"
                | "because"
                | "than"
                | "including"
                | "especially"
        )
    {
        return Some(start..trimmed.len());
    }
    let last_character = trimmed.chars().next_back()?;
    if !last_character.is_alphabetic() {
        return None;
    }
    let start = trimmed
        .rfind(|ch: char| !ch.is_alphabetic() && ch != '\'')
        .map_or(0, |at| {
            at + trimmed[at..].chars().next().map_or(1, char::len_utf8)
        });
    let word = trimmed[start..].to_lowercase();
    UNFINISHED_ENDINGS
        .contains(&word.as_str())
        .then_some(start..trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::{EMPTY_VALUES, LONGEST_EMPTY_VALUE, find_placeholder};

    /// `says_nothing` skips values too long to be one of the list: the bound must follow
    /// the list, and a value is found in any letter case.
    #[test]
    fn empty_values_are_found_whatever_their_case() {
        let longest = EMPTY_VALUES.iter().map(|value| value.len()).max();
        assert_eq!(longest, Some(LONGEST_EMPTY_VALUE));
        for value in ["SAME AS BEFORE", "Same As Before.", "N/A", "Ditto"] {
            assert!(find_placeholder(value).is_some(), "{value}");
        }
    }

    #[test]
    fn finds_editing_leftovers_in_their_natural_forms() {
        for (text, quoted) in [
            ("Call [clinic name] if the pain is worse.", "[clinic name]"),
            ("Take XX mg twice a day.", "XX"),
            ("Ask Dr ___ about it.", "___"),
            ("See section X.X for more.", "X.X"),
            ("{{dose}} a day.", "{{dose}}"),
            ("<<update after review>>", "<<update after review>>"),
            ("Rest the knee (add diagram).", "(add diagram)"),
            (
                "Do not take NAME OF MEDICINE with alcohol.",
                "NAME OF MEDICINE",
            ),
            ("Note to editor: check the figure.", "Note to editor"),
            ("Ask your doctor about the", "the"),
            ("Tennis elbow is...", "..."),
            ("TODO: risks", "TODO"),
            ("Is it safe to drive??", "??"),
            ("Question about driving here", "Question about driving here"),
            ("Dose: confirm with Sarah.", "confirm with Sarah"),
            ("Goals for weeks 3-6: pending.", "pending"),
            ("Goal text (max 15 words)", "max 15 words"),
            ("Take two tablets with the.", "the."),
            ("Symptoms include stiffness, especially", "especially"),
            ("Most people feel better within", "within"),
            ("Rest the knee and —", "—"),
            ("Take it with food (or milk", "(or milk"),
            (
                "Dose wording to be checked with pharmacy before we print.",
                "before we print",
            ),
        ] {
            assert_eq!(
                find_placeholder(text).map(|found| found.1),
                Some(quoted.to_owned()),
                "{text}"
            );
        }
        for honest in [
            "Most people feel better within two weeks [1, 2].",
            "Use the RICE method: rest, ice, compression and elevation.",
            "The NHS offers physiotherapy free of charge.",
            "Check with your pharmacist before you take it.",
            "Duelen todo el tiempo.",
            "Sobre todo si toma otras medicinas.",
            "Take one tablet (200 mg) up to three times a day.",
            "Keep doing your exercises",
            "DO NOT drive after the injection.",
            "Ask your physiotherapist which exercises are safe here.",
            "Tell your GP where the pain comes from.",
            "Your test results are pending.",
            "Print this page and bring it to your appointment.",
            "Your dose needs to be checked with your GP before you start.",
        ] {
            assert!(
                find_placeholder(honest).is_none(),
                "{honest}: {:?}",
                find_placeholder(honest)
            );
        }
    }

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

    #[test]
    fn a_pointer_to_other_text_is_no_text() {
        for pointer in ["See above.", "as below", "Ditto", "Same as before.", "etc."] {
            assert_eq!(
                find_placeholder(pointer).map(|found| found.1),
                Some(pointer.to_owned()),
                "{pointer}"
            );
        }
        assert!(find_placeholder("Ipsum dolor sit amet, consectetur.").is_some());
        for honest in [
            "See above for the stretches to try first.",
            "As before, stop if the pain gets worse.",
            "The exercises below take ten minutes.",
        ] {
            assert!(
                find_placeholder(honest).is_none(),
                "{honest}: {:?}",
                find_placeholder(honest)
            );
        }
    }
}
