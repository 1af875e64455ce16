//! Notes that ask something of a colleague or of the writing: a request by first name,
//! an instruction about the text or to put something in, input still awaited, and the
//! fixed notes writers leave.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Word, ends_clause};
use crate::text::words::is_name;

/// A request to a colleague by first name: "ask Priya", "confirm with Sarah", "chase
/// Mark". Patients are told to ask "your doctor" or "Dr Okafor's team", never a first
/// name alone.
pub(super) fn request_to_a_colleague(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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
            && (TASKS.contains(&&*task.lower)
                || (BRACKETED_TASKS.contains(&&*task.lower)
                    && in_brackets(text, word.range.start, task.range.end)))
            && ends_clause(text, task.range.end)
        {
            return Some(word.range.start..task.range.end);
        }
        // "Jo, can you finish this one?": a colleague asked by name.
        if text[word.range.end..].starts_with(',')
            && is_name(word.text)
            && !TITLES.contains(&word.text)
            && !ROLES.contains(&&*word.lower)
            && let [modal, you, ..] = &words[(index + 1).min(words.len())..]
            && matches!(&*modal.lower, "can" | "could" | "would" | "will")
            && you.lower == "you"
        {
            return Some(word.range.start..you.range.end);
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

/// Tasks that are advice in running text ("go to Boots to check your blood pressure")
/// but a note when a name and the task are all a bracket holds: "(Priya to write)".
const BRACKETED_TASKS: &[&str] = &[
    "write", "add", "check", "draft", "do", "fill", "provide", "send", "find", "decide",
];

/// Whether the text from byte `start` to byte `end` is all that a pair of brackets holds.
fn in_brackets(text: &str, start: usize, end: usize) -> bool {
    text[..start].trim_end().ends_with(['(', '['])
        && text[end..].trim_start().starts_with([')', ']'])
}

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

/// An instruction about the writing itself: a word limit ("max 15 words", "no more than
/// 20 words"), a length ("in one or two sentences"), or advice on style ("keep it
/// simple!").
pub(super) fn instruction_about_writing(text: &str, words: &[Word<'_>]) -> Option<Range<usize>> {
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

/// An instruction to put something into the document: "Insert link here", "paste the
/// diagram", "add a reference". Patients insert a needle or add salt, never a link.
pub(super) fn instruction_to_put_in(words: &[Word<'_>]) -> Option<Range<usize>> {
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

/// A piece of writing still to add, named as a writer names it: "Add a line on who gets
/// it", "include a sentence about driving". A patient adds a line to a diary, not a line
/// on a subject.
pub(super) fn writing_task(words: &[Word<'_>]) -> Option<Range<usize>> {
    const PIECES: &[&str] = &[
        "line",
        "lines",
        "sentence",
        "sentences",
        "paragraph",
        "para",
        "bit",
        "section",
    ];
    words.iter().enumerate().find_map(|(index, word)| {
        if !matches!(&*word.lower, "add" | "include" | "insert") {
            return None;
        }
        let (offset, _) = words[index + 1..]
            .iter()
            .take(3)
            .enumerate()
            .find(|(_, after)| PIECES.contains(&&*after.lower))?;
        let piece = &words[index + 1 + offset];
        let subject = words.get(index + 2 + offset)?;
        // A line "about" something may be a diary's ("add a line about each headache").
        let about = subject.lower == "about" && !piece.lower.starts_with("line");
        (about || matches!(&*subject.lower, "on" | "re" | "explaining" | "covering"))
            .then_some(word.range.start..subject.range.end)
    })
}

/// Text to be copied "in here": "copy the main ones in here", "paste the table in here".
pub(super) fn copy_in_here(words: &[Word<'_>]) -> Option<Range<usize>> {
    words.windows(2).enumerate().find_map(|(index, pair)| {
        let [inside, here] = pair else {
            return None;
        };
        if inside.lower != "in" || here.lower != "here" {
            return None;
        }
        let verb = words[index.saturating_sub(5)..index]
            .iter()
            .find(|before| {
                matches!(
                    &*before.lower,
                    "copy" | "paste" | "put" | "drop" | "stick" | "add"
                )
            })?;
        Some(verb.range.start..here.range.end)
    })
}

/// Text awaited from someone: "waiting on input from the clinic", "awaiting clinical
/// sign-off", "pending feedback". A patient waits for results or an operation, not for
/// input.
pub(super) fn awaited_input(words: &[Word<'_>]) -> Option<Range<usize>> {
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

/// Notes with a fixed form: a doubting "(?)", a dummy date or phone number, an editor's
/// verb, a writer's doubt, keyboard filler. Only forms a patient is never told: "can
/// someone" and "needs checking" are also everyday words to a reader.
pub(super) fn fixed_note(text: &str) -> Option<Range<usize>> {
    const NOTES: [&str; 39] = [
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
        // A writer's part of the page, and what a reference still lacks.
        "this bit",
        "is writing this",
        "is drafting this",
        "need the year",
        "needs the year",
        "need the date",
        "need a ref",
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
        crate::text::automaton()
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
        if (!alphabetic || crate::text::words::whole_word(text, found.start(), found.end()))
            && first
                .as_ref()
                .is_none_or(|range| found.start() < range.start)
        {
            first = Some(found.start()..found.end());
        }
    }
    first
}
