//! `reading-level-too-high` (PAM601): text harder to read than the target grade.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::settings::Settings;
use crate::text::readability::{Counted, Formula, Readability};

crate::rules::rule_doc! {
    /// ## What it checks
    /// The Flesch-Kincaid grade level of the whole topic, and of each field of at least
    /// `long-field-words` words (default 40). Above `reading-grade` (default 8) it warns
    /// and points at the sentences that push the grade up, with their long words.
    ///
    /// A Spanish topic (`language: es`, `es-MX`, ...) is scored on the Flesch-Szigriszt
    /// scale instead (INFLESZ; below 55, "normal" text, it warns), with Spanish syllables;
    /// a French one on the Kandel-Moles reading ease and a German one on Amstad's, both on
    /// Flesch's scale (below 60, "standard" text, it warns), with their own syllables.
    /// A topic in another language has no published formula here and is held to sentence
    /// length only (`long-sentence`). `docs/readability.md` gives the formulas, their
    /// scales and their sources.
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

/// The INFLESZ scale's lower bound of "normal" text (Barrio-Cantalejo et al. 2008): a
/// Spanish text scoring below it is "somewhat difficult" or worse.
const SPANISH_TARGET: f64 = 55.0;

/// The lower bound of "standard" text on Flesch's reading-ease scale, which the French
/// (Kandel-Moles) and German (Amstad) formulas keep: below it, "fairly difficult".
const FLESCH_STANDARD: f64 = 60.0;

/// How a score reads in a message, in the words of its formula's scale.
fn scored(formula: Formula, score: f64) -> String {
    match formula {
        Formula::FleschKincaid => format!("reads at grade {score:.1}"),
        Formula::FleschSzigriszt => format!(
            "scores {score:.1} on the Flesch-Szigriszt scale ({})",
            inflesz_band(score)
        ),
        Formula::KandelMoles | Formula::Amstad => format!(
            "scores {score:.1} on the {} reading ease ({})",
            if formula == Formula::KandelMoles {
                "Kandel-Moles"
            } else {
                "Amstad"
            },
            flesch_band(score)
        ),
    }
}

/// The INFLESZ band of a Flesch-Szigriszt score.
fn inflesz_band(score: f64) -> &'static str {
    band(
        score,
        &[
            (40.0, "very difficult"),
            (55.0, "somewhat difficult"),
            (65.0, "normal"),
            (80.0, "quite easy"),
        ],
        "very easy",
    )
}

/// The band of a reading ease on Flesch's scale.
fn flesch_band(score: f64) -> &'static str {
    band(
        score,
        &[
            (30.0, "very difficult"),
            (50.0, "difficult"),
            (60.0, "fairly difficult"),
            (70.0, "standard"),
            (80.0, "fairly easy"),
            (90.0, "easy"),
        ],
        "very easy",
    )
}

/// The name of the first band whose upper bound `score` is below, else `top`.
fn band(score: f64, bands: &[(f64, &'static str)], top: &'static str) -> &'static str {
    bands
        .iter()
        .find(|(below, _)| score < *below)
        .map_or(top, |(_, name)| name)
}

/// The target a score is held to, as a message says it.
fn target_words(formula: Formula, target: f64) -> String {
    match formula {
        Formula::FleschKincaid => format!("above the target of {target}"),
        Formula::FleschSzigriszt => format!("below the {target} of normal text"),
        Formula::KandelMoles | Formula::Amstad => {
            format!("below the {target} of standard text")
        }
    }
}

/// `counted` holds each field's counts under `formula`, made once for the language rules.
pub(crate) fn check(
    fields: &[TextField<'_>],
    counted: &[Counted<'_>],
    formula: Option<Formula>,
    settings: &Settings,
    findings: &mut Vec<Finding>,
) {
    // A language with no formula is held to sentence length only (`long-sentence`).
    let Some(formula) = formula else {
        return;
    };
    let target = match formula {
        Formula::FleschKincaid => settings.reading_grade,
        Formula::FleschSzigriszt => SPANISH_TARGET,
        Formula::KandelMoles | Formula::Amstad => FLESCH_STANDARD,
    };
    let mut whole = Readability::default();
    for (field, counted) in fields.iter().zip(counted) {
        let readability = counted.total();
        whole.add(&readability);
        let score = readability.score(formula);
        if readability.words >= settings.long_field_words && formula.harder(score, target) {
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
                    "`{}` {}, {}",
                    field.name,
                    scored(formula, score),
                    target_words(formula, target)
                ),
            );
            if let Some(sentence) = hardest.first() {
                finding = finding
                    .target(Target::Text(sentence.range.clone()))
                    .help(advice(formula, sentence.grade, &sentence.long_words));
            }
            findings.push(finding);
        }
    }
    let score = whole.score(formula);
    if whole.words > 0 && formula.harder(score, target) {
        let mut candidates = Vec::new();
        for (field, counted) in fields.iter().zip(counted) {
            for sentence in counted.hardest(target, POINTED_SENTENCES, usize::MAX) {
                candidates.push((sentence, field));
            }
        }
        candidates.sort_by(|left, right| {
            formula
                .difficulty(right.0.grade)
                .total_cmp(&formula.difficulty(left.0.grade))
        });
        let mut finding = Finding::new(
            Rule::ReadingLevelTooHigh,
            "/title",
            format!(
                "the topic {}, {}",
                scored(formula, score),
                target_words(formula, target)
            ),
        )
        .help("simplify the sentences marked below first: they raise the grade the most");
        for (sentence, field) in candidates.into_iter().take(POINTED_SENTENCES) {
            let label = match formula {
                Formula::FleschKincaid => format!("grade {:.1}", sentence.grade),
                _ => format!("score {:.1}", sentence.grade),
            };
            finding.related.push(crate::rules::RelatedPlace {
                message: format!(
                    "{label}: {}",
                    advice(formula, sentence.grade, &sentence.long_words)
                ),
                file: crate::rules::SAME_FILE,
                pointer: field.pointer.clone(),
                target: Target::Text(sentence.range.clone()),
            });
        }
        findings.push(finding);
    }
}

fn advice(formula: Formula, score: f64, long_words: &[String]) -> String {
    let reads = scored(formula, score);
    if long_words.is_empty() {
        format!("this sentence {reads}; split it into shorter ones")
    } else {
        format!(
            "this sentence {reads}; split it, and try everyday words for: {}",
            long_words.join(", ")
        )
    }
}
