//! `reading-level-too-high` (PAM601): text harder to read than the target grade.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::settings::Settings;
use crate::text::readability::{Counted, Readability};

crate::rules::rule_doc! {
    /// ## What it checks
    /// The Flesch-Kincaid grade level of the whole topic, and of each field of at least
    /// `long-field-words` words (default 40). Above `reading-grade` (default 8) it warns
    /// and points at the sentences that push the grade up, with their long words.
    ///
    /// ## Why it matters
    /// Many adults read below the level of typical health leaflets, and people in pain or
    /// worry read less well still. Guides written at grade 8 or below are understood and
    /// followed by far more patients.
    ///
    /// ## Example
    /// "Myofascial trigger points are hyperirritable loci within taut bands of skeletal
    /// muscle, frequently precipitating referred nociceptive phenomena." (grade 20+)
    ///
    /// ## How to fix
    /// Split long sentences, and swap long words for everyday ones ("sore spot in a tight
    /// band of muscle" for "hyperirritable locus within a taut band"). Keep a medical word
    /// only when the reader needs it, and explain it the first time.
}

/// How many of the hardest sentences a topic-level warning points at.
const POINTED_SENTENCES: usize = 3;

pub(crate) fn check(fields: &[TextField<'_>], settings: &Settings, findings: &mut Vec<Finding>) {
    let target = settings.reading_grade;
    let mut whole = Readability::default();
    let counted: Vec<Counted<'_>> = fields.iter().map(|field| Counted::of(field.text)).collect();
    for (field, counted) in fields.iter().zip(&counted) {
        let readability = counted.total();
        whole.add(&readability);
        if readability.words >= settings.long_field_words && readability.grade() > target {
            // A sentence that is hard only because it is long is already reported as a
            // long sentence; point at the hardest one that is not.
            let hardest = counted.hardest(target, 1, settings.long_sentence_words);
            if hardest.is_empty() {
                continue;
            }
            let mut finding = Finding::new(
                Rule::ReadingLevelTooHigh,
                field.pointer.clone(),
                format!(
                    "`{}` reads at grade {:.1}, above the target of {target}",
                    field.name,
                    readability.grade()
                ),
            );
            if let Some(sentence) = hardest.first() {
                finding = finding
                    .target(Target::Text(sentence.range.clone()))
                    .help(advice(sentence.grade, &sentence.long_words));
            }
            findings.push(finding);
        }
    }
    if whole.words > 0 && whole.grade() > target {
        let mut candidates = Vec::new();
        for (field, counted) in fields.iter().zip(&counted) {
            for sentence in counted.hardest(target, POINTED_SENTENCES, usize::MAX) {
                candidates.push((sentence, field));
            }
        }
        candidates.sort_by(|left, right| right.0.grade.total_cmp(&left.0.grade));
        let mut finding = Finding::new(
            Rule::ReadingLevelTooHigh,
            "/title",
            format!(
                "the topic reads at grade {:.1}, above the target of {target}",
                whole.grade()
            ),
        )
        .help("simplify the sentences marked below first: they raise the grade the most");
        for (sentence, field) in candidates.into_iter().take(POINTED_SENTENCES) {
            finding.related.push(crate::rules::RelatedPlace {
                message: format!(
                    "grade {:.1}: {}",
                    sentence.grade,
                    advice(sentence.grade, &sentence.long_words)
                ),
                file: crate::rules::SAME_FILE,
                pointer: field.pointer.clone(),
                target: Target::Text(sentence.range.clone()),
            });
        }
        findings.push(finding);
    }
}

fn advice(grade: f64, long_words: &[String]) -> String {
    if long_words.is_empty() {
        format!("this sentence reads at grade {grade:.1}; split it into shorter ones")
    } else {
        format!(
            "this sentence reads at grade {grade:.1}; split it, and try everyday words for: {}",
            long_words.join(", ")
        )
    }
}
