//! `long-sentence` (PAM602): a sentence too long to read easily.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::sentences::sentences;
use crate::text::words::words;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no sentence has more than `long-sentence-words` words (default 25).
    ///
    /// ## Why it matters
    /// Long sentences are the main cause of hard-to-read health text. Readers lose track
    /// of the start before they reach the end, and instructions buried in them are missed.
    ///
    /// ## Example
    /// "Applying a heating pad or a warm towel to the area for fifteen to twenty minutes
    /// several times a day can help relax tight muscles, while an ice pack wrapped in a
    /// cloth may numb sharp pain after activity."
    ///
    /// ## How to fix
    /// Split the sentence where it changes subject, and keep one instruction per sentence.
}

pub(crate) fn check(field: &TextField<'_>, limit: usize, findings: &mut Vec<Finding>) {
    for sentence in sentences(field.text) {
        let count = words(sentence.text(field.text)).count();
        if count > limit {
            findings.push(
                Finding::new(
                    Rule::LongSentence,
                    field.pointer.clone(),
                    format!(
                        "a sentence in `{}` has {count} words (limit {limit})",
                        field.name
                    ),
                )
                .help("split it into shorter sentences, one idea or instruction each")
                .target(Target::Text(sentence.range.clone())),
            );
        }
    }
}
