//! The shapes of a sentence that its words alone do not show, read for the cue models:
//! the marks in its bytes (a price, a web address, a handle, brackets), whether it ends as
//! a finished sentence does, each word's shape as written, and the words of certainty and
//! of hedging.

use crate::text::phrases::Token;
use crate::text::words::{begins_as_a_name, is_name};

/// What a word says of how certain a sentence is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Certainty {
    /// It states a thing as certain for all or for ever: see [`CERTAIN_WORDS`].
    Certain,
    /// It limits what the sentence claims: see [`HEDGE_WORDS`].
    Hedge,
    /// It does neither.
    #[default]
    Neither,
}

/// What `word` says of certainty.
pub(super) fn certainty(word: &str) -> Certainty {
    if CERTAIN_WORDS.contains(&word) {
        Certainty::Certain
    } else if HEDGE_WORDS.contains(&word) {
        Certainty::Hedge
    } else {
        Certainty::Neither
    }
}

/// Words that state a thing as certain for all or for ever ("will", "never", "everyone",
/// "permanently"): with no hedge beside them, the mark of a claim.
pub(super) const CERTAIN_WORDS: &[&str] = &[
    "will",
    "won't",
    "always",
    "never",
    "all",
    "every",
    "everyone",
    "everybody",
    "nothing",
    "completely",
    "totally",
    "permanently",
    "forever",
    "only",
    "simply",
    "cannot",
    "can't",
    "instantly",
    "straight",
    "100",
    "no",
];

/// Words that limit what a sentence claims ("may", "most", "usually", "some"); none is
/// also a word of [`CERTAIN_WORDS`].
pub(super) const HEDGE_WORDS: &[&str] = &[
    "may",
    "might",
    "can",
    "could",
    "usually",
    "often",
    "sometimes",
    "most",
    "some",
    "many",
    "likely",
    "unlikely",
    "possible",
    "perhaps",
    "help",
    "helps",
    "about",
    "around",
    "if",
    "ask",
    "should",
];

/// The marks of a sentence, found in one pass over its bytes.
#[derive(Default)]
pub(super) struct Marks {
    pub(super) price: bool,
    pub(super) link: bool,
    pub(super) handle: bool,
    pub(super) bracket: bool,
    pub(super) exclamation: bool,
    pub(super) ellipsis: bool,
}

impl Marks {
    pub(super) fn of(text: &str) -> Marks {
        let bytes = text.as_bytes();
        let mut marks = Marks::default();
        let followed_by_alphanumeric = |at: usize| {
            text.get(at + 1..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric)
        };
        for (at, byte) in bytes.iter().enumerate() {
            match byte {
                b'$' => marks.price = true,
                b'[' | b']' | b'{' | b'}' | b'<' | b'>' => marks.bracket = true,
                b'!' => marks.exclamation = true,
                b'@' | b'#' if followed_by_alphanumeric(at) => marks.handle = true,
                b'.' if bytes[at..].starts_with(b"...") => marks.ellipsis = true,
                b'.' if bytes[at..].starts_with(b".com") => marks.link = true,
                b'h' if bytes[at..].starts_with(b"http") => marks.link = true,
                b'w' if bytes[at..].starts_with(b"www.") => marks.link = true,
                // "£" and "€" and "…" begin with these bytes in UTF-8.
                0xC2 if bytes[at..].starts_with("£".as_bytes()) => marks.price = true,
                0xE2 if bytes[at..].starts_with("€".as_bytes()) => marks.price = true,
                0xE2 if bytes[at..].starts_with("…".as_bytes()) => marks.ellipsis = true,
                _ => {}
            }
        }
        marks
    }
}

/// Whether a sentence ends as a finished one does: with a stop, a question or
/// exclamation mark, an ellipsis or a colon, before any closing quotes or bracket.
pub(super) fn finished(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…', ':'])
}

/// The shape of the word at `index` of `tokens` as written in `text`, if it has one worth
/// a cue: a word in capitals, letters and digits run together ("HEEL15"), a name, or a
/// capital inside a word.
pub(super) fn word_shape(text: &str, tokens: &[Token<'_>], index: usize) -> Option<&'static str> {
    let token = &tokens[index];
    let written = text.get(token.range.clone())?;
    let first = *written.as_bytes().first()?;
    // Most words begin with a small letter: nothing to see.
    if first.is_ascii_lowercase() {
        return None;
    }
    let glued = |other: Option<&Token<'_>>| {
        other.is_some_and(|other| {
            !other.is_break()
                && (other.range.end == token.range.start || other.range.start == token.range.end)
        })
    };
    let neighbours_glued =
        (index > 0 && glued(tokens.get(index - 1))) || glued(tokens.get(index + 1));
    if first.is_ascii_digit() {
        return neighbours_glued.then_some("#letters-and-digits");
    }
    if neighbours_glued {
        Some("#letters-and-digits")
    } else if written.len() >= 2 && written.bytes().all(|byte| byte.is_ascii_uppercase()) {
        Some("#capitals")
    } else if is_name(written) {
        Some("#name")
    } else if begins_as_a_name(written) {
        Some("#capital-inside")
    } else {
        None
    }
}
