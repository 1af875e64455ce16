//! `absolute-claim` (PAM701): an absolute or exaggerated health claim.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::claims::absolute_claims_in;
use crate::text::cues::{Kind, SentenceCues};
use crate::text::phrases::Token;
use crate::text::sentences::sentences;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the text makes no absolute or exaggerated health claim: "cures", "guaranteed",
    /// "miracle", "detox", "100% effective", "permanent relief", "instant relief",
    /// "no side effects", "completely safe", "clinically proven" and the like, and their
    /// Spanish counterparts ("cura", "garantizado", "milagroso", "sin efectos
    /// secundarios", "científicamente comprobado"), in text of any language; and promises
    /// in everyday words: "will never come back", "always works", "100% of our patients",
    /// "doctors agree", "nothing to worry about", "the only treatment you will ever
    /// need", "in a single visit", "will definitely heal". It also knows the families
    /// such promises come in, whatever their words: permanence ("for good", "forever",
    /// "never … again", "stop the pain from ever coming back"), totality ("everyone who tries it recovers", "all our patients
    /// improved", "safe for everyone"), certainty ("research proves", "without a
    /// doubt"), completeness and regrowth ("heals the tendon completely", "grows new
    /// cartilage"), exclusivity ("is the only treatment", "better than any"), and safety
    /// or hype ("no risk at all", "revolutionary", "say goodbye to", "no more
    /// headaches", "flushes out toxins"), speed and needlessness ("in just
    /// three days", "no need for surgery", "never fails"), and fatalism or dismissal
    /// ("will only get worse", "inevitably", "never works", "always caused by", "is
    /// never anything serious"), "never another" ("you will never have another
    /// attack"), a sign's sure meaning ("tingling always means carpal tunnel
    /// syndrome"), a whole cure in hours ("heals completely within 48 hours"), being
    /// wholly free of it ("completely pain-free", "100% symptom-free"), and another
    /// treatment put in the place of proper care ("can replace your inhalers
    /// entirely"), totality said the other way round ("nobody who follows the plan ends
    /// up needing surgery", "none of our patients"), repair made whole or perfect
    /// ("repairs the airways completely", "heals perfectly"), "the proven way", a hidden
    /// cause of everything ("the hidden cause of almost all hip pain"), an illness that
    /// never settles by itself or lasts a lifetime ("never goes away on its own", "in
    /// pain for the rest of your life"), a treatment that "will stop your heartburn for
    /// good", hype that "melts tension away" or makes pain "a thing of the past", a fix
    /// timed by the clock ("in five minutes flat", "instantly"), every kind or every
    /// patient ("works on every type of eczema", "every patient we treated has
    /// recovered"), proper care made needless ("makes surgery unnecessary", "so you can
    /// stop using your inhaler"), sure decline ("always turns into a limp", "will
    /// certainly wear away", "will slip further until you cannot walk"), "stronger than
    /// ever", a success rate near 100% or a "flawless record", a problem forgotten or cut
    /// at its root ("you can forget about elbow pain", "at its source", "every last
    /// crystal", "migraines simply stop", "stops reflux entirely", "will reverse your
    /// asthma"), and a cause that is "nothing more than" one thing; these
    /// are fair when their clause
    /// hedges them ("for good in most people", "everyone recovers at a different pace").
    /// Honest negations ("there is no cure", "results are not guaranteed", "detox teas
    /// have not been shown to help", "no hay cura"), hedged statements ("most doctors
    /// agree", "may never come back"), a measured effect ("exercise is proven to ease
    /// knee pain"), advice ("always means you should call 999"), advice to give up a
    /// habit for good, how long a treatment is taken ("take it for the rest of your
    /// life"), a promise denied ("no diet can guarantee that you will never have another
    /// attack"), a question
    /// that asks whether or how a claim could hold ("will the pain go away for good?",
    /// "how can I keep it away for good?") and a
    /// patient's question that doubts a claim ("the shop said they were clinically
    /// proven: is that true?") are not reported.
    ///
    /// In an English topic, a sentence with none of these phrases that is not a question
    /// may still read as an overstated claim by its words, weighed by a model learnt from
    /// the labelled corpus in `tests/heuristics/`; the finding names the words that
    /// weighed most. Its threshold stands above every honest sentence it was tested on.
    ///
    /// ## Why it matters
    /// No treatment for pain works for everyone, and every treatment has some risk.
    /// Absolute promises mislead patients, can delay real care, and in many countries
    /// break the rules on health advertising.
    ///
    /// ## Example
    /// "Peppermint oil cures trigger points and has no side effects."
    ///
    /// ## How to fix
    /// Say what the evidence shows, with its limits: "In small studies, some people had a
    /// little less pain for a short time. It can irritate the skin."
}

/// What to do about a claim, whichever way it was found.
const CLAIM_HELP: &str =
    "say what the evidence shows, with its limits (how many people, how much, for how long)";

