//! Advertising and calls to action ("sign up", "buy now", "here's how to get
//! started"), which have no place in patient information.

pub(crate) mod lexicon;

use super::advert_shapes::{
    FieldText, event_booking, named_app, offer_price, product_name, promo_code, sponsor_name,
    tracked_link,
};
use super::phrase_sets::{PhraseList, WordList, phrase_set};
use super::phrases::{PhraseMatch, Token, phrase_match, tokenize};
use super::sentences::{Sentence, sentences};
use super::words::{Run, alphanumeric_runs};

/// The advertising phrases and calls to action in `text`, in order.
///
/// Matching is case-insensitive, on whole words, with curly apostrophes
/// treated like straight ones. Only phrases that are advertising wherever they
/// appear are listed: a single business word such as "streamline", or advice
/// such as "book an appointment with your GP" or "call 999", is not reported.
/// Stray text without such a phrase is left to the off-topic check.
pub(crate) fn promotional_phrases(text: &str) -> Vec<PhraseMatch> {
    let runs: Vec<Run<'_>> = alphanumeric_runs(text).collect();
    promotional_phrases_in(text, &tokenize(text), &sentences(text), &runs)
}

/// [`promotional_phrases`] of `text` already split into its `tokens`, `sentences` and
/// [`alphanumeric_runs`].
pub(crate) fn promotional_phrases_in(
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
    runs: &[Run<'_>],
) -> Vec<PhraseMatch> {
    let mut found: Vec<PhraseMatch> = phrase_set(PhraseList::Promotional)
        .find(tokens)
        .into_iter()
        .filter(|span| !alerts_from_others(tokens, span))
        .filter_map(|span| phrase_match(text, tokens, span))
        .collect();
    if found.is_empty() {
        found.extend(social_handle(text).or_else(|| tracked_link(text)));
    }
    if found.is_empty() {
        found.extend(brand_with_sales_words(text, sentences));
    }
    if found.is_empty() {
        // The shape tests share one reading of the text's words.
        let field = FieldText::new(text, sentences, runs);
        found.extend(
            promo_code(&field)
                .or_else(|| offer_price(text))
                .or_else(|| sponsor_name(&field))
                .or_else(|| product_name(&field))
                .or_else(|| named_app(&field))
                .or_else(|| {
                    // A field whose tokens have no word of booking holds no such word
                    // at all: the test is not asked.
                    let books = tokens.iter().any(|token| token.is_on(WordList::Booking));
                    books.then(|| event_booking(&field)).flatten()
                }),
        );
    }
    found
}

/// Whether "sign up" at token range `span` tells the reader of alerts someone else sends
/// ("some weather services let you sign up for pollen alerts"), which is advice: the
/// reader is the one who signs up, for alerts or reminders, and the text's own publisher
/// ("our", "us") is not the one asking.
fn alerts_from_others(tokens: &[Token<'_>], span: &std::ops::Range<usize>) -> bool {
    const ALERTS: &[&str] = &[
        "alert",
        "alerts",
        "reminder",
        "reminders",
        "warning",
        "warnings",
        "forecast",
        "forecasts",
    ];
    let word = |at: usize| tokens.get(at).map_or("", |token| &*token.text);
    if !matches!(word(span.start), "sign" | "signing") {
        return false;
    }
    let before = tokens[span.start.saturating_sub(3)..span.start]
        .iter()
        .any(|token| token.text == "you");
    let after = tokens[span.end.min(tokens.len())..]
        .iter()
        .take(5)
        .take_while(|token| !token.is_break());
    let mut alerts = false;
    for token in after {
        alerts |= ALERTS.contains(&&*token.text);
    }
    let ours = tokens
        .iter()
        .any(|token| matches!(&*token.text, "our" | "us" | "we" | "my"));
    before && alerts && !ours
}

/// A social-media handle or hashtag: "@HappyHeelsClinic", "#KneeStrongChallenge" (an
/// e-mail address, with letters before its "@", is not one).
fn social_handle(text: &str) -> Option<PhraseMatch> {
    // Both marks are ASCII: found as bytes, without reading the text's characters.
    text.bytes()
        .enumerate()
        .filter(|(_, mark)| matches!(mark, b'@' | b'#'))
        .find_map(|(start, _)| {
            let before = text[..start].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                return None;
            }
            let rest = &text[start + 1..];
            let length = rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .unwrap_or(rest.len());
            let name = &rest[..length];
            let lettered = name.chars().next().is_some_and(char::is_alphabetic);
            (lettered && name.len() >= 3).then(|| PhraseMatch {
                range: start..start + 1 + length,
                phrase: text[start..start + 1 + length].to_owned(),
            })
        })
}

/// A trade name written as one word with a capital inside ("ArchEase", "GripGuard") in a
/// sentence that also sells: names a price, a size, an offer, an order or a seller's
/// praise. Either alone is common in honest text ("EpiPen", "you can buy it at a
/// pharmacy"); together they are a product placement.
fn brand_with_sales_words(text: &str, sentences: &[Sentence]) -> Option<PhraseMatch> {
    const SALES_WORDS: &[&str] = &[
        "order",
        "buy",
        "shop",
        "price",
        "prices",
        "£",
        "$",
        "€",
        "sizes",
        "pro",
        "elite",
        "plus",
        "premium",
        "range",
        "recommend",
        "tasty",
        "pump",
        "pack",
        "packs",
        "online",
        "app",
        "install",
        "download",
        "subscription",
        // A gadget's selling points.
        "rechargeable",
        "wireless",
        "speeds",
        "motor",
    ];
    if !may_hold_camel_case(text) {
        return None;
    }
    for sentence in sentences {
        let part = &text[sentence.range.clone()];
        let Some(brand) = part
            .split(|ch: char| !ch.is_alphanumeric())
            .find(|word| is_camel_case(word))
        else {
            continue;
        };
        let lower = part.to_lowercase();
        let sells = lower
            .split(|ch: char| !(ch.is_alphanumeric() || matches!(ch, '£' | '$' | '€')))
            .any(|word| SALES_WORDS.contains(&word))
            || lower.contains(['£', '$', '€'])
            || made_by_us(&lower);
        if sells {
            let start = sentence.range.start + part.find(brand)?;
            return Some(PhraseMatch {
                range: start..start + brand.len(),
                phrase: brand.to_owned(),
            });
        }
    }
    None
}

/// Whether a sentence (in lower case) has its maker speak: "we designed", "our team
/// developed". Said of a named product, that is its maker's advert.
fn made_by_us(lower: &str) -> bool {
    const MAKING: &[&str] = &[
        "designed",
        "developed",
        "created",
        "invented",
        "formulated",
        "engineered",
        "made",
        "make",
        "built",
    ];
    let mut words = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty());
    let mut before = "";
    words.any(|word| {
        let maker = matches!(before, "we" | "team") && MAKING.contains(&word);
        before = word;
        maker
    })
}

/// Whether `text` may hold a word [`is_camel_case`] accepts: such a word has a capital
/// straight after a small letter, which ASCII text (most fields) is asked a byte pair at
/// a time, without splitting it into words.
fn may_hold_camel_case(text: &str) -> bool {
    !text.is_ascii()
        || text
            .as_bytes()
            .windows(2)
            .any(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase())
}

/// "ArchEase", "RefluGone": a capital, two or more small letters, then another capital;
/// Scottish and Irish names ("McKenzie", "MacArthur", "O'Neill") are not trade names.
pub(super) fn is_camel_case(word: &str) -> bool {
    // Read in place: this is asked of every word of every sentence.
    let mut letters = word.chars();
    if !letters.next().is_some_and(char::is_uppercase)
        || word.chars().nth(4).is_none()
        || word.starts_with("Mc")
        || word.starts_with("Mac")
    {
        return false;
    }
    // Two small letters in a row, then a capital, after the first letter.
    let mut small_run = 0;
    letters.any(|letter| {
        if letter.is_uppercase() && small_run >= 2 {
            return true;
        }
        small_run = if letter.is_lowercase() {
            small_run + 1
        } else {
            0
        };
        false
    })
}

#[cfg(test)]
mod tests;
