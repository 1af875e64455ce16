//! Notes that writers leave for each other, in the shapes they take rather than as fixed
//! phrases: a slot named before "here" ("Question about work here"), a request to a
//! named colleague ("ask Priya", "confirm with Sarah"), a status after a label ("Goals:
//! pending"), an instruction about the writing itself ("max 15 words", "in one or two
//! sentences"), a slot in single angle brackets or braces (`<name>`, `{dose}`), a
//! doubting "(?)", a dummy date or phone number, and an editor's verb ("reword this");
//! an instruction to put something in ("insert link", "paste diagram"), text awaited
//! from someone ("waiting on input"), a numbered label with nothing after it ("Q5?"),
//! a template variable (`%clinic_name%`) and a small word typed twice ("the the").
//! `placeholder-text` asks these after its fixed markers.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// The first editing note in `text`, as a byte range, or `None`.
pub(crate) fn editing_note(text: &str) -> Option<Range<usize>> {
    let words = words(text);
    [
        slot_before_here(text, words.as_slice()),
        request_to_a_colleague(text, &words),
        status_after_label(text, &words),
        instruction_about_writing(text, &words),
        single_bracket_slot(text),
        fixed_note(text),
        letter_for_a_value(text, &words),
        title_case_slot(text, &words),
        instruction_to_put_in(&words),
        awaited_input(&words),
        slot_to_come(text, &words),
        numbered_label_alone(text, &words),
        template_variable(text),
        doubled_word(text, &words),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|range| range.start)
}

/// A word of a text and where it is.
struct Word<'a> {
    range: Range<usize>,
    text: &'a str,
    /// Lowercase; borrowed from the text when it already is (most words), so that a
    /// field's words cost no allocation each.
    lower: Cow<'a, str>,
}

