//! Absolute or exaggerated health claims ("cures", "guaranteed", "miracle",
//! "100% effective"), which patient information must not make.

pub(crate) mod lexicon;

use lexicon::NOUN_MARKERS;

use super::phrase_sets::{PhraseList, phrase_set};
use super::phrases::{self, PhraseMatch, Token, negated, phrase_match, preceded_by, tokenize};

/// An absolute claim found in a text.
pub(crate) type ClaimMatch = PhraseMatch;

/// The absolute claims in `text`, in order.
///
/// Matching is case-insensitive and on whole words. A claim in a negated
/// clause is honest and not reported: "there is no cure", "is not a cure",
/// "cannot cure", "no guarantee", "not clinically proven". "Cure" as a noun is
/// only a claim in "a cure for"; "breakthrough pain" is a medical term; "no
/// side effects" after "most people" or "usually" is a fair description.
pub(crate) fn absolute_claims(text: &str) -> Vec<ClaimMatch> {
    absolute_claims_in(text, &tokenize(text))
}

/// [`absolute_claims`] of `text` already split into its `tokens`.
pub(crate) fn absolute_claims_in(text: &str, tokens: &[Token<'_>]) -> Vec<ClaimMatch> {
    let mut spans = phrase_set(PhraseList::Claims).find(tokens);
    spans.extend(cure_claims(tokens));
    // A promise in everyday words is fair when its clause hedges it ("for good in most
    // people"), which the fixed claim words above are not.
    let families = phrase_set(PhraseList::ClaimFamilies).find(tokens);
    spans.extend(families.into_iter().filter(|span| {
        !hedged(tokens, span) && !denied_within(tokens, span) && !denied_before(tokens, span.start)
    }));
    phrases::without_overlaps(spans)
        .into_iter()
        .filter(|span| {
            !negated(tokens, span.start)
                && !promise_denied(tokens, span.start)
                && !fair_use(tokens, span.start, span.end)
        })
        .filter_map(|span| phrase_match(text, tokens, span))
        .collect()
}

/// Whether the claim at token `start` is what a denied promise would have said: "no diet
/// can guarantee that you will never have another attack", "nobody can promise it is
/// gone for good". The promise word ("guarantee", "promise", "sure", "certain") is in the
/// claim's clause, before it, and negated.
fn promise_denied(tokens: &[Token<'_>], start: usize) -> bool {
    tokens[..start.min(tokens.len())]
        .iter()
        .enumerate()
        .rev()
        .take(10)
        .take_while(|(_, token)| !token.is_break())
        .any(|(index, token)| {
            let promise = token.text.starts_with("guarantee")
                || token.text.starts_with("promise")
                || matches!(&*token.text, "sure" | "certain" | "ensure");
            promise && negated(tokens, index)
        })
}

/// Whether the clause before token `start` denies what follows from further back than
/// [`negated`] looks: "not to switch them off for ever", "it does not mean the pain is
/// gone for good" (up to eight words back, not past a break or a word that starts a
/// new clause).
fn denied_before(tokens: &[Token<'_>], start: usize) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "and", "but", "so", "because", "while", "although", "though", "however", "yet",
    ];
    tokens[..start.min(tokens.len())]
        .iter()
        .rev()
        .take(8)
        .take_while(|token| !token.is_break() && !CLAUSE_WORDS.contains(&&*token.text))
        .any(|token| matches!(&*token.text, "not" | "never") || token.text.ends_with("n't"))
}

/// Whether a phrase with a gap denies itself inside it, after its first word: "studies
/// have not proven" ("never ... again" and "until you can no longer walk" are the claim
/// itself).
fn denied_within(tokens: &[Token<'_>], span: &std::ops::Range<usize>) -> bool {
    tokens[(span.start + 1).min(tokens.len())..span.end.min(tokens.len())]
        .iter()
        // What comes "until you cannot walk" is the ruin foretold, not a denial.
        .take_while(|token| token.text != "until")
        .any(|token| matches!(&*token.text, "not" | "never" | "no") || token.text.ends_with("n't"))
}

/// Whether the clause of the token range `span` hedges it: "in most people", "may",
/// "usually", "for many", on either side of the phrase up to the clause's end.
fn hedged(tokens: &[Token<'_>], span: &std::ops::Range<usize>) -> bool {
    const HEDGES: &[&str] = &[
        "most",
        "many",
        "some",
        "usually",
        "often",
        "may",
        "might",
        "could",
        "rarely",
        "generally",
        "typically",
        "likely",
        "unlikely",
        "probably",
        "tend",
        "tends",
        "few",
        "sometimes",
        "almost",
        "nearly",
        // Variation: "everyone recovers at a different pace".
        "different",
        "differently",
        "own",
    ];
    let before = tokens[..span.start.min(tokens.len())]
        .iter()
        .rev()
        .take_while(|token| !token.is_break());
    // A hedge inside a phrase with a gap hedges it too: "surgery is usually unnecessary"
    // (but "on its own" is part of "never goes away on its own", not a variation).
    let mut inside = tokens[span.start.min(tokens.len())..span.end.min(tokens.len())].iter();
    let after = tokens[span.end.min(tokens.len())..]
        .iter()
        .take_while(|token| !token.is_break());
    inside.any(|token| {
        HEDGES.contains(&&*token.text)
            && !matches!(&*token.text, "own" | "different" | "differently")
    }) || before
        .chain(after)
        .any(|token| HEDGES.contains(&&*token.text))
}

/// Token ranges of "cure" used as a verb ("it will cure"), or as a noun
/// followed by "for" ("a cure for back pain").
fn cure_claims(tokens: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.text != "cure" {
            continue;
        }
        let previous = index.checked_sub(1).and_then(|before| tokens.get(before));
        let is_noun = previous.is_some_and(|before| NOUN_MARKERS.contains(&&*before.text));
        if !is_noun {
            found.push(index..index + 1);
            continue;
        }
        let followed_by_for = tokens.get(index + 1).is_some_and(|next| next.text == "for");
        if followed_by_for {
            let article =
                previous.is_some_and(|before| matches!(&*before.text, "a" | "an" | "the"));
            let start = if article { index - 1 } else { index };
            found.push(start..index + 2);
        }
    }
    found
}

/// Uses of a claim word that are fair: "breakthrough pain" (a medical term),
/// and "no side effects" or "immediate relief" said of some people rather than of everyone.
fn fair_use(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    const HEDGES: &[&str] = &[
        "most", "many", "some", "usually", "often", "may", "might", "rarely", "few",
    ];
    let first = tokens.get(start).map_or("", |token| &*token.text);
    let next = tokens.get(end).map_or("", |token| &*token.text);
    if refuted_after(tokens, end)
        || graded_effect(tokens, start, end)
        || advice_follows(tokens, end)
    {
        return true;
    }
    match first {
        // "For good" as "for ever" ends its clause or comes before when or how: "gone
        // for good.", "for good within a month"; "for good health" is another phrase.
        // Advice to give up a habit "for good" promises nothing; a treatment that "will
        // stop your heartburn for good" does.
        "for"
            if tokens
                .get(start + 1)
                .is_some_and(|token| token.text == "good") =>
        {
            quits_a_habit(tokens, start)
                || !(end >= tokens.len()
                    || tokens[end].is_break()
                    || matches!(
                        next,
                        "in" | "within"
                            | "by"
                            | "after"
                            | "and"
                            | "with"
                            | "once"
                            | "so"
                            | "but"
                            | "now"
                    ))
        }
        // How long a treatment is taken ("most people take allopurinol for life", "use
        // the cream for the rest of your life") is not a verdict on the illness.
        "for" => preceded_by(
            tokens,
            start,
            &[
                "take", "takes", "taking", "use", "uses", "using", "continue", "wear", "wearing",
            ],
            8,
        ),
        "breakthrough" => matches!(
            next,
            "pain" | "bleeding" | "seizure" | "seizures" | "symptoms"
        ),
        // "Some people feel immediate relief" reports a finding; "gives immediate relief"
        // promises it. So with "no side effects", "may never come back", "most doctors
        // agree" and "usually nothing to worry about".
        "no" | "never" | "nothing" | "doctors" | "experts" | "scientists" => {
            preceded_by(tokens, start, HEDGES, 5)
                // "If nothing else helps, ..." is a condition, not a verdict.
                || (first == "nothing" && preceded_by(tokens, start, &["if", "when"], 2))
        }
        "immediate" | "immediately" => preceded_by(tokens, start, HEDGES, 4),
        // "Just stop the tablets" is advice; "migraines simply stop." is a promise.
        "simply" | "just" => !(end >= tokens.len() || tokens[end].is_break()),
        "instantly" => preceded_by(
            tokens,
            start,
            &[
                "stop", "call", "ring", "seek", "get", "go", "tell", "remove", "take",
            ],
            3,
        ),
        "always" => preceded_by(tokens, start, &["almost", "nearly", "not"], 1),
        _ => false,
    }
}

/// Whether "for good" at token `start` ends advice to quit a habit ("stop smoking for
/// good", "help you quit for good"), not a treatment's promise: the quitting verb is not
/// said of a thing after "will" or "can" ("the tablets will stop your heartburn").
fn quits_a_habit(tokens: &[Token<'_>], start: usize) -> bool {
    const QUITTING: &[&str] = &["stop", "stopping", "quit", "quitting", "give", "giving"];
    const MODALS: &[&str] = &["will", "can", "could", "would", "shall"];
    let clause = tokens[..start.min(tokens.len())]
        .iter()
        .enumerate()
        .rev()
        .take(4)
        .take_while(|(_, token)| !token.is_break());
    clause
        .filter(|(_, token)| QUITTING.contains(&&*token.text))
        .any(|(index, _)| {
            let word = |back: usize| {
                index
                    .checked_sub(back)
                    .and_then(|at| tokens.get(at))
                    .map_or("", |token| &*token.text)
            };
            let promised = (MODALS.contains(&word(1)) && !matches!(word(2), "you" | "we" | "i"))
                || (word(1).ends_with("'ll") && !matches!(word(1), "you'll" | "we'll" | "i'll"));
            !promised
        })
}

/// Whether a "proven" claim reports an effect of some size rather than a sure result:
/// "exercise is proven to ease knee pain", "has been proven to lower the risk" (graded
/// verbs), where "proven to cure" and "proven to work" promise. "Clinically proven" is
/// a seller's phrase whatever follows it.
fn graded_effect(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    const GRADED: &[&str] = &[
        "ease", "eases", "reduce", "reduces", "lower", "lowers", "improve", "improves", "lessen",
        "lessens", "shorten", "shortens", "slow", "slows",
    ];
    let span = &tokens[start.min(tokens.len())..end.min(tokens.len())];
    let seller = span
        .first()
        .is_some_and(|token| matches!(&*token.text, "clinically" | "scientifically" | "medically"));
    if seller
        || !span
            .iter()
            .any(|token| matches!(&*token.text, "proven" | "proved"))
    {
        return false;
    }
    let mut after = tokens[end.min(tokens.len())..].iter();
    let mut next = after.next();
    if next.is_some_and(|token| token.text == "to") {
        next = after.next();
    }
    next.is_some_and(|token| GRADED.contains(&&*token.text))
}

/// Whether what a sign "always means" is advice to the reader rather than a diagnosis:
/// "always means you should see a doctor", "always means that you need to call 999".
fn advice_follows(tokens: &[Token<'_>], end: usize) -> bool {
    let Some(last) = end.checked_sub(1).and_then(|last| tokens.get(last)) else {
        return false;
    };
    if !matches!(
        &*last.text,
        "mean" | "means" | "meant" | "signal" | "signals" | "indicate" | "indicates"
    ) {
        return false;
    }
    let mut after = tokens[end.min(tokens.len())..]
        .iter()
        .map(|token| &*token.text)
        .skip_while(|word| *word == "that");
    after.next() == Some("you")
        && match after.next() {
            Some("should" | "need" | "must" | "ought") => true,
            Some("have") => after.next() == Some("to"),
            _ => false,
        }
}

/// Whether the clause goes on to deny the claim it names: "detox teas have not been shown
/// to help", "miracle cures do not work".
fn refuted_after(tokens: &[Token<'_>], end: usize) -> bool {
    const DENIALS: &[&str] = &[
        "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent",
    ];
    const WHAT: &[&str] = &[
        "shown", "proven", "proved", "evidence", "work", "works", "help", "helps",
    ];
    let clause: Vec<&str> = tokens[end.min(tokens.len())..]
        .iter()
        .take(8)
        .take_while(|token| !token.is_break())
        .map(|token| &*token.text)
        .collect();
    clause.iter().enumerate().any(|(index, word)| {
        (DENIALS.contains(word) || word.ends_with("n't"))
            && clause[index + 1..]
                .iter()
                .take(3)
                .any(|later| WHAT.contains(later))
    })
}

#[cfg(test)]
mod tests;
