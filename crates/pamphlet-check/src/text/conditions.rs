//! Words that belong to one condition's care: its name, its medicines, its tests, its
//! devices and the parts of the body it affects. A sentence that leans on such words when
//! the rest of its topic never uses them was most likely pasted from another guide (a
//! diabetes diet in a hip guide, inhaler advice in a gout guide); `off-topic-text` reports
//! it, naming the words and the condition they belong to.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::words::whole_word;

/// Conditions and their own words, lower case; a word may end in `*` to match any ending
/// ("inhaler*": inhaler, inhalers). Kept to words a guide for another condition has little
/// reason to use; a general word ("pain", "swelling") belongs to none.
const CONDITIONS: &[(&str, &[&str])] = &[
    (
        "asthma",
        &[
            "asthma*",
            "inhaler*",
            "peak flow",
            "wheez*",
            "reliever inhaler*",
            "preventer*",
            "spacer*",
            "airway*",
            "bronchodilator*",
        ],
    ),
    ("COPD", &["copd", "emphysema", "bronchitis"]),
    (
        "diabetes",
        &[
            "diabet*",
            "blood sugar*",
            "blood glucose",
            "insulin",
            "hba1c",
            "metformin",
            "hypoglyc*",
        ],
    ),
    (
        "eczema",
        &[
            "eczema",
            "emollient*",
            "dermatitis",
            "itchy rash*",
            "weeping patch*",
        ],
    ),
    ("psoriasis", &["psoriasis", "plaque psoriasis"]),
    (
        "gout",
        &[
            "gout*",
            "uric acid",
            "urate",
            "allopurinol",
            "colchicine",
            "tophi",
            "febuxostat",
            "purine*",
            "big toe",
        ],
    ),
    (
        "migraine",
        &[
            "migraine*",
            "aura",
            "triptan*",
            "sumatriptan",
            "rizatriptan",
        ],
    ),
    (
        "headache",
        &["headache*", "forehead", "temples", "amitriptyline"],
    ),
    (
        "acid reflux",
        &[
            "reflux",
            "heartburn",
            "antacid*",
            "alginate*",
            "omeprazole",
            "lansoprazole",
            "proton pump",
            "food pipe",
            "oesophag*",
            "esophag*",
            "stomach acid",
            "stomach contents",
        ],
    ),
    (
        "carpal tunnel syndrome",
        &[
            "carpal tunnel",
            "median nerve",
            "wrist splint*",
            "wrist*",
            "fingers",
            "thumb*",
        ],
    ),
    (
        "tennis elbow",
        &["tennis elbow", "epicondyl*", "elbow*", "forearm*"],
    ),
    (
        "plantar fasciitis",
        &[
            "plantar",
            "fascia",
            "fasciitis",
            "heel*",
            "insole*",
            "orthotic*",
            "arch support*",
            "sole of the foot",
        ],
    ),
    ("ankle sprain", &["sprain*", "ankle*"]),
    (
        "knee osteoarthritis",
        &["knee*", "kneecap*", "knee replacement*", "cartilage"],
    ),
    ("low back pain", &["sciatica", "slipped disc*", "lumbar"]),
    (
        "heart disease",
        &["angina", "heart attack*", "statin*", "cholesterol"],
    ),
    ("high blood pressure", &["hypertension"]),
    (
        "osteoporosis",
        &["osteoporosis", "bone density", "bisphosphonate*"],
    ),
    ("hay fever", &["hay fever", "antihistamine*", "pollen"]),
    (
        "irritable bowel syndrome",
        &["irritable bowel", "ibs", "bloating"],
    ),
    ("thyroid disease", &["thyroid", "levothyroxine"]),
    ("pregnancy", &["antenatal", "midwife", "midwives"]),
    (
        "urinary infection",
        &["cystitis", "urine infection*", "urinary tract infection*"],
    ),
    (
        "shoulder pain",
        &["shoulder*", "rotator cuff", "frozen shoulder"],
    ),
    ("neck pain", &["neck"]),
    (
        "hip pain",
        &["hip", "hips", "groin", "buttock*", "trigger point*"],
    ),
];