/// `word` in lowercase, borrowed when it has no capital.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The words of `text`: runs of letters, digits and apostrophes.
fn words(text: &str) -> Vec<Word<'_>> {
    // About one word in six bytes of English: room for most fields, so the list is not
    // copied as it grows.
    let mut found = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    for (at, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inside = ch.is_alphanumeric() || ch == '\'' || ch == '’';
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                found.push(Word {
                    range: from..at,
                    text: &text[from..at],
                    lower: lowercase(&text[from..at]),
                });
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// A kind of content named shortly before a "here" that ends the clause: "Question about
/// work here", "Need a better cause here, ...", "image here". A patient is never told
/// that a cause goes here.
fn slot_before_here(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const SLOTS: &[&str] = &[
        "question",
        "questions",
        "cause",
        "causes",
        "text",
        "image",
        "photo",
        "picture",
        "diagram",
        "figure",
        "quote",
        "link",
        "reference",
        "example",
        "goal",
        "goals",
        "step",
        "steps",
        "risk",
        "risks",
        "summary",
        "description",
        "intro",
        "introduction",
        "wording",
        "paragraph",
        "sentence",
        "section",
        "table",
        "video",
        "aim",
        "aims",
        "something",
        "number",
        "name",
        "date",
        "details",
        "address",
        "dose",
        "source",
        "more",
        "info",
        "information",
        "content",
        "copy",
    ];
    words.iter().enumerate().find_map(|(index, word)| {
        if word.lower != "here" {
            return None;
        }
        // The note ends at "here"; "the steps here will help" goes on.
        if !ends_clause(text, word.range.end) {
            return None;
        }
        let slot = words[index.saturating_sub(4)..index]
            .iter()
            .find(|before| SLOTS.contains(&&*before.lower))?;
        Some(slot.range.start..word.range.end)
    })
}

/// Whether a clause of `text` ends at byte `at`: the text ends there, or the next
/// character closes the clause (`. , ; : ! ) ]` or a line break). A note ends its clause
/// ("Image here."); advice goes on ("the steps here will help").
fn ends_clause(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_none_or(|next| matches!(next, '.' | ',' | ';' | ':' | '!' | ')' | ']' | '\n'))
}

/// A request to a colleague by first name: "ask Priya", "confirm with Sarah", "chase
/// Mark". Patients are told to ask "your doctor" or "Dr Okafor's team", never a first
/// name alone.
fn request_to_a_colleague(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const TITLES: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Nurse", "Sister"];
    words.iter().enumerate().find_map(|(index, word)| {
        // "Dose: Priya to confirm.", "Date to confirm.": a task handed to a colleague,
        // or left for later, that ends its clause ("Learn to confirm your pulse" is
        // advice).
        if is_name(word.text)
            && !TITLES.contains(&word.text)
            && !ROLES.contains(&&*word.lower)
            && index
                .checked_sub(1)
                .is_none_or(|before| !TITLES.contains(&words[before].text))
            && words.get(index + 1).is_some_and(|next| next.lower == "to")
            && let Some(task) = words.get(index + 2)
            && TASKS.contains(&&*task.lower)
            && ends_clause(text, task.range.end)
        {
            return Some(word.range.start..task.range.end);
        }
        let name_at = match &*word.lower {
            "ask" | "chase" | "ping" | "email" | "cc" => index + 1,
            "check" | "confirm" | "agree" | "clear" | "discuss"
                if words
                    .get(index + 1)
                    .is_some_and(|next| next.lower == "with") =>
            {
                index + 2
            }
            _ => return None,
        };
        let name = words.get(name_at)?;
        if TITLES.contains(&name.text) || !is_name(name.text) {
            return None;
        }
        text.get(word.range.start..name.range.end)?;
        Some(word.range.start..name.range.end)
    })
}

/// What a colleague is asked to do to the text: "Sam to confirm", "Priya to reword".
/// Not "check", "write" or "add": "go to Boots to check your blood pressure" and "try
/// to write down your questions" are advice.
const TASKS: &[&str] = &[
    "confirm",
    "review",
    "update",
    "finish",
    "approve",
    "rewrite",
    "reword",
    "edit",
    "proofread",
    "supply",
];

/// Capitalised words that name a role or a medicine, not a colleague: "Physio to
/// review", "Paracetamol to ease the pain" is not a task.
const ROLES: &[&str] = &[
    "physio",
    "physiotherapist",
    "pharmacist",
    "doctor",
    "surgeon",
    "team",
    "clinic",
    "gp",
    "consultant",
    "midwife",
    "podiatrist",
    "you",
    "how",
    "what",
    "when",
    "where",
    "remember",
    "try",
    "aim",
    "goal",
    "plan",
    "ask",
    "go",
    "time",
];

/// A capitalised name: a capital, then small letters ("Priya", "O'Neill"), not an
/// acronym ("GP", "NHS").
fn is_name(word: &str) -> bool {
    let mut characters = word.chars();
    characters.next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !word.chars().skip(1).any(char::is_uppercase)
}

/// A label followed by a status instead of text: "Goals for weeks 3-6: pending",
/// "Risks - awaiting review", or a field that is only such a status.
fn status_after_label(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const STATUSES: &[&str] = &["pending", "wip", "draft", "missing", "blank", "empty"];
    let last = words.last()?;
    if !STATUSES.contains(&&*last.lower) {
        return None;
    }
    let before = text[..last.range.start].trim_end();
    let after = text[last.range.end..].trim();
    let labelled = before.is_empty() || before.ends_with([':', '-', '–', '—']);
    (labelled && after.chars().all(|ch| matches!(ch, '.' | '!' | ')'))).then(|| last.range.clone())
}

/// An instruction about the writing itself: a word limit ("max 15 words", "no more than
/// 20 words"), a length ("in one or two sentences"), or advice on style ("keep it
/// simple!").
fn instruction_about_writing(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const LIMITS: &[&str] = &["max", "maximum", "limit", "under", "than", "approx"];
    for (index, word) in words.iter().enumerate() {
        if !matches!(&*word.lower, "words" | "sentences" | "characters" | "lines") {
            continue;
        }
        let Some(count) = index.checked_sub(1).and_then(|before| words.get(before)) else {
            continue;
        };
        let counted = count.lower.chars().all(|ch| ch.is_ascii_digit())
            || matches!(&*count.lower, "one" | "two" | "three");
        if !counted {
            continue;
        }
        let window = &words[index.saturating_sub(4)..index];
        // "max 15 words", "no more than 20 words", "in one or two sentences".
        let limit = window
            .iter()
            .find(|before| LIMITS.contains(&&*before.lower));
        let choice = matches!(&*word.lower, "words" | "sentences")
            .then_some(window)
            .into_iter()
            .flatten()
            .any(|before| before.lower == "or")
            .then(|| window.iter().find(|before| before.lower == "in"))
            .flatten();
        let max_after = words
            .get(index + 1)
            .filter(|after| matches!(&*after.lower, "max" | "maximum"));
        if let Some(start) = limit.or(choice).map(|first| first.range.start) {
            return Some(start..word.range.end);
        }
        if let Some(after) = max_after {
            return Some(count.range.start..after.range.end);
        }
    }
    // Each phrase's first word ends a word of the text ("keep", "plain") if it is there;
    // most texts have neither, and are not lowercased whole to look.
    if !words
        .iter()
        .any(|word| word.lower.ends_with("keep") || word.lower.ends_with("plain"))
    {
        return None;
    }
    let lower = text.to_lowercase();
    [
        "keep it simple",
        "keep it short",
        "keep it brief",
        "plain words please",
    ]
    .iter()
    .find_map(|phrase| {
        let start = lower.find(phrase)?;
        (lower.len() == text.len()).then(|| start..start + phrase.len())
    })
}

/// A slot in single angle brackets or braces: `<insert name>`, `{dose}`. A comparison
/// ("<5 mm") has no closing bracket, and the slot must hold a letter.
fn single_bracket_slot(text: &str) -> Option<Range<usize>> {
    for (open, close) in [('<', '>'), ('{', '}')] {
        let mut from = 0;
        while let Some(start) = text[from..].find(open).map(|at| from + at) {
            let inside_start = start + open.len_utf8();
            let Some(length) = text[inside_start..].find(close) else {
                break;
            };
            let inside = &text[inside_start..inside_start + length];
            if inside.chars().any(char::is_alphabetic)
                && inside.len() <= 40
                && !inside.contains(['<', '>', '{', '}'])
            {
                return Some(start..inside_start + length + close.len_utf8());
            }
            from = inside_start;
        }
    }
    None
}

/// A letter standing for a value still to come: "X weeks", "N mg", "X%", "Dr Y", "step
/// X", "20XX", or a word in capitals that marks a draft ("DRAFT", "WIP").
fn letter_for_a_value(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const UNITS: &[&str] = &[
        "mg", "ml", "g", "weeks", "week", "days", "day", "hours", "hour", "minutes", "months",
        "years", "times", "tablets", "doses", "sessions", "per", "percent",
    ];
    const TITLES: &[&str] = &[
        "Dr", "Mr", "Mrs", "Ms", "Nurse", "Prof", "Step", "step", "Section", "section", "Figure",
        "figure", "Table", "table", "Page", "page", "Appendix", "appendix",
    ];
    words.iter().enumerate().find_map(|(index, word)| {
        let letter = matches!(word.text, "X" | "N" | "Y" | "Z");
        let draft = matches!(word.text, "DRAFT" | "WIP");
        // A year "20XX" is four characters that end in "x"; the lists below are read
        // only for a word that may be one of these.
        let may_be_year = word.lower.len() == 4 && word.lower.ends_with('x');
        if !(letter || draft || may_be_year) {
            return None;
        }
        let next = words.get(index + 1);
        // "X%" and "X mg" alike.
        let before_unit = text[word.range.end..].starts_with('%');
        let before_unit = before_unit || next.is_some_and(|next| UNITS.contains(&&*next.lower));
        let after_title = index
            .checked_sub(1)
            .is_some_and(|before| TITLES.contains(&words[before].text));
        let year = word.lower.len() == 4
            && word.lower.starts_with("20")
            && word.lower.ends_with('x')
            && word.lower[2..]
                .chars()
                .all(|ch| ch == 'x' || ch.is_ascii_digit());
        if letter && text[word.range.end..].starts_with('%') {
            Some(word.range.start..word.range.end + 1)
        } else if letter && before_unit {
            next.map(|next| word.range.start..next.range.end)
        } else if (letter && after_title) || year || draft {
            Some(word.range.clone())
        } else {
            None
        }
    })
}

/// A title-case slot: "Clinic Name", "Your Name", "Link Here" inside a sentence (the
/// words of a form, not of advice).
fn title_case_slot(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    // Not "Number": "NHS Number" and "Hospital Number" are what the documents are called.
    const SLOT_NAMES: &[&str] = &["Name", "Here"];
    words.windows(2).find_map(|pair| {
        let [first, second] = pair else {
            return None;
        };
        if !SLOT_NAMES.contains(&second.text) {
            return None;
        }
        let capitalised = first.text.chars().next().is_some_and(char::is_uppercase)
            && first.text.chars().skip(1).all(char::is_lowercase)
            && first.text.len() > 1;
        let inside = !text[..first.range.start].trim_end().is_empty();
        (capitalised && inside).then_some(first.range.start..second.range.end)
    })
}

/// An instruction to put something into the document: "Insert link here", "paste the
/// diagram", "add a reference". Patients insert a needle or add salt, never a link.
fn instruction_to_put_in(words: &[Word<'_>]) -> Option<Range<usize>> {
    // What only an editor puts in.
    const DOCUMENT_PARTS: &[&str] = &[
        "link",
        "links",
        "hyperlink",
        "url",
        "reference",
        "references",
        "citation",
        "citations",
        "diagram",
        "diagrams",
        "table",
        "chart",
        "graph",
        "caption",
        "footnote",
        "heading",
        "logo",
        "screenshot",
        "figure",
    ];
    // What an editor embeds or pastes, though a patient may add a photo to a form.
    const PICTURES: &[&str] = &[
        "image",
        "images",
        "photo",
        "photos",
        "picture",
        "pictures",
        "video",
        "map",
        "quote",
        "text",
        "paragraph",
        "wording",
        // The details of a form: "insert clinic phone number".
        "number",
        "name",
        "address",
        "date",
        "details",
        "dose",
        "phone",
        "email",
        "contact",
        "website",
    ];
    words.iter().enumerate().find_map(|(index, word)| {
        let pastes = matches!(&*word.lower, "insert" | "paste" | "embed");
        if !pastes && word.lower != "add" {
            return None;
        }
        // Within three words: "insert link", "paste the NICE diagram".
        let part = words[index + 1..].iter().take(3).find(|after| {
            DOCUMENT_PARTS.contains(&&*after.lower) || (pastes && PICTURES.contains(&&*after.lower))
        })?;
        Some(word.range.start..part.range.end)
    })
}

/// Text awaited from someone: "waiting on input from the clinic", "awaiting clinical
/// sign-off", "pending feedback". A patient waits for results or an operation, not for
/// input.
fn awaited_input(words: &[Word<'_>]) -> Option<Range<usize>> {
    const INPUTS: &[&str] = &[
        "input", "feedback", "comments", "wording", "figures", "signoff",
    ];
    words.iter().enumerate().find_map(|(index, word)| {
        if !matches!(&*word.lower, "waiting" | "awaiting" | "pending") {
            return None;
        }
        let mut at = index + 1;
        if words
            .get(at)
            .is_some_and(|next| matches!(&*next.lower, "on" | "for"))
        {
            at += 1;
        }
        // Up to two words before what is awaited: "the clinic's input", "final sign-off".
        words[at.min(words.len())..]
            .iter()
            .take(3)
            .enumerate()
            .find_map(|(offset, input)| {
                let sign_off = input.lower == "sign"
                    && words
                        .get(at + offset + 1)
                        .is_some_and(|next| next.lower == "off");
                if sign_off {
                    return Some(word.range.start..words[at + offset + 1].range.end);
                }
                INPUTS
                    .contains(&&*input.lower)
                    .then_some(word.range.start..input.range.end)
            })
    })
}

/// A kind of content said to come later, at the end of its clause: "Image to come.",
/// "Dosing details to follow". The guide a patient holds has nothing more to come.
fn slot_to_come(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const SLOTS: &[&str] = &[
        "image",
        "images",
        "photo",
        "photos",
        "picture",
        "diagram",
        "figure",
        "figures",
        "text",
        "wording",
        "paragraph",
        "section",
        "details",
        "link",
        "links",
        "reference",
        "references",
        "table",
        "video",
        "summary",
        "intro",
        "content",
        "copy",
        "info",
        "information",
        "dose",
        "doses",
        "data",
        "examples",
        "quote",
    ];
    words.windows(3).find_map(|trio| {
        let [slot, to, come] = trio else {
            return None;
        };
        if to.lower != "to" || !matches!(&*come.lower, "come" | "follow") {
            return None;
        }
        (SLOTS.contains(&&*slot.lower) && ends_clause(text, come.range.end))
            .then_some(slot.range.start..come.range.end)
    })
}

/// A field that is only a numbered label, its text never written: "Q5?", "Step 4.",
/// "Question 3".
fn numbered_label_alone(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const LABELS: &[&str] = &[
        "q",
        "question",
        "step",
        "point",
        "item",
        "aim",
        "goal",
        "tip",
        "risk",
        "benefit",
        "section",
        "para",
        "paragraph",
        "answer",
        "bullet",
        "note",
    ];
    if words.len() > 2 {
        return None;
    }
    let numbered = |word: &str| !word.is_empty() && word.chars().all(|ch| ch.is_ascii_digit());
    let only_marks = text
        .chars()
        .all(|ch| ch.is_alphanumeric() || ch.is_whitespace() || ".?:!#-–()".contains(ch));
    if !only_marks {
        return None;
    }
    match words {
        [label, number] if LABELS.contains(&&*label.lower) && numbered(number.text) => {
            Some(label.range.start..number.range.end)
        }
        [one] => {
            let letters = one.lower.trim_end_matches(|ch: char| ch.is_ascii_digit());
            (letters.len() < one.lower.len() && LABELS.contains(&letters))
                .then(|| one.range.clone())
        }
        _ => None,
    }
}

/// A template variable that was never filled in: `%clinic_name%`, `%DOSE%`. A
/// percentage ("20% to 30%") has a number or a space between its signs.
fn template_variable(text: &str) -> Option<Range<usize>> {
    // Most texts have no "%"; read from the first one.
    let from = text.find('%')?;
    let mut open: Option<usize> = None;
    for (at, ch) in text[from..].char_indices().map(|(at, ch)| (from + at, ch)) {
        match (ch, open) {
            ('%', Some(start)) if at > start + 1 => return Some(start..at + 1),
            ('%', _) => open = Some(at),
            (ch, Some(start))
                if !(ch.is_alphabetic() || ch == '_')
                    || (at == start + 1 && !ch.is_alphabetic()) =>
            {
                open = None;
            }
            _ => {}
        }
    }
    None
}

/// A small word typed twice: "take the the tablets", "to to". Only words that are never
/// doubled in good English ("that that" and "had had" can be).
fn doubled_word(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const SMALL_WORDS: &[&str] = &[
        "the", "a", "an", "to", "of", "and", "your", "with", "for", "at", "from", "on",
    ];
    words.windows(2).find_map(|pair| {
        let [first, second] = pair else {
            return None;
        };
        let gap = &text[first.range.end..second.range.start];
        (first.lower == second.lower
            && SMALL_WORDS.contains(&&*first.lower)
            && !gap.is_empty()
            && gap.chars().all(|ch| ch == ' '))
        .then_some(first.range.start..second.range.end)
    })
}

/// Notes with a fixed form: a doubting "(?)", a dummy date or phone number, an editor's
/// verb, a writer's doubt, keyboard filler. Only forms a patient is never told: "can
/// someone" and "needs checking" are also everyday words to a reader.
fn fixed_note(text: &str) -> Option<Range<usize>> {
    const NOTES: [&str; 32] = [
        "(?)",
        "[?]",
        "dd/mm/yy",
        "mm/yy",
        "01234 567890",
        "000 0000",
        "reword this",
        "rephrase this",
        "rewrite this",
        "delete this",
        "remove this line",
        "shorten this",
        "see email",
        "see comments",
        "not sure we",
        "not sure if we",
        "not sure whether we",
        "blah",
        "asdf",
        "lorem",
        "[]",
        "[ ]",
        "{}",
        "( )",
        "()",
        "needs a source",
        // Tracked changes and strike-through left in.
        "~~",
        "formatted:",
        "deleted:",
        "inserted:",
        "track changes",
        "tracked changes",
    ];
    // Every note in one pass, in any letter case (the notes are ASCII), with no
    // lowercase copy of the text. As before, each note counts at its first occurrence.
    static AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(NOTES)
            .expect("the fixed notes build an automaton")
    });
    let mut seen = [false; NOTES.len()];
    let mut first: Option<Range<usize>> = None;
    for found in AUTOMATON.find_overlapping_iter(text) {
        let pattern = found.pattern().as_usize();
        if std::mem::replace(&mut seen[pattern], true) {
            continue;
        }
        let alphabetic = NOTES[pattern].starts_with(char::is_alphabetic);
        if (!alphabetic || super::words::whole_word(text, found.start(), found.end()))
            && first
                .as_ref()
                .is_none_or(|range| found.start() < range.start)
        {
            first = Some(found.start()..found.end());
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::editing_note;

    fn note(text: &str) -> Option<&str> {
        editing_note(text).map(|range| &text[range])
    }

    #[test]
    fn finds_notes_in_their_shapes() {
        for (text, quoted) in [
            ("Risks here, short list.", "Risks here"),
            ("Picture of the brace here.", "Picture of the brace here"),
            // A task left at the end of its clause comes first.
            ("Dose to confirm, ask Tomasz.", "Dose to confirm"),
            ("Dose: ask Tomasz.", "ask Tomasz"),
            ("Check with Ahmed before this goes out.", "Check with Ahmed"),
            ("Recovery plan: pending", "pending"),
            ("Summary (50 words max).", "50 words max"),
            (
                "Say what a flare is, in two or three sentences.",
                "in two or three sentences",
            ),
            ("Describe the exercise. Keep it simple!", "Keep it simple"),
            ("Call <clinic phone> for help.", "<clinic phone>"),
            ("Take {dose} twice a day.", "{dose}"),
            ("It lasts about six weeks (?).", "(?)"),
            ("Rewrite this for patients.", "Rewrite this"),
            ("Not sure we still run this clinic.", "Not sure we"),
            ("Wear the splint for X weeks.", "X weeks"),
            ("Your nurse, Dr Y, will see you.", "Y"),
            ("Last reviewed in 20XX.", "20XX"),
            ("The dose figure needs a source.", "needs a source"),
            ("About X% of people get better.", "X%"),
            ("See step X for the stretch.", "X"),
            ("Call Clinic Name on the number below.", "Clinic Name"),
            ("Put more info here.", "more info here"),
        ] {
            assert_eq!(note(text), Some(quoted), "{text}");
        }
    }

    #[test]
    fn lets_patient_text_through() {
        for honest in [
            "Ask your doctor about the side effects here.",
            "Press here with two fingers for 30 seconds.",
            "The steps here take ten minutes a day.",
            "Ask the pharmacist which gel suits you.",
            "Ask Dr Okafor's team how long to take it.",
            "Check with your GP before you start.",
            "Ask NHS 111 if you are not sure what to do.",
            "If you are not sure whether to call 999, call 111.",
            "Your results may take a week while tests are pending.",
            "A swelling of <5 mm is normal.",
            "Write down in a few words what makes the pain worse.",
            "Keep a diary: two or three lines a day are enough.",
            "Write your questions down in two or three lines.",
            "Stop if it hurts.",
            "An X-ray is not usually needed.",
            "Vitamin D and calcium help keep bones strong.",
            "Have a draft of your questions ready.",
            "Bring your NHS number and a list of your medicines.",
            "The only source for this cause is an older review.",
            "Can someone else collect my prescription?",
            "Your blood pressure needs checking every year.",
            "Cut this page out and keep it by the phone.",
            "Step 2: hold the stretch for 30 seconds.",
            "Ask Dr Ahmed's team for your Patient Number.",
        ] {
            assert_eq!(note(honest), None, "{honest}");
        }
    }

    #[test]
    fn finds_instructions_awaited_text_labels_variables_and_doubled_words() {
        for (text, quoted) in [
            // An instruction to put something into the document.
            (
                "Paste the NICE diagram under this line.",
                "Paste the NICE diagram",
            ),
            ("Embed video of the wall stretch.", "Embed video"),
            (
                "Keep the splint on at night (add a reference).",
                "add a reference",
            ),
            ("Please insert a photo of the taping.", "insert a photo"),
            // Text awaited from someone.
            (
                "Risks: awaiting feedback from pharmacy.",
                "awaiting feedback",
            ),
            (
                "Awaiting clinical sign-off before use.",
                "Awaiting clinical sign-off",
            ),
            (
                "Dosing: waiting on the pharmacist's input.",
                "waiting on the pharmacist's input",
            ),
            // Content said to come later.
            ("Image to come.", "Image to come"),
            ("Dosing details to follow.", "details to follow"),
            ("Hold for 30 seconds (video to come).", "video to come"),
            ("Insert clinic phone number.", "Insert clinic phone"),
            ("Dosing section pending sign-off.", "pending sign-off"),
            (
                "Still waiting for figures from audit.",
                "waiting for figures",
            ),
            // A task handed to a colleague by first name.
            ("Dose in children: Tomasz to confirm.", "Tomasz to confirm"),
            ("Wording feels long, Aisha to reword.", "Aisha to reword"),
            ("Sources: Leila to update.", "Leila to update"),
            // A numbered label with no text after it.
            ("Step 4.", "Step 4"),
            ("Question 7?", "Question 7"),
            ("Q12", "Q12"),
            // A template variable never filled in.
            ("Call %clinic_phone% for advice.", "%clinic_phone%"),
            ("Take %DOSE% each morning.", "%DOSE%"),
            ("See %LINK%", "%LINK%"),
            // A small word typed twice.
            ("Rest the the knee for two days.", "the the"),
            ("Go back to to work slowly.", "to to"),
            ("Ask your your pharmacist first.", "your your"),
            // Tracked changes left in.
            ("Formatted: Font 11 pt. Rest the knee.", "Formatted:"),
            ("Ice it ~~three~~ two times a day.", "~~"),
        ] {
            assert_eq!(note(text), Some(quoted), "{text}");
        }
    }

    #[test]
    fn lets_look_alikes_of_the_new_shapes_through() {
        for honest in [
            "Insert the needle into the fatty part of your thigh.",
            "Add a pinch of salt to a glass of warm water.",
            "Add a photo of the rash to the online form.",
            "Insert the mouthpiece of the spacer between your teeth.",
            "While you are waiting for your results, keep active.",
            "Waiting for an operation can feel hard.",
            "Your referral may be pending for a few weeks.",
            "Remember to update your list of medicines.",
            "Try to write down your questions.",
            "Go to Boots to check your blood pressure.",
            "Ask Dr Ahmed to review your tablets.",
            "Step 2: hold the stretch for 30 seconds.",
            "About 20% to 30% of people have it again.",
            "It helps 40%, and 10% see no change.",
            "I had had pain for years before it was found.",
            "She said that that was normal.",
            "Learn to confirm your pulse at the wrist.",
            "While you are waiting for a copy of your scan report, keep moving.",
            "Your results are pending for a few days; the clinic will call.",
            "There is more to come on this in your next appointment.",
            "The details to follow at home are on the back page.",
        ] {
            assert_eq!(note(honest), None, "{honest}");
        }
    }
}
