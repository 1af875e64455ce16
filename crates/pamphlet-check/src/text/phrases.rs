//! Finding short phrases in text, word by word and case-insensitively: the
//! shared machinery of the claim and promotional-text detectors.

use std::borrow::Cow;
use std::ops::Range;

use super::WordMap;
use super::cues::LearntWord;
use super::phrase_sets::{WordEntry, WordList, word_entry};
use super::words::character_at;

/// A phrase found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    /// Byte range of the phrase in the text.
    pub(crate) range: Range<usize>,
    /// The phrase as written, with runs of whitespace shown as one space.
    pub(crate) phrase: String,
}

/// A word, number or "%" of a text, or a break between clauses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub(crate) range: Range<usize>,
    /// Lowercase, with curly apostrophes straightened; empty for a break. Borrowed from
    /// the text when it is already so, which most words are.
    pub(crate) text: Cow<'a, str>,
    /// What the table of [`super::phrase_sets`] knows of this word (the patterns it
    /// begins, the lists it is on), looked up once here for every set and test.
    entry: Option<&'static WordEntry>,
}

impl Token<'_> {
    pub(crate) fn is_break(&self) -> bool {
        self.text.is_empty()
    }

    /// What the cue models learnt of this token's word, when the table of
    /// [`super::phrase_sets`] holds the word.
    pub(crate) fn learnt(&self) -> Option<LearntWord> {
        self.entry.map(|entry| entry.learnt)
    }

    /// Whether this token's word is on `list`.
    pub(crate) fn is_on(&self, list: WordList) -> bool {
        self.entry.is_some_and(|entry| entry.is_on(list))
    }
}

/// Whether folding (lowercase, straight apostrophe) leaves `character` as it is.
fn unchanged_by_folding(character: char) -> bool {
    if character.is_ascii() {
        return !character.is_ascii_uppercase();
    }
    character != '’' && character.to_lowercase().eq(std::iter::once(character))
}

/// `word` lowercase as a whole (a final capital sigma becomes "ς"), with curly
/// apostrophes straightened; borrowed when that changes nothing, as for most words.
pub(crate) fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        // Most words: no curly apostrophe, and lowercase a byte at a time.
        return if word.bytes().any(|byte| byte.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
    }
    if word.chars().all(unchanged_by_folding) {
        Cow::Borrowed(word)
    } else {
        let lower = word.to_lowercase();
        // Most words folded have a capital, not a curly apostrophe: one copy, not two.
        Cow::Owned(if lower.contains('’') {
            lower.replace('’', "'")
        } else {
            lower
        })
    }
}

/// Splits `text` into tokens. Hyphens separate words ("risk-free" is "risk"
/// "free"); clause punctuation (, ; : . ! ? brackets, dashes, bullets, a
/// blank line or a line that starts a list item) becomes a break token, so
/// phrases and negations never reach across it.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    // Room for a token in each five bytes, more than most text has, so the list is not
    // copied as it grows.
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5 + 1);
    // A character at a time, an ASCII one read as its byte without decoding.
    let mut at = 0;
    while let Some(character) = character_at(text, at) {
        let start = at;
        let mut end = start + character.len_utf8();
        at = end;
        if character.is_alphabetic() || character.is_ascii_digit() {
            let numeric = character.is_ascii_digit();
            while let Some(next) = character_at(text, end) {
                let continues = if numeric {
                    next.is_ascii_digit()
                        || (matches!(next, '.' | ',') && digit_follows(text, end + 1))
                } else {
                    next.is_alphabetic()
                        || (matches!(next, '\'' | '’')
                            && letter_follows(text, end + next.len_utf8()))
                };
                if !continues {
                    break;
                }
                end += next.len_utf8();
            }
            at = end;
            let folded = fold(&text[start..end]);
            tokens.push(Token {
                range: start..end,
                entry: word_entry(&folded),
                text: folded,
            });
        } else if character == '%' {
            tokens.push(Token {
                range: start..end,
                text: Cow::Borrowed("%"),
                entry: word_entry("%"),
            });
        } else if is_clause_break(character)
            && !(character == '\n' && wrapped_line_follows(text, end))
            && !tokens.last().is_none_or(Token::is_break)
        {
            tokens.push(Token {
                range: start..end,
                text: Cow::Borrowed(""),
                entry: None,
            });
        }
    }
    tokens
}