/// Phrases that mark a sentence as comparing or excluding another condition, which an
/// honest guide does ("pain in the groin may come from the hip joint instead", "not for
/// people with diabetes").
const COMPARISONS: &[&str] = &[
    "if you have",
    "people with",
    "anyone with",
    "those with",
    "someone with",
    "such as",
    "for example",
    "unlike",
    "not the same",
    "rather than",
    "something else",
    "another",
    "other causes",
    "other conditions",
    "other problems",
    "rule out",
    "can also",
    "may also",
    "could also",
    "instead",
    "mistaken for",
    "if you also",
    "if i",
    "you have",
    "who have",
    "who has",
    "have had",
    "has had",
    "not suitable",
    "may be",
    "might be",
    "could be",
    "along with",
    "not known",
];

/// Words of another condition found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ForeignWords {
    pub(crate) condition: &'static str,
    pub(crate) words: Vec<String>,
}

/// Every condition's words in one automaton, so that a text is read once for all of
/// them: pattern `index` is the stem of `TERMS[index]`.
struct Terms {
    automaton: AhoCorasick,
    /// For each pattern: whether it matches any ending (`*`).
    open: Vec<bool>,
    /// Each condition's patterns, which are numbered one after another.
    ranges: Vec<std::ops::Range<usize>>,
    comparisons: AhoCorasick,
}

static TERMS: LazyLock<Terms> = LazyLock::new(|| {
    let mut stems = Vec::new();
    let mut terms = Vec::new();
    let mut ranges = Vec::new();
    for (_, words) in CONDITIONS {
        ranges.push(stems.len()..stems.len() + words.len());
        for word in *words {
            let (stem, open) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (*word, false),
            };
            stems.push(stem);
            terms.push(open);
        }
    }
    Terms {
        automaton: AhoCorasick::new(stems).expect("the conditions' words build an automaton"),
        open: terms,
        ranges,
        comparisons: AhoCorasick::new(COMPARISONS).expect("the comparisons build an automaton"),
    }
});

impl Terms {
    /// Each whole-word match in `lower` of a condition's word: its pattern and the word
    /// as written (to its end, for a word that matches any ending).
    fn each<'t>(&'t self, lower: &'t str) -> impl Iterator<Item = (usize, &'t str)> + 't {
        self.automaton
            .find_overlapping_iter(lower)
            .filter_map(move |found| {
                let pattern = found.pattern().as_usize();
                let open = self.open[pattern];
                let mut end = found.end();
                if open {
                    end += lower[end..]
                        .find(|ch: char| !ch.is_alphanumeric())
                        .unwrap_or(lower.len() - end);
                }
                whole_word(lower, found.start(), end).then(|| (pattern, &lower[found.start()..end]))
            })
    }

    fn counts(&self, lower: &str) -> Vec<usize> {
        let mut counts = vec![0; self.open.len()];
        for (pattern, _) in self.each(lower) {
            counts[pattern] += 1;
        }
        counts
    }

    fn compares(&self, lower: &str) -> bool {
        self.comparisons
            .find_overlapping_iter(lower)
            .any(|found| whole_word(lower, found.start(), found.end()))
    }
}

/// How often the whole topic uses each word of each condition, counted once per topic
/// so that judging a sentence costs the length of the sentence, not of the topic.
pub(crate) struct TopicTerms {
    counts: Vec<usize>,
}

impl TopicTerms {
    /// The counts for `topic`, the whole topic's text in lower case.
    pub(crate) fn of(topic: &str) -> TopicTerms {
        TopicTerms {
            counts: TERMS.counts(topic),
        }
    }
}

/// Whether `text` holds any condition's word at all: most fields hold none, and need not
/// be split into sentences.
pub(crate) fn mentions_a_condition(text: &str) -> bool {
    TERMS.automaton.is_match(&text.to_lowercase())
}

