//! Slots left for text still to come: a kind of content named before "here", a status
//! after a label, a slot in brackets, a letter for a value, a title-case slot, a slot
//! "to come", a numbered label alone, a template variable and a word typed twice.

use std::ops::Range;

use super::{Word, ends_clause};

/// A kind of content named shortly before a "here" that ends the clause: "Question about
/// work here", "Need a better cause here, ...", "image here". A patient is never told
/// that a cause goes here.
pub(super) fn slot_before_here(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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
        "benefit",
        "benefits",
    ];
    words.iter().enumerate().find_map(|(index, word)| {
        if word.lower != "here" {
            return None;
        }
        // The note ends at "here"; "the steps here will help" goes on. A slot that "goes
        // here" is a note wherever its clause goes ("Benefits go here once the review is
        // back").
        let goes = index
            .checked_sub(1)
            .is_some_and(|before| matches!(&*words[before].lower, "go" | "goes"));
        if !ends_clause(text, word.range.end) && !goes {
            return None;
        }
        let slot = words[index.saturating_sub(4)..index]
            .iter()
            .find(|before| SLOTS.contains(&&*before.lower))?;
        Some(slot.range.start..word.range.end)
    })
}

/// A label followed by a status instead of text: "Goals for weeks 3-6: pending",
/// "Risks - awaiting review", or a field that is only such a status.
pub(super) fn status_after_label(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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

/// A slot in single angle brackets or braces: `<insert name>`, `{dose}`. A comparison
/// ("<5 mm") has no closing bracket, and the slot must hold a letter. A slot is short,
/// or, when it begins with what to do (`<insert short explanation of how the needle
/// relaxes the muscle>`), as long as an instruction runs.
pub(super) fn single_bracket_slot(text: &str) -> Option<Range<usize>> {
    const INSTRUCTIONS: &[&str] = &[
        "insert",
        "add",
        "explain",
        "describe",
        "write",
        "put",
        "include",
        "list",
        "give",
        "summarise",
        "summarize",
        "paste",
        "fill",
    ];
    for (open, close) in [('<', '>'), ('{', '}')] {
        let mut from = 0;
        while let Some(start) = text[from..].find(open).map(|at| from + at) {
            let inside_start = start + open.len_utf8();
            let Some(length) = text[inside_start..].find(close) else {
                break;
            };
            let inside = &text[inside_start..inside_start + length];
            let instruction = inside
                .split(|ch: char| !ch.is_alphabetic())
                .next()
                .is_some_and(|first| {
                    INSTRUCTIONS
                        .iter()
                        .any(|verb| verb.eq_ignore_ascii_case(first))
                });
            if inside.chars().any(char::is_alphabetic)
                && (inside.len() <= 40 || (instruction && inside.len() <= 160))
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
pub(super) fn letter_for_a_value(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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
pub(super) fn title_case_slot(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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

/// A kind of content said to come later, at the end of its clause: "Image to come.",
/// "Dosing details to follow". The guide a patient holds has nothing more to come.
pub(super) fn slot_to_come(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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
pub(super) fn numbered_label_alone(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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
pub(super) fn template_variable(text: &str) -> Option<Range<usize>> {
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
pub(super) fn doubled_word(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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

/// A sentence pasted twice, one copy straight after the other: "It is common in women. It
/// is common in women." A sentence of at least four words, said again word for word
/// (letter case aside); a short refrain ("Rest. Rest.") may be meant.
pub(super) fn repeated_sentence(text: &str) -> Option<Range<usize>> {
    // A field of one sentence cannot repeat one: most fields are asked nothing more.
    let ends = text
        .bytes()
        .filter(|byte| matches!(byte, b'.' | b'!' | b'?'))
        .take(2)
        .count();
    if ends < 2 {
        return None;
    }
    // Each sentence as its trimmed text and where it starts; most neighbours differ in
    // length, so the text is read once and compared hardly at all.
    let mut previous: Option<&str> = None;
    let mut offset = 0;
    // Split at the marks as bytes (each is ASCII, so every piece is whole characters):
    // reading the text a character at a time for three marks cost more.
    let pieces = text
        .as_bytes()
        .split_inclusive(|byte| matches!(byte, b'.' | b'!' | b'?'));
    for piece in pieces {
        let piece = &text[offset..offset + piece.len()];
        let start = offset + (piece.len() - piece.trim_start().len());
        offset += piece.len();
        let sentence = piece.trim();
        if let Some(before) = previous
            && before.len() == sentence.len()
            && before.eq_ignore_ascii_case(sentence)
            && sentence.split_whitespace().nth(3).is_some()
        {
            let end = start + sentence.len();
            let body = sentence.trim_end_matches(['.', '!', '?']);
            return Some(start..end - (sentence.len() - body.len()));
        }
        previous = Some(sentence);
    }
    None
}

/// Work left "to be" done on the text: after a label or at the start ("Goals for weeks
/// 1-2: to be agreed with the hand team"), or at the end of a clause for what only a
/// writer puts in ("dose table to be inserted"). "Your medicines need to be checked"
/// is advice.
pub(super) fn left_to_be_done(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
    const AFTER_A_LABEL: &[&str] = &[
        "agreed",
        "decided",
        "added",
        "inserted",
        "drafted",
        "supplied",
        "completed",
        "confirmed",
        "written",
        "finalised",
        "finalized",
        "checked",
        "sorted",
        "updated",
        "done",
    ];
    const ANYWHERE: &[&str] = &[
        "inserted",
        "added",
        "drafted",
        "supplied",
        "finalised",
        "written",
    ];
    words.windows(3).find_map(|trio| {
        let [to, be, done] = trio else {
            return None;
        };
        if to.lower != "to" || be.lower != "be" {
            return None;
        }
        let before = text[..to.range.start].trim_end();
        let labelled = before.is_empty() || before.ends_with([':', '-', '–', '—', '(']);
        let note = (labelled && AFTER_A_LABEL.contains(&&*done.lower))
            || (ANYWHERE.contains(&&*done.lower) && ends_clause(text, done.range.end));
        note.then_some(to.range.start..done.range.end)
    })
}

/// An instruction in capitals: "CHECK FIGURE", "ADD REF", "UPDATE DOSE". A warning in
/// capitals ("CHECK THE LABEL", "CALL 999") speaks to the reader.
pub(super) fn capitals_instruction(words: &[Word<'_>]) -> Option<Range<usize>> {
    const VERBS: &[&str] = &[
        "CHECK", "ADD", "INSERT", "UPDATE", "CONFIRM", "FIX", "REWRITE", "VERIFY", "FINISH",
        "EXPAND", "CITE",
    ];
    const READER_WORDS: &[&str] = &[
        "THE", "YOUR", "WITH", "A", "AN", "IF", "BEFORE", "ALL", "ANY", "YOU",
    ];
    words.windows(2).find_map(|pair| {
        let [verb, object] = pair else {
            return None;
        };
        // A word in capitals has a capital second letter: most words are asked only that.
        if !verb
            .text
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_uppercase)
        {
            return None;
        }
        let capitals =
            |word: &str| word.len() >= 2 && word.chars().all(|ch| ch.is_ascii_uppercase());
        (VERBS.contains(&verb.text)
            && capitals(object.text)
            && !READER_WORDS.contains(&object.text))
        .then_some(verb.range.start..object.range.end)
    })
}