/// Phrase patterns, parsed once and indexed by the words they can start with, so that
/// each token is tried only against the patterns that could begin there (trying every
/// pattern at every token was most of a check's time).
///
/// A pattern is words separated by spaces. Each word may list alternatives with "|" and
/// end in "*" to match any word it begins ("guarantee*"). A word "~" or "~N" skips up to
/// 1 or N words (not breaks).
pub(crate) struct PatternSet<'a> {
    patterns: Vec<Vec<Slot<'a>>>,
    /// Patterns by a whole word their first slot accepts.
    by_first_word: WordMap<&'a str, Vec<usize>>,
    /// For a set of [`super::phrase_sets`], its place there: its patterns by first word
    /// are then read from each token, where they were looked up once for every set.
    registered: Option<usize>,
    /// Patterns by the first letter of a prefix their first slot accepts ("guarantee*"),
    /// an ASCII letter by its byte (no hashing for most words), any other in the map.
    by_ascii_letter: Vec<Vec<usize>>,
    by_first_letter: WordMap<char, Vec<usize>>,
    /// Patterns whose first slot is a skip ("~").
    others: Vec<usize>,
}

/// One slot of a pattern, parsed once when the set is made (splitting the pattern's text
/// at every token it was tried on cost more than the matching).
#[derive(Debug)]
enum Slot<'a> {
    /// "~N": up to N words, not breaks.
    Skip(usize),
    /// "a|b*|c": any of these.
    Word(Vec<Alternative<'a>>),
}

#[derive(Debug)]
enum Alternative<'a> {
    Whole(&'a str),
    /// "guarantee*": any word that begins so.
    Prefix(&'a str),
}

impl Alternative<'_> {
    fn accepts(&self, word: &str) -> bool {
        match self {
            Alternative::Whole(whole) => word == *whole,
            Alternative::Prefix(prefix) => word.starts_with(prefix),
        }
    }
}