/// The condition whose words `sentence` uses although the rest of its topic (`topic`,
/// which counts the sentence too) never uses any of them. Two or more such words, or one
/// that is not a part of the body or a common symptom (a medicine, a test, a device, the
/// condition's name), make the finding. `None` when the sentence compares conditions
/// (see [`COMPARISONS`]).
pub(crate) fn foreign_condition(sentence: &str, topic: &TopicTerms) -> Option<ForeignWords> {
    let terms = &*TERMS;
    let lower = sentence.to_lowercase();
    let mut here = vec![0usize; terms.open.len()];
    let mut first: Vec<Option<&str>> = vec![None; terms.open.len()];
    let mut any = false;
    for (pattern, word) in terms.each(&lower) {
        here[pattern] += 1;
        first[pattern].get_or_insert(word);
        any = true;
    }
    if !any || terms.compares(&lower) {
        return None;
    }
    let mut best: Option<ForeignWords> = None;
    for ((condition, _), range) in CONDITIONS.iter().zip(&terms.ranges) {
        let patterns = || range.clone();
        // A condition the rest of the topic speaks of in any of its words is the topic's
        // own, or one it already discusses.
        if patterns().any(|pattern| topic.counts[pattern] > here[pattern])
            || patterns().all(|pattern| here[pattern] == 0)
        {
            continue;
        }
        let mut words: Vec<String> = Vec::new();
        for pattern in patterns() {
            if let Some(word) = first[pattern]
                && !words.iter().any(|known| known == word)
            {
                words.push(word.to_owned());
            }
        }
        let strong = words.len() >= 2 || words.first().is_some_and(|word| !is_body_word(word));
        if strong
            && best
                .as_ref()
                .is_none_or(|best| words.len() > best.words.len())
        {
            best = Some(ForeignWords { condition, words });
        }
    }
    best
}

/// Words that name a part of the body or a common symptom, which an honest sentence may
/// mention once (a side effect, where pain spreads): alone they make no finding.
fn is_body_word(word: &str) -> bool {
    const BODY: &[&str] = &[
        "heartburn",
        "wheeze",
        "wheezing",
        "wheezy",
        "headache",
        "headaches",
        "bloating",
        "wrist",
        "wrists",
        "fingers",
        "thumb",
        "thumbs",
        "elbow",
        "elbows",
        "forearm",
        "forearms",
        "heel",
        "heels",
        "ankle",
        "ankles",
        "knee",
        "knees",
        "neck",
        "shoulder",
        "shoulders",
        "hip",
        "hips",
        "groin",
        "buttock",
        "buttocks",
        "forehead",
        "temples",
        "big toe",
    ];
    BODY.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::{TopicTerms, foreign_condition};

    #[test]
    fn names_the_condition_a_stray_sentence_belongs_to() {
        let base = "trigger points in the muscles around the hip can cause pain in the buttock. \
                   heat and stretching may ease the pain.";
        let with = |sentence: &str| format!("{base} {}", sentence.to_lowercase());
        let stray = "Check your blood sugar before you eat, as diabetes can change it.";
        let found =
            foreign_condition(stray, &TopicTerms::of(&with(stray))).expect("a diabetes sentence");
        assert_eq!(found.condition, "diabetes");
        assert_eq!(found.words, ["diabetes", "blood sugar"]);
        let stray = "Use your reliever inhaler when you wheeze.";
        // Side effects and the spread of pain name other parts and symptoms honestly.
        for honest in [
            "It can upset your stomach or give you heartburn.",
            "Over-the-counter pain relievers can ease the pain.",
        ] {
            assert_eq!(
                foreign_condition(honest, &TopicTerms::of(&with(honest))),
                None,
                "{honest}"
            );
        }
        assert!(foreign_condition(stray, &TopicTerms::of(&with(stray))).is_some());
        // A condition the rest of the topic speaks of is the topic's own.
        let topic = format!("{} use your inhaler as your nurse showed you.", with(stray));
        assert_eq!(foreign_condition(stray, &TopicTerms::of(&topic)), None);
        // The topic's own words, a comparison, and a single part of the body pass.
        for honest in [
            "Stretch the muscles around your hip each day.",
            "Ibuprofen is not for people with asthma or diabetes.",
            "Pain in the knee can come from the hip.",
            "Gout can also cause sudden pain, but in the big toe.",
        ] {
            assert_eq!(
                foreign_condition(honest, &TopicTerms::of(&with(honest))),
                None,
                "{honest}"
            );
        }
    }
}
