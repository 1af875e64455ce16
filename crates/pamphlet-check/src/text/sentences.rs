//! Splitting prose into sentences, so that findings can point at one.

use std::ops::Range;
use std::rc::Rc;

use super::TextStore;
use super::words::{Run, words};

/// One sentence of a text, without surrounding whitespace or a leading list
/// marker ("-", "•", "2.").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Byte range of the sentence in the text it was found in.
    pub(crate) range: Range<usize>,
}

impl Sentence {
    /// The sentence's text, given the text it was found in.
    pub(crate) fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.range.clone()).unwrap_or_default()
    }
}

/// Each text's sentences, split once however many rules ask: the claim, advert,
/// off-topic and language rules all read the sentences of the same fields. And each
/// sentence's words, found once: the reading level counts them and the off-topic check
/// weighs them.
pub(crate) struct SentenceStore<'a> {
    /// Each text's sentences.
    sentences: TextStore<'a, Sentence>,
    /// Each sentence's words, by the sentence's text.
    words: TextStore<'a, Run<'a>>,
}

impl Default for SentenceStore<'_> {
    fn default() -> Self {
        SentenceStore {
            sentences: TextStore::new(sentences),
            words: TextStore::new(|sentence| {
                // Room for a word in each four bytes, more than most text has, so the
                // list is not copied as it grows.
                let mut found = Vec::with_capacity(sentence.len() / 4 + 1);
                found.extend(words(sentence));
                found
            }),
        }
    }
}

impl<'a> SentenceStore<'a> {
    /// The sentences of `text`, split the first time they are asked for.
    pub(crate) fn of(&self, text: &'a str) -> Rc<[Sentence]> {
        self.sentences.of(text)
    }

    /// The [`words`] of `sentence` (a sentence's text, as [`Sentence::text`] gives it),
    /// with their byte ranges in it, found the first time they are asked for.
    pub(crate) fn words_of(&self, sentence: &'a str) -> Rc<[Run<'a>]> {
        self.words.of(sentence)
    }
}

/// The sentences of `text`, in order.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes or
/// brackets after it) followed by whitespace or the end of the text, but not
/// after a common abbreviation ("e.g.", "Dr.", "No. 5"), a list number at the
/// start of a line, or an initial ("J. R. Smith"). A blank line and a line
/// that starts a bullet or numbered item also end a sentence, so headings and
/// list items stand on their own. Pieces with no letter or digit are dropped.
pub(crate) fn sentences(text: &str) -> Vec<Sentence> {
    // Most text is ASCII, where a character is its byte: no copy is needed to look at
    // characters by position. Other text is decoded once.
    if text.is_ascii() {
        split(text, &Ascii(text.as_bytes()))
    } else {
        // Sized for the byte count up front: growing by doubling copied it several times.
        let mut characters = Vec::with_capacity(text.len());
        characters.extend(text.char_indices());
        split(
            text,
            &Decoded {
                characters,
                end: text.len(),
            },
        )
    }
}

/// A text's characters by position, and the byte offset of each.
trait Characters {
    /// The character at `index`, if there is one.
    fn at(&self, index: usize) -> Option<char>;
    /// The byte offset of the character at `index`; the text's length past its end.
    fn offset(&self, index: usize) -> usize;
}

/// ASCII text, whose characters are its bytes.
struct Ascii<'a>(&'a [u8]);

impl Characters for Ascii<'_> {
    fn at(&self, index: usize) -> Option<char> {
        self.0.get(index).map(|byte| char::from(*byte))
    }

    fn offset(&self, index: usize) -> usize {
        index.min(self.0.len())
    }
}

/// Any text, decoded into its characters and their byte offsets.
struct Decoded {
    characters: Vec<(usize, char)>,
    end: usize,
}

impl Characters for Decoded {
    fn at(&self, index: usize) -> Option<char> {
        self.characters.get(index).map(|(_, character)| *character)
    }

    fn offset(&self, index: usize) -> usize {
        self.characters
            .get(index)
            .map_or(self.end, |(offset, _)| *offset)
    }
}

fn split(text: &str, characters: &impl Characters) -> Vec<Sentence> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while let Some(character) = characters.at(index) {
        if is_terminator(character) {
            let mut end = index + 1;
            while characters
                .at(end)
                .is_some_and(|next| is_terminator(next) || is_closer(next))
            {
                end += 1;
            }
            let at_break = characters.at(end).is_none_or(char::is_whitespace);
            let single_period = character == '.'
                && !(index + 1..end).any(|at| characters.at(at).is_some_and(is_terminator));
            if at_break && !(single_period && period_continues(characters, index)) {
                push_sentence(text, start..characters.offset(end), &mut found);
                start = characters.offset(end);
            }
            index = end;
            continue;
        }
        if character == '\n' && starts_new_block(characters, index + 1) {
            let offset = characters.offset(index);
            push_sentence(text, start..offset, &mut found);
            start = offset;
        }
        index += 1;
    }
    push_sentence(text, start..text.len(), &mut found);
    found
}