impl<'a> Slot<'a> {
    fn parse(slot: &'a str) -> Slot<'a> {
        if let Some(count) = slot.strip_prefix('~') {
            return Slot::Skip(count.parse().unwrap_or(1));
        }
        Slot::Word(
            slot.split('|')
                .map(|alternative| match alternative.strip_suffix('*') {
                    Some(prefix) => Alternative::Prefix(prefix),
                    None => Alternative::Whole(alternative),
                })
                .collect(),
        )
    }
}

impl<'a> PatternSet<'a> {
    pub(crate) fn new(patterns: &[&'a str]) -> PatternSet<'a> {
        let mut set = PatternSet {
            patterns: Vec::with_capacity(patterns.len()),
            by_first_word: WordMap::default(),
            registered: None,
            by_ascii_letter: vec![Vec::new(); 128],
            by_first_letter: WordMap::default(),
            others: Vec::new(),
        };
        for (index, pattern) in patterns.iter().enumerate() {
            let slots: Vec<Slot<'a>> = pattern.split_whitespace().map(Slot::parse).collect();
            match slots.first() {
                Some(Slot::Word(alternatives)) => {
                    for alternative in alternatives {
                        match alternative {
                            Alternative::Whole(word) => {
                                set.by_first_word.entry(word).or_default().push(index)
                            }
                            Alternative::Prefix(prefix) => match prefix.chars().next() {
                                Some(letter) if letter.is_ascii() => {
                                    set.by_ascii_letter[letter as usize].push(index)
                                }
                                Some(letter) => {
                                    set.by_first_letter.entry(letter).or_default().push(index)
                                }
                                // A bare "*" begins every word.
                                None => set.others.push(index),
                            },
                        }
                    }
                }
                Some(Slot::Skip(_)) | None => set.others.push(index),
            }
            set.patterns.push(slots);
        }
        for list in set
            .by_first_word
            .values_mut()
            .chain(set.by_first_letter.values_mut())
            .chain(set.by_ascii_letter.iter_mut())
            .chain([&mut set.others])
        {
            list.sort_unstable();
            list.dedup();
        }
        set
    }

    /// The set of `patterns` as [`super::phrase_sets`] holds it, at place `list` there.
    pub(crate) fn registered(patterns: &[&'a str], list: usize) -> PatternSet<'a> {
        PatternSet {
            registered: Some(list),
            ..PatternSet::new(patterns)
        }
    }

    /// Each whole word a first slot accepts, with the patterns it begins.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = (&'a str, &[usize])> + '_ {
        self.by_first_word
            .iter()
            .map(|(word, patterns)| (*word, patterns.as_slice()))
    }

    /// The patterns whose first slot accepts `token` whole.
    fn begun_by(&self, token: &Token<'_>) -> &[usize] {
        let found = match self.registered {
            Some(list) => token.entry.map(|entry| &entry.patterns[list]),
            None => self.by_first_word.get(&*token.text),
        };
        found.map_or(&[], Vec::as_slice)
    }

    /// The patterns whose first slot accepts a prefix of `token`.
    fn begun_by_prefix(&self, token: &Token<'_>) -> &[usize] {
        match token.text.as_bytes().first() {
            Some(&byte) if byte.is_ascii() => &self.by_ascii_letter[usize::from(byte)],
            Some(_) => token
                .text
                .chars()
                .next()
                .and_then(|letter| self.by_first_letter.get(&letter))
                .map_or(&[], Vec::as_slice),
            None => &[],
        }
    }

    /// Every pattern found in the tokens, as token index ranges: leftmost first, the
    /// longest where several start at the same token, never overlapping.
    pub(crate) fn find(&self, tokens: &[Token<'_>]) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        for (start, token) in tokens.iter().enumerate() {
            if token.is_break() && self.others.is_empty() {
                continue;
            }
            // A pattern found by the token's word has matched its first slot already.
            let mut longest = None;
            for index in self.begun_by(token) {
                longest = longest.max(match_slots(tokens, start + 1, &self.patterns[*index][1..]));
            }
            for index in self.begun_by_prefix(token).iter().chain(&self.others) {
                longest = longest.max(match_slots(tokens, start, &self.patterns[*index]));
            }
            if let Some(end) = longest {
                found.push(start..end);
            }
        }
        without_overlaps(found)
    }
}

/// Keeps the first of overlapping token ranges, preferring the longer one
/// where two start together. Input in any order.
pub(crate) fn without_overlaps(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by(|left, right| left.start.cmp(&right.start).then(right.end.cmp(&left.end)));
    let mut kept: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        if kept.last().is_none_or(|last| range.start >= last.end) {
            kept.push(range);
        }
    }
    kept
}

/// Whether one of `words` is among the `window` tokens before token `start`
/// in the same clause.
pub(crate) fn preceded_by(
    tokens: &[Token<'_>],
    start: usize,
    words: &[&str],
    window: usize,
) -> bool {
    clause_before(tokens, start, window).any(|token| words.contains(&&*token.text))
}

/// Whether a negation ("no", "not", "never", "cannot", any "n't" …) is among
/// the four tokens before token `start` in the same clause.
pub(crate) fn negated(tokens: &[Token<'_>], start: usize) -> bool {
    const NEGATIONS: &[&str] = &[
        "no", "not", "never", "cannot", "nothing", "none", "nobody", "without", "neither", "nor",
        "cant", "dont", "doesnt", "didnt", "wont", "isnt", "arent",
        // Spanish ("no" is above).
        "nunca", "jamás", "ni", "tampoco", "ningún", "ninguna", "ninguno",
    ];
    clause_before(tokens, start, 4)
        .any(|token| NEGATIONS.contains(&&*token.text) || token.text.ends_with("n't"))
}

/// Up to `window` tokens before token `start`, nearest first, stopping at a
/// break or a word that starts a new clause ("and", "but", "although" …).
fn clause_before<'t, 'a>(
    tokens: &'t [Token<'a>],
    start: usize,
    window: usize,
) -> impl Iterator<Item = &'t Token<'a>> {
    const CLAUSE_WORDS: &[&str] = &[
        "and", "but", "so", "because", "while", "although", "though", "however", "yet", "whereas",
        // Spanish.
        "pero", "aunque", "sino", "porque",
    ];
    tokens[..start.min(tokens.len())]
        .iter()
        .rev()
        .take(window)
        .take_while(|token| !token.is_break() && !CLAUSE_WORDS.contains(&&*token.text))
}

/// The matched phrase for a token range, as a [`PhraseMatch`] in `text`.
pub(crate) fn phrase_match(
    text: &str,
    tokens: &[Token<'_>],
    span: Range<usize>,
) -> Option<PhraseMatch> {
    let first = tokens.get(span.start)?;
    let last = tokens.get(span.end.checked_sub(1)?)?;
    let range = first.range.start..last.range.end;
    let phrase = text
        .get(range.clone())?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(PhraseMatch { range, phrase })
}

fn match_slots(tokens: &[Token<'_>], position: usize, slots: &[Slot<'_>]) -> Option<usize> {
    let Some((slot, rest)) = slots.split_first() else {
        return Some(position);
    };
    match slot {
        Slot::Skip(most) => (0..=*most)
            .take_while(|skipped| {
                tokens
                    .get(position..position + skipped)
                    .is_some_and(|skipped_tokens| !skipped_tokens.iter().any(Token::is_break))
            })
            .find_map(|skipped| match_slots(tokens, position + skipped, rest)),
        Slot::Word(alternatives) => {
            let token = tokens.get(position)?;
            let matches = !token.is_break()
                && alternatives
                    .iter()
                    .any(|alternative| alternative.accepts(&token.text));
            if matches {
                match_slots(tokens, position + 1, rest)
            } else {
                None
            }
        }
    }
}

fn is_clause_break(character: char) -> bool {
    matches!(
        character,
        ',' | ';' | ':' | '.' | '!' | '?' | '…' | '(' | ')' | '[' | ']' | '—' | '–' | '\n' | '•'
    )
}

/// Whether the line starting at `offset` goes on with a word, so the line
/// break before it only wraps the text; a blank line or a list item does not.
fn wrapped_line_follows(text: &str, offset: usize) -> bool {
    text.get(offset..)
        .and_then(|rest| rest.chars().find(|next| *next != ' ' && *next != '\t'))
        .is_some_and(char::is_alphabetic)
}

fn digit_follows(text: &str, offset: usize) -> bool {
    character_at(text, offset).is_some_and(|next| next.is_ascii_digit())
}

fn letter_follows(text: &str, offset: usize) -> bool {
    character_at(text, offset).is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words already folded are borrowed from the text; the rest are folded.
    #[test]
    fn folding_borrows_what_it_does_not_change() {
        assert!(matches!(fold("pain"), Cow::Borrowed("pain")));
        assert!(matches!(fold("15,5"), Cow::Borrowed("15,5")));
        assert_eq!(fold("Don’t"), "don't");
        assert_eq!(fold("ÉPAULE"), "épaule");
        assert_eq!(fold("ǅ"), "ǆ");
    }

    fn token_texts(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|token| token.text.into_owned())
            .collect()
    }

    #[test]
    fn tokens_are_lowercase_words_numbers_and_breaks() {
        assert_eq!(
            token_texts("Here’s a RISK-free, 100% deal: 1,000.5 mg!"),
            [
                "here's", "a", "risk", "free", "", "100", "%", "deal", "", "1,000.5", "mg", ""
            ]
        );
        assert!(tokenize("").is_empty());
        assert_eq!(
            token_texts("no\nside\n\ncure\n- a"),
            ["no", "side", "", "cure", "", "a"]
        );
        assert_eq!(token_texts("🙂 — ,, é"), ["é"]);
    }

    #[test]
    fn patterns_match_alternatives_prefixes_and_gaps() {
        let tokens =
            tokenize("It permanently fixes pain; guaranteed results, permanent back relief.");
        let patterns = [
            "permanent|permanently ~ fix*|relief",
            "guarantee*",
            "guaranteed results",
        ];
        let found = PatternSet::new(&patterns).find(&tokens);
        let texts: Vec<String> = found
            .into_iter()
            .filter_map(|span| {
                phrase_match(
                    "It permanently fixes pain; guaranteed results, permanent back relief.",
                    &tokens,
                    span,
                )
            })
            .map(|found| found.phrase)
            .collect();
        assert_eq!(
            texts,
            [
                "permanently fixes",
                "guaranteed results",
                "permanent back relief"
            ]
        );
    }

    #[test]
    fn gaps_do_not_cross_breaks() {
        let tokens = tokenize("permanent, relief");
        assert!(
            PatternSet::new(&["permanent ~ relief"])
                .find(&tokens)
                .is_empty()
        );
    }

    #[test]
    fn negation_looks_back_within_the_clause() {
        let tokens = tokenize(
            "There is no cure. It doesn't really cure. No, it cures. Not only that but it cures",
        );
        let positions: Vec<usize> = tokens
            .iter()
            .enumerate()
            .filter(|(_, token)| token.text.starts_with("cure"))
            .map(|(index, _)| index)
            .collect();
        let negations: Vec<bool> = positions
            .iter()
            .map(|position| negated(&tokens, *position))
            .collect();
        assert_eq!(negations, [true, true, false, false]);
    }
}
