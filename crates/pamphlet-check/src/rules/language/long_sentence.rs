//! `long-sentence` (PAM602): a sentence too long to read easily.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::readability::{Counted, Formula, long_words};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no sentence asks more of a reader than `long-sentence-words` (default 25)
    /// words' worth. Each word counts one; a long word (four or more syllables, five in
    /// Spanish, French and German) one more; an aside two more: a parenthesis, or a
    /// semicolon, colon or spaced dash that joins another clause on (a dash between two
    /// numbers is a range, not an aside). The message gives the counts and names the
    /// long words.
    ///
    /// ## Why it matters
    /// Long sentences are the main cause of hard-to-read health text. Readers lose track
    /// of the start before they reach the end, and instructions buried in them are missed.
    /// Long words and clauses set in the middle add to that load, so a sentence of twenty
    /// words can be as hard as one of thirty.
    ///
    /// ## Example
    /// "Applying a heating pad or a warm towel to the area for fifteen to twenty minutes
    /// several times a day can help relax tight muscles, while an ice pack wrapped in a
    /// cloth may numb sharp pain after activity."
    ///
    /// ## How to fix
    /// Split the sentence where it changes subject, keep one instruction per sentence,
    /// turn an aside into a sentence of its own, and use everyday words for long ones.
}

/// `counted` holds the field's sentences with their counts under `formula`, if its
/// language has one (else words and asides only).
pub(crate) fn check(
    field: &TextField<'_>,
    counted: &Counted<'_>,
    formula: Option<Formula>,
    limit: usize,
    findings: &mut Vec<Finding>,
) {
    for (range, counts) in counted.sentences() {
        let weight = counts.weight();
        if weight <= limit {
            continue;
        }
        let mut parts = vec![plural(counts.words, "word")];
        if counts.long_words > 0 {
            parts.push(format!("{} for long words", counts.long_words));
        }
        if counts.asides > 0 {
            parts.push(format!(
                "{} for {}",
                2 * counts.asides,
                plural(counts.asides, "aside")
            ));
        }
        let message = if weight == counts.words {
            format!(
                "a sentence in `{}` has {} words (limit {limit})",
                field.name, counts.words
            )
        } else {
            format!(
                "a sentence in `{}` counts as {weight} words ({}; limit {limit})",
                field.name,
                parts.join(" + ")
            )
        };
        let sentence = counted.text().get(range.clone()).unwrap_or_default();
        let mut help =
            String::from("split it into shorter sentences, one idea or instruction each");
        if counts.asides > 0 {
            help.push_str(", and give an aside a sentence of its own");
        }
        if let Some(formula) = formula
            && counts.long_words > 0
        {
            let mut named = long_words(sentence, formula, formula.heavy_word_syllables());
            let more = named.len().saturating_sub(NAMED_WORDS);
            named.truncate(NAMED_WORDS);
            help.push_str(&format!("; try everyday words for: {}", named.join(", ")));
            if more > 0 {
                help.push_str(&format!(" and {more} more"));
            }
        }
        findings.push(
            Finding::new(Rule::LongSentence, field.pointer.clone(), message)
                .help(help)
                .target(Target::Text(range.clone())),
        );
    }
}

/// The long words a finding names at most: enough to show what to change.
const NAMED_WORDS: usize = 8;

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