/// Abbreviations after which a period never ends a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "vs", "approx", "st", "fig", "figs", "prof",
    "cf", "al", "ca", "jr", "sr", "incl", "dept", "tel", "viz",
];

/// Characters of the word before a period that are looked at, at most.
const LONGEST_ABBREVIATION: usize = 16;

fn is_terminator(character: char) -> bool {
    matches!(character, '.' | '!' | '?' | '…')
}

fn is_closer(character: char) -> bool {
    matches!(character, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»')
}

fn is_opener(character: char) -> bool {
    matches!(character, '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«')
}

fn is_bullet(character: char) -> bool {
    matches!(character, '-' | '*' | '+' | '•' | '–' | '◦' | '▪' | '‣')
}

/// Whether the period at `index` belongs to an abbreviation, a list number
/// or an initial rather than ending the sentence.
fn period_continues(characters: &impl Characters, index: usize) -> bool {
    let mut token_start = index;
    while token_start > 0 && index - token_start <= LONGEST_ABBREVIATION {
        match characters.at(token_start - 1) {
            Some(before) if !before.is_whitespace() && !is_opener(before) => token_start -= 1,
            _ => break,
        }
    }
    if index - token_start > LONGEST_ABBREVIATION || token_start == index {
        return false;
    }
    let token: String = (token_start..index)
        .filter_map(|at| characters.at(at))
        .flat_map(char::to_lowercase)
        .collect();
    let next = (index + 1..)
        .map_while(|at| characters.at(at))
        .find(|character| !character.is_whitespace());
    let next_is_uppercase = next.is_some_and(char::is_uppercase);
    let at_line_start = (0..token_start)
        .rev()
        .filter_map(|at| characters.at(at))
        .find(|character| *character == '\n' || !character.is_whitespace())
        .is_none_or(|character| character == '\n');
    if ABBREVIATIONS.contains(&token.as_str()) {
        return true;
    }
    if token == "etc" || token.contains('.') {
        return !next_is_uppercase;
    }
    if token == "no" {
        return next.is_some_and(|character| character.is_ascii_digit());
    }
    if token.len() <= 3 && token.chars().all(|character| character.is_ascii_digit()) {
        return at_line_start;
    }
    is_initial(characters, token_start, index)
}

/// "J. R. Smith": a single capital letter whose neighbour is another one.
fn is_initial(characters: &impl Characters, token_start: usize, index: usize) -> bool {
    let is_capital = |at: usize| characters.at(at).is_some_and(char::is_uppercase);
    if !(index == token_start + 1 && is_capital(token_start)) {
        return false;
    }
    let capital_period = |at: usize| is_capital(at) && characters.at(at + 1) == Some('.');
    let next_initial = capital_period(index + 2);
    let previous_initial = token_start >= 3
        && characters
            .at(token_start - 1)
            .is_some_and(char::is_whitespace)
        && capital_period(token_start - 3)
        && (token_start == 3
            || !characters
                .at(token_start - 4)
                .is_some_and(char::is_alphanumeric));
    next_initial || previous_initial
}

/// Whether the line starting at `index` is blank, or starts a list item.
fn starts_new_block(characters: &impl Characters, index: usize) -> bool {
    let mut rest = (index..)
        .map_while(|at| characters.at(at))
        .skip_while(|character| *character == ' ' || *character == '\t');
    match rest.next() {
        None | Some('\n' | '\r') => true,
        Some(first) if is_bullet(first) => rest.next().is_some_and(char::is_whitespace),
        Some(first) if first.is_ascii_digit() => {
            let after_digits = rest.find(|character| !character.is_ascii_digit());
            matches!(after_digits, Some('.' | ')')) && rest.next().is_some_and(char::is_whitespace)
        }
        Some(_) => false,
    }
}

fn push_sentence(text: &str, range: Range<usize>, found: &mut Vec<Sentence>) {
    let Some(piece) = text.get(range.clone()) else {
        return;
    };
    let trimmed = strip_list_marker(piece.trim());
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let start = range.start + (trimmed.as_ptr() as usize - piece.as_ptr() as usize);
    found.push(Sentence {
        range: start..start + trimmed.len(),
    });
}

fn strip_list_marker(piece: &str) -> &str {
    let mut characters = piece.char_indices();
    let marker_end = match characters.next() {
        Some((_, first)) if is_bullet(first) => first.len_utf8(),
        Some((_, first)) if first.is_ascii_digit() => {
            let digits = piece
                .find(|character: char| !character.is_ascii_digit())
                .unwrap_or(piece.len());
            match piece[digits..].chars().next() {
                Some('.' | ')') if digits <= 3 => digits + 1,
                _ => return piece,
            }
        }
        _ => return piece,
    };
    let rest = &piece[marker_end..];
    if rest.starts_with(char::is_whitespace) {
        rest.trim_start()
    } else {
        piece
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|sentence| sentence.text(text))
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_and_keeps_closing_quotes() {
        let text = "Rest the hip. Does it hurt?  Ask \"why?\" Then stop! Wait… next.";
        assert_eq!(
            texts(text),
            [
                "Rest the hip.",
                "Does it hurt?",
                "Ask \"why?\"",
                "Then stop!",
                "Wait…",
                "next."
            ]
        );
    }

    #[test]
    fn does_not_split_abbreviations_decimals_or_initials() {
        let text = "Take e.g. ibuprofen (i.e. an NSAID) as Dr. Shah and J. R. Smith said, approx. 0.5 g. \
                    See Fig. 2 and No. 5 vs. the rest. Eat fish, eggs, etc. Then rest.";
        assert_eq!(
            texts(text),
            [
                "Take e.g. ibuprofen (i.e. an NSAID) as Dr. Shah and J. R. Smith said, approx. 0.5 g.",
                "See Fig. 2 and No. 5 vs. the rest.",
                "Eat fish, eggs, etc.",
                "Then rest."
            ]
        );
    }

    #[test]
    fn vitamin_d_at_the_end_still_ends_the_sentence() {
        assert_eq!(
            texts("Eat foods with vitamin D. Sunlight helps too."),
            ["Eat foods with vitamin D.", "Sunlight helps too."]
        );
        assert_eq!(
            texts("Is it serious? No. It passes."),
            ["Is it serious?", "No.", "It passes."]
        );
    }

    #[test]
    fn headings_and_list_items_stand_alone() {
        let text = "Causes\n\n1. Muscle Overuse: running can strain muscles.\n2. Posture\n\nPain can spread to:\n  • The lower back\n  - The groin\n* The thigh";
        assert_eq!(
            texts(text),
            [
                "Causes",
                "Muscle Overuse: running can strain muscles.",
                "Posture",
                "Pain can spread to:",
                "The lower back",
                "The groin",
                "The thigh"
            ]
        );
    }

    #[test]
    fn a_single_line_break_does_not_end_a_sentence() {
        assert_eq!(
            texts("Rest the hip\nfor two days. Then walk."),
            ["Rest the hip\nfor two days.", "Then walk."]
        );
    }

    #[test]
    fn ranges_are_trimmed_and_point_into_the_text() {
        let text = "  Hello there.   Bye.  ";
        let found = sentences(text);
        assert_eq!(found[0].range, 2..14);
        assert_eq!(found[1].range, 17..21);
    }

    #[test]
    fn a_store_splits_each_text_once_and_tells_equal_texts_apart_by_place() {
        let owned = String::from("Rest. Walk.");
        let copy = owned.clone();
        let store = SentenceStore::default();
        let first = store.of(&owned);
        assert!(std::rc::Rc::ptr_eq(&first, &store.of(&owned)));
        assert_eq!(first.len(), 2);
        // The same words elsewhere are another text, split on their own.
        assert!(!std::rc::Rc::ptr_eq(&first, &store.of(&copy)));
        assert_eq!(store.of(&owned[..5]).len(), 1);
    }

    /// ASCII text is split from its bytes, other text from its decoded characters: the
    /// two must agree wherever both apply.
    #[test]
    fn ascii_text_splits_alike_from_bytes_and_from_characters() {
        for text in [
            "Take e.g. ibuprofen as Dr. Shah and J. R. Smith said, approx. 0.5 g. See Fig. 2.",
            "Causes\n\n1. Muscle Overuse: running.\n2. Posture\n  - The groin\n* The thigh",
            "Is it serious? No. It passes. Eat fish, eggs, etc. Then rest! (Really.) \"Yes.\"",
            "12. x\n 3. y. No. 5 is A. B. C. Dean.",
        ] {
            let decoded = Decoded {
                characters: text.char_indices().collect(),
                end: text.len(),
            };
            assert_eq!(
                split(text, &Ascii(text.as_bytes())),
                split(text, &decoded),
                "{text}"
            );
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            ".",
            "...",
            "\n\n\n",
            "- ",
            "•",
            "1.",
            "🙂. 🙂!",
            "é.",
            "Dr.",
            "a.\n",
            "\r\n\r\nx",
            "12345. x",
        ] {
            for sentence in sentences(text) {
                assert!(text.get(sentence.range.clone()).is_some(), "{text:?}");
            }
        }
        assert!(sentences("").is_empty());
        assert!(sentences(" . ! ").is_empty());
        let long = "Word. ".repeat(50_000) + &".".repeat(100_000) + &"\n ".repeat(50_000);
        assert_eq!(sentences(&long).len(), 50_000);
    }
}