pub(crate) fn check(
    field: &TextField<'_>,
    tokens: &[Token<'_>],
    cues: &[SentenceCues],
    findings: &mut Vec<Finding>,
) {
    let claims = absolute_claims_in(field.text, tokens);
    // A sentence without a claim's phrase may still read as one by its cues; a question
    // asks whether a claim holds rather than making it.
    for sentence in cues {
        let text = &field.text[sentence.range.clone()];
        if claims.iter().any(|claim| sentence.overlaps(&claim.range))
            || text.trim_end().ends_with('?')
        {
            continue;
        }
        if let Some(read) = sentence.reads_as(Kind::Claim, field.text) {
            findings.push(
                Finding::read_as(
                    Rule::AbsoluteClaim,
                    field,
                    "an overstated claim",
                    sentence.range.clone(),
                    &read,
                )
                .help(CLAIM_HELP),
            );
        }
    }
    if claims.is_empty() {
        return;
    }
    // One finding per sentence: "guaranteed to cure" is one claim to rewrite, not two.
    for sentence in sentences(field.text) {
        let inside: Vec<_> = claims
            .iter()
            .filter(|claim| {
                claim.range.start >= sentence.range.start && claim.range.end <= sentence.range.end
            })
            .collect();
        let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
            continue;
        };
        let sentence_text = &field.text[sentence.range.clone()];
        let before_claim = &field.text[sentence.range.start..first.range.start];
        if questions_a_claim(sentence_text) || asks_how(sentence_text, before_claim) {
            continue;
        }
        let phrases: Vec<String> = inside
            .iter()
            .map(|claim| format!("\"{}\"", claim.phrase))
            .collect();
        findings.push(
            Finding::new(
                Rule::AbsoluteClaim,
                field.pointer.clone(),
                format!(
                    "`{}` makes an absolute claim: {}",
                    field.name,
                    phrases.join(", ")
                ),
            )
            .help(CLAIM_HELP)
            .target(Target::Text(first.range.start..last.range.end)),
        );
    }
}

/// A patient's question that quotes a claim to ask whether it is true ("The shop said
/// these insoles were clinically proven: is that true?") doubts the claim; it does not
/// make it. Nor does a question that asks whether it holds ("Will the pain go away for
/// good?"); a question that takes a claim for granted ("Since cherries cure gout, how
/// many should I eat?") makes it.
fn questions_a_claim(sentence: &str) -> bool {
    const ASKING: &[&str] = &[
        "will", "would", "can", "could", "does", "do", "is", "are", "should", "might", "may",
        "has", "have",
    ];
    let asks_whether = sentence.trim_end().ends_with('?')
        && sentence
            .split(|ch: char| !ch.is_alphanumeric())
            .find(|word| !word.is_empty())
            .is_some_and(|first| ASKING.contains(&first.to_lowercase().as_str()));
    asks_whether || quotes_a_claim(sentence)
}

/// A question whose claim words sit inside its asking clause: "How can I get rid of it
/// for good?", "What else can I do if it never comes back?" ask; "Since cherries cure
/// gout, how many should I eat?" takes the claim for granted before it asks. The clause
/// that holds the claim (from the last comma before it) asks when it starts with a
/// question word or an auxiliary followed by "I", "we", "you", "it" or "this".
fn asks_how(sentence: &str, before_claim: &str) -> bool {
    const QUESTION_WORDS: &[&str] = &["how", "what", "when", "which", "where", "who"];
    const AUXILIARIES: &[&str] = &[
        "can", "could", "will", "would", "should", "do", "does", "is", "are", "might", "may",
    ];
    const ASKERS: &[&str] = &["i", "we", "you", "it", "this", "they", "my"];
    if !sentence.trim_end().ends_with('?') {
        return false;
    }
    let clause = before_claim
        .rsplit([',', ';', ':'])
        .next()
        .unwrap_or(before_claim)
        .to_lowercase();
    let words: Vec<&str> = clause
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    QUESTION_WORDS.contains(first)
        || words
            .windows(2)
            .any(|pair| AUXILIARIES.contains(&pair[0]) && ASKERS.contains(&pair[1]))
}

/// A question that quotes what someone said or wrote ("I read that ...: is that true?").
fn quotes_a_claim(sentence: &str) -> bool {
    const DOUBTS: &[&str] = &[
        "is that true",
        "is it true",
        "is this true",
        "any truth",
        "really",
        "said",
        "says",
        "claims",
        "claimed",
        "i read",
        "i heard",
        "told me",
        "advert",
        "es cierto",
        "es verdad",
    ];
    let lower = sentence.trim_end().to_lowercase();
    lower.ends_with('?') && DOUBTS.iter().any(|doubt| lower.contains(doubt))
}

#[cfg(test)]
mod tests {
    use super::questions_a_claim;

    #[test]
    fn a_question_that_asks_how_does_not_make_the_claim_it_names() {
        use super::asks_how;
        let question = "How can I get rid of heel pain for good?";
        let claim_at = question.find("for good").unwrap_or_default();
        assert!(asks_how(question, &question[..claim_at]));
        let question = "Since cherries cure gout, how many should I eat each day?";
        let claim_at = question.find("cure").unwrap_or_default();
        assert!(!asks_how(question, &question[..claim_at]));
        let question = "Why does every doctor say a brace is the best treatment?";
        let claim_at = question.find("is the best").unwrap_or_default();
        assert!(!asks_how(question, &question[..claim_at]));
        let statement = "You can get rid of heel pain for good.";
        let claim_at = statement.find("for good").unwrap_or_default();
        assert!(!asks_how(statement, &statement[..claim_at]));
    }

    #[test]
    fn a_question_that_asks_whether_a_claim_holds_does_not_make_it() {
        for question in [
            "Will the pain go away for good?",
            "Is it true that cherries cure gout?",
            "The shop said these insoles were clinically proven: is that true?",
        ] {
            assert!(questions_a_claim(question), "{question}");
        }
        for claim in [
            "Since cherries cure gout, how many should I eat each day?",
            "Why does every doctor say a brace is the best treatment?",
            "Will the pain go away for good.",
        ] {
            assert!(!questions_a_claim(claim), "{claim}");
        }
    }
}
