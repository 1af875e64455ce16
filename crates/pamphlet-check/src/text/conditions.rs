//! Words that belong to one condition's care: its name, its medicines, its tests, its
//! devices and the parts of the body it affects. A sentence that leans on such words when
//! the rest of its topic never uses them was most likely pasted from another guide (a
//! diabetes diet in a hip guide, inhaler advice in a gout guide); `off-topic-text` reports
//! it, naming the words and the condition they belong to.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::condition_words::CONDITIONS;
use super::words::whole_word;

/// Phrases that mark a sentence as comparing or excluding another condition, which an
/// honest guide does ("pain in the groin may come from the hip joint instead", "not for
/// people with diabetes").
const COMPARISONS: &[&str] = &[
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
    "not suitable",
    "may be",
    "might be",
    "could be",
    "along with",
    "not known",
    // Interactions: a medicine for another condition the reader may take.
    "if you take",
    "if you are taking",
    "if you use",
    // Medicines the reader takes, named to warn of an interaction.
    "you take",
    "you are taking",
    "you already take",
    "you use",
    // Evidence borrowed from research in another condition.
    "studies in",
    "study in",
    "trials in",
    "trial in",
    "research in",
];

/// Conditions put to the reader ("if you have asthma", "if I take warfarin") or named as
/// what a sign points to ("signs of a stroke"), which are comparisons only when what
/// follows them, after a verb or an article, is the other condition's word: "if you have
/// muscle pain", "if I use it on my eyelids" and "at the first sign of the headache" say
/// nothing of another condition.
const CONDITIONAL_PHRASES: &[&str] = &["if you have", "if i", "sign of", "signs of"];

/// Words between a conditional phrase and the condition it names: "if I have had a
/// stroke", "if I take warfarin".
const CONDITIONAL_FILLERS: &[&str] = &[
    "have", "has", "had", "a", "an", "am", "also", "take", "use", "get", "got", "been", "ever",
    "already", "are", "suffer", "from", "with",
];

/// Phrases that ask whether something the reader takes or has is behind the topic's own
/// problem ("could my inhaler be making the heartburn worse?"): with a word of the topic's
/// condition in the sentence, another condition's medicine is named as a possible cause.
const POSSIBLE_CAUSES: &[&str] = &[
    "be making",
    "be causing",
    "be behind",
    "be the cause",
    "be triggering",
    "be worsening",
    "making it worse",
    "make it worse",
];

/// Words that mark a sentence as describing side effects ("ibuprofen can upset your
/// stomach"), which honestly name other parts of the body and symptoms: in such a
/// sentence only another condition's own words count.
const SIDE_EFFECTS: &[&str] = &[
    "side effect",
    "side effects",
    "can cause",
    "may cause",
    "can upset",
    "can irritate",
    "can bring on",
    "bring on",
    "cause a",
    // Harms put as risks: "can lead to cataracts", "raises the risk of a fall".
    "can lead to",
    "may lead to",
    "risk of",
];

/// Verbs of a treatment's harm, after which another condition's word is the harm done, not
/// the subject of the sentence: "oral steroids can raise blood sugar".
const HARMS_DONE: &[&str] = &[
    "can raise",
    "may raise",
    "can increase",
    "may increase",
    "can affect",
    "may affect",
    "can worsen",
    "may worsen",
    "can trigger",
    "may trigger",
];

/// What a field says by its nature, which decides how much evidence of another condition
/// a sentence in it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldNature {
    /// Text about the topic: one own word of another condition, or two of any kind.
    Prose,
    /// A treatment's risks, side effects, serious harms or when to stop it, which name
    /// symptoms and other parts of the body honestly: one own word.
    Harms,
    /// Who should not use a treatment (`not_for`), which names other conditions and
    /// their medicines one by one: two own words of one condition.
    Exclusions,
}

/// Words of another condition found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ForeignWords {
    pub(crate) condition: &'static str,
    pub(crate) words: Vec<String>,
}

/// Every condition's words in one automaton, so that a text is read once for all of
/// them: each condition's own words, then its shared words, numbered one after another.
struct Terms {
    automaton: AhoCorasick,
    /// For each pattern: whether it matches any ending (`*`).
    open: Vec<bool>,
    /// For each pattern: whether it is one of its condition's own words.
    own: Vec<bool>,
    /// Each condition's patterns, which are numbered one after another.
    ranges: Vec<std::ops::Range<usize>>,
    /// For each pattern: its condition's place in [`CONDITIONS`].
    condition: Vec<usize>,
    /// For each pattern: whether it is a phrase of more than one word.
    phrase: Vec<bool>,
    comparisons: AhoCorasick,
    side_effects: AhoCorasick,
    possible_causes: AhoCorasick,
    conditionals: AhoCorasick,
    harms_done: AhoCorasick,
}

static TERMS: LazyLock<Terms> = LazyLock::new(|| {
    let mut stems = Vec::new();
    let mut open = Vec::new();
    let mut own = Vec::new();
    let mut ranges = Vec::new();
    let mut condition_of = Vec::new();
    let mut phrase = Vec::new();
    for (index, condition) in CONDITIONS.iter().enumerate() {
        let first = stems.len();
        let words = condition.own.iter().map(|word| (word, true));
        for (word, is_own) in words.chain(condition.shared.iter().map(|word| (word, false))) {
            let (stem, is_open) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (*word, false),
            };
            phrase.push(stem.contains([' ', '-']));
            stems.push(stem);
            open.push(is_open);
            own.push(is_own);
            condition_of.push(index);
        }
        ranges.push(first..stems.len());
    }
    Terms {
        automaton: super::automaton()
            .build(stems)
            .expect("the conditions' words build an automaton"),
        open,
        own,
        ranges,
        condition: condition_of,
        phrase,
        comparisons: super::automaton()
            .build(COMPARISONS)
            .expect("the comparisons build an automaton"),
        side_effects: super::automaton()
            .build(SIDE_EFFECTS)
            .expect("the side-effect phrases build an automaton"),
        possible_causes: AhoCorasick::new(POSSIBLE_CAUSES)
            .expect("the possible-cause phrases build an automaton"),
        conditionals: AhoCorasick::new(CONDITIONAL_PHRASES)
            .expect("the conditional phrases build an automaton"),
        harms_done: AhoCorasick::new(HARMS_DONE).expect("the harm verbs build an automaton"),
    }
});

impl Terms {
    /// Each whole-word match in `lower` of a condition's word: its pattern and the word
    /// as written (to its end, for a word that matches any ending).
    fn each<'t>(
        &'t self,
        lower: &'t str,
    ) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + 't {
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
                whole_word(lower, found.start(), end).then(|| (pattern, found.start()..end))
            })
    }

    fn counts(&self, lower: &str) -> Vec<usize> {
        let mut counts = vec![0; self.open.len()];
        for (pattern, _) in self.each(lower) {
            counts[pattern] += 1;
        }
        counts
    }

    fn compares(&self, lower: &str, found: &[(usize, std::ops::Range<usize>)]) -> bool {
        Self::any_phrase(&self.comparisons, lower)
            || puts_a_condition(&self.conditionals, lower, found)
    }

    fn tells_side_effects(&self, lower: &str) -> bool {
        Self::any_phrase(&self.side_effects, lower)
    }

    fn any_phrase(phrases: &AhoCorasick, lower: &str) -> bool {
        phrases
            .find_overlapping_iter(lower)
            .any(|found| whole_word(lower, found.start(), found.end()))
    }
}

/// How often the whole topic uses each word of each condition, counted once per topic
/// so that judging a sentence costs the length of the sentence, not of the topic; and
/// the conditions its title names.
pub(crate) struct TopicTerms {
    counts: Vec<usize>,
    /// For each condition: whether the topic's title uses any of its words.
    titled: Vec<bool>,
}

impl TopicTerms {
    /// The counts for `topic`, the whole topic's text in lower case.
    pub(crate) fn of(topic: &str) -> TopicTerms {
        TopicTerms {
            counts: TERMS.counts(topic),
            titled: vec![false; CONDITIONS.len()],
        }
    }

    /// These counts for a topic whose title is `title`: the conditions it names are the
    /// topic's own ("Trigger points and hip pain": hip pain), at home in it whatever
    /// else the topic says.
    pub(crate) fn titled(mut self, title: &str) -> TopicTerms {
        let lower = title.to_lowercase();
        for (pattern, _) in TERMS.each(&lower) {
            self.titled[TERMS.condition[pattern]] = true;
        }
        self
    }
}

/// The byte ranges of `lower` (a text in lower case) where it uses a phrase of the
/// lexicon, an entry of more than one word ("peak flow", "fingertip unit").
pub(crate) fn phrases_in(lower: &str) -> Vec<std::ops::Range<usize>> {
    TERMS
        .each(lower)
        .filter(|(pattern, _)| TERMS.phrase[*pattern])
        .map(|(_, span)| span)
        .collect()
}

/// Whether `text` holds any condition's word at all: most fields hold none, and need not
/// be split into sentences.
pub(crate) fn mentions_a_condition(text: &str) -> bool {
    TERMS.automaton.is_match(&text.to_lowercase())
}

/// Whether `lower` puts a condition to the reader ("if you have asthma", "if I have had
/// a stroke"): a conditional phrase followed, past a verb or an article, by a word of the
/// lexicon found in the sentence (`found`).
fn puts_a_condition(
    conditionals: &AhoCorasick,
    lower: &str,
    found: &[(usize, std::ops::Range<usize>)],
) -> bool {
    // Every conditional phrase in one pass over the sentence.
    conditionals.find_overlapping_iter(lower).any(|phrase| {
        {
            let (at, end) = (phrase.start(), phrase.end());
            if !whole_word(lower, at, end) {
                return false;
            }
            // The first word after the phrase that is not a filler: where a condition's
            // word must begin.
            let mut position = end;
            for word in lower[end..].split(' ') {
                if word.is_empty() {
                    position += 1;
                    continue;
                }
                if !CONDITIONAL_FILLERS.contains(&word) {
                    break;
                }
                position += word.len() + 1;
            }
            found.iter().any(|(_, span)| span.start == position)
        }
    })
}

/// Whether a condition's word comes straight after words that say the reader has it or
/// had it ("you have diabetes", "who have had a heart attack", "diagnosed with gout"):
/// the reader's history, not another guide's advice. "You have new numbness" describes a
/// symptom and is judged like any other sentence.
fn names_a_history(lower: &str, found: &[(usize, std::ops::Range<usize>)]) -> bool {
    const HISTORY: &[&str] = &[
        "you have",
        "you have had",
        "you've had",
        "you had",
        "who have",
        "who have had",
        "who has",
        "who has had",
        "have had",
        "has had",
        "diagnosed with",
        "history of",
    ];
    found.iter().any(|(_, span)| {
        let before = lower[..span.start].trim_end();
        let before = before
            .strip_suffix(" a")
            .or_else(|| before.strip_suffix(" an"))
            .unwrap_or(before);
        HISTORY.iter().any(|history| {
            before.ends_with(history)
                && before[..before.len() - history.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric())
        })
    })
}

/// How many distinct own words of a condition the rest of a topic must use for the
/// condition to be at home in it (as the conditions its title names are): the topic's
/// own condition, or one it discusses.
const AT_HOME: usize = 2;

/// The condition whose words `sentence` uses although the rest of its topic (`topic`,
/// which counts the sentence too) does not. A word counts when the rest of the topic
/// never uses it, and the condition is not at home in the topic (see [`AT_HOME`]). One of the condition's own words (its name, a
/// medicine, a test, a device, a hallmark sign), or two of any of its words (parts of
/// the body, symptoms, triggers), make the finding; the condition with most such words
/// is named. `None` when the sentence compares conditions (see [`COMPARISONS`]).
///
/// `nature` says what the sentence's field says by its nature, which decides how much
/// evidence another condition needs there (see [`FieldNature`]).
pub(crate) fn foreign_condition(
    sentence: &str,
    topic: &TopicTerms,
    nature: FieldNature,
) -> Option<ForeignWords> {
    let terms = &*TERMS;
    let lower = sentence.to_lowercase();
    let found: Vec<(usize, std::ops::Range<usize>)> = terms.each(&lower).collect();
    if found.is_empty() || terms.compares(&lower, &found) || names_a_history(&lower, &found) {
        return None;
    }
    // How often the sentence itself uses a pattern: a sentence finds few, so they are
    // counted among them rather than in a table of every pattern.
    let here = |pattern: usize| found.iter().filter(|(each, _)| *each == pattern).count();
    let elsewhere =
        |pattern: usize| topic.counts[pattern] > 0 && topic.counts[pattern] > here(pattern);
    let at_home = |condition: usize| {
        topic.titled[condition]
            || terms.ranges[condition]
                .clone()
                .filter(|pattern| terms.own[*pattern] && elsewhere(*pattern))
                .nth(AT_HOME - 1)
                .is_some()
    };
    // A sentence that also speaks of a condition at home in the topic is tied to the
    // topic: the parts of the body and symptoms it shares with another condition are
    // the topic's own business ("both feet tingle" in a heel guide), and only another
    // condition's own words count against it. A word of the topic's condition ties the
    // sentence even when no other sentence uses it ("is called sciatica" in a back guide
    // that says so once).
    let home_word = |pattern: usize| at_home(terms.condition[pattern]);
    // One that names a condition at home in the topic is about the topic: another
    // condition beside it is a cause, a risk or a comparison ("diabetes makes carpal
    // tunnel syndrome more likely").
    if found
        .iter()
        .any(|(pattern, _)| terms.own[*pattern] && home_word(*pattern))
    {
        return None;
    }
    // So does one that asks whether something else is behind the topic's problem, named
    // in a word of the topic's condition: "could my inhaler be making the heartburn
    // worse?".
    if Terms::any_phrase(&terms.possible_causes, &lower)
        && found.iter().any(|(pattern, _)| home_word(*pattern))
    {
        return None;
    }
    let anchored = nature != FieldNature::Prose
        || found.iter().any(|(pattern, _)| home_word(*pattern))
        || terms.tells_side_effects(&lower);
    // Only the conditions whose words the sentence uses, in the lexicon's order (which
    // settles a tie).
    let mut conditions: Vec<usize> = found
        .iter()
        .map(|(pattern, _)| terms.condition[*pattern])
        .collect();
    conditions.sort_unstable();
    conditions.dedup();
    // In a treatment's harms, the words after "can raise" or "may affect" are the harm it
    // does (another condition's sign, honestly named), not a pasted passage.
    let harm_from = (nature == FieldNature::Harms)
        .then(|| terms.harms_done.find(&lower).map(|verb| verb.end()))
        .flatten();
    let mut best: Option<ForeignWords> = None;
    for index in conditions {
        let (condition, range) = (&CONDITIONS[index], &terms.ranges[index]);
        if at_home(index) {
            continue;
        }
        // Its words in the sentence that the rest of the topic never uses, each once; a
        // word inside a longer one of the same condition ("knee" in "knee replacement")
        // is part of it.
        let mine: Vec<&(usize, std::ops::Range<usize>)> = found
            .iter()
            .filter(|(pattern, _)| range.contains(pattern))
            .collect();
        let mut words: Vec<String> = Vec::new();
        let mut own_words = 0;
        for (pattern, span) in &mine {
            let inside_another = mine.iter().any(|(_, other)| {
                other != span && other.start <= span.start && span.end <= other.end
            });
            let word = &lower[span.clone()];
            if inside_another || elsewhere(*pattern) || words.iter().any(|known| known == word) {
                continue;
            }
            let harm_done = harm_from.is_some_and(|from| span.start >= from);
            own_words += usize::from(terms.own[*pattern] && !harm_done);
            words.push(word.to_owned());
        }
        // A list of who should not use a treatment names one condition or medicine at a
        // time ("not for people with heart disease; tell your doctor about antidepressants
        // you take"): only a passage about another condition's care, in two of its own
        // words, stands out there.
        let strong = match nature {
            FieldNature::Exclusions => own_words >= 2,
            FieldNature::Prose | FieldNature::Harms => own_words >= 1,
        };
        if (strong || (words.len() >= 2 && !anchored))
            && best
                .as_ref()
                .is_none_or(|best| words.len() > best.words.len())
        {
            best = Some(ForeignWords {
                condition: condition.name,
                words,
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::{FieldNature, TopicTerms, foreign_condition};

    /// A hip guide in a few sentences, with `sentence` added, as the rule sees it.
    fn hip_topic_with(sentence: &str) -> TopicTerms {
        let base = "trigger points in the muscles around the hip can cause pain in the buttock. \
                    the hip joint itself is rarely the cause. heat and stretching may ease the pain.";
        TopicTerms::of(&format!("{base} {}", sentence.to_lowercase()))
    }

    fn judged(sentence: &str) -> Option<(&'static str, Vec<String>)> {
        foreign_condition(sentence, &hip_topic_with(sentence), FieldNature::Prose)
            .map(|found| (found.condition, found.words))
    }

    #[test]
    fn names_the_condition_a_stray_sentence_belongs_to() {
        let stray = "Check your blood sugar before you eat, as diabetes can change it.";
        let found = judged(stray).expect("a diabetes sentence");
        assert_eq!(found.0, "diabetes");
        assert_eq!(found.1, ["blood sugar", "diabetes"]);
        assert!(judged("Use your reliever inhaler when you wheeze.").is_some());
        // A symptom said to the reader is not their history.
        assert!(
            judged("You have new numbness and cannot pass urine from the lumbar spine.").is_some()
        );
        // Side effects and the spread of pain name other parts and symptoms honestly.
        for honest in [
            "It can upset your stomach or give you heartburn.",
            "Over-the-counter pain relievers can ease the pain.",
        ] {
            assert_eq!(judged(honest), None, "{honest}");
        }
        // The topic's own words, a comparison, and a single part of the body pass.
        for honest in [
            "Stretch the muscles around your hip each day.",
            "Ibuprofen is not for people with asthma or diabetes.",
            "Pain in the knee can come from the hip.",
            "Gout can also cause sudden pain, but in the big toe.",
            // The reader's history, not another guide's advice.
            "You have diabetes and notice a cut on your foot.",
            "It is not for people who have had a heart attack.",
        ] {
            assert_eq!(judged(honest), None, "{honest}");
        }
    }

    #[test]
    fn two_parts_of_the_body_or_symptoms_of_another_condition_are_enough() {
        let found = judged("Strengthening the thigh muscles helps when you climb stairs.");
        assert_eq!(
            found,
            Some((
                "knee osteoarthritis",
                vec!["thigh".to_owned(), "stairs".to_owned()]
            ))
        );
        let found = judged("Pins and needles in the thumb wake you at night.");
        assert_eq!(found.map(|found| found.0), Some("carpal tunnel syndrome"));
    }

    #[test]
    fn only_words_the_rest_of_the_topic_never_uses_count() {
        let stray = "Use your reliever inhaler when you wheeze.";
        // A topic that names asthma once, as a warning, does not make it the topic's own:
        // the sentence's other words still point to it.
        let topic = TopicTerms::of(&format!(
            "trigger points hurt. the hip joint aches. ask first if you have asthma. {}",
            stray.to_lowercase()
        ));
        let found =
            foreign_condition(stray, &topic, FieldNature::Prose).expect("an asthma sentence");
        assert_eq!(found.words, ["reliever inhaler", "wheeze"]);
        // A topic that speaks of asthma in its own words is about asthma.
        let topic = TopicTerms::of(&format!(
            "asthma makes the airways narrow. use your inhaler as your nurse showed you. {}",
            stray.to_lowercase()
        ));
        assert_eq!(foreign_condition(stray, &topic, FieldNature::Prose), None);
        // So is a topic whose title names asthma, whatever words the rest of it uses.
        let topic = TopicTerms::of(&format!("keep it with you. {}", stray.to_lowercase()));
        assert!(foreign_condition(stray, &topic, FieldNature::Prose).is_some());
        assert_eq!(
            foreign_condition(
                stray,
                &topic.titled("Living with asthma"),
                FieldNature::Prose
            ),
            None
        );
    }

    #[test]
    fn causes_interactions_and_side_effects_are_the_topics_business() {
        for honest in [
            // Names the topic's condition: another one beside it is a cause or a risk.
            "Diabetes makes trigger points in the hip joint more likely to come back.",
            // A medicine for another condition the reader may take.
            "Tell your doctor if you take warfarin or another blood thinner.",
            // Evidence from research in another condition.
            "Studies in back pain found a small benefit from heat.",
            // Side effects name other parts of the body and symptoms.
            "Ibuprofen can upset your stomach and bring on heartburn.",
        ] {
            assert_eq!(judged(honest), None, "{honest}");
        }
        // A part of the body the topic knows ties a sentence to it: only another
        // condition's own words would count against it.
        assert_eq!(
            judged("Pain from the hip can spread to the groin and knee."),
            None
        );
        // So do the risks of a treatment: "tummy ache and diarrhoea" is a side effect.
        let risk = "Tummy ache and diarrhoea.";
        assert!(judged(risk).is_some());
        assert_eq!(
            foreign_condition(risk, &hip_topic_with(risk), FieldNature::Harms),
            None
        );
    }

    #[test]
    fn knows_more_conditions_and_their_distinctive_words() {
        for (stray, condition) in [
            // An inhaler's parts and medicines.
            (
                "Shake the canister and check the dose counter first.",
                "asthma",
            ),
            ("Rinse your mouth after each dose of budesonide.", "asthma"),
            // Blood pressure readings and medicines.
            (
                "Aim for a reading under 135/85 at home.",
                "high blood pressure",
            ),
            (
                "Losartan is taken once a day, at the same time.",
                "high blood pressure",
            ),
            // Ankle ligaments: two of its words.
            (
                "Keep the strapping on until the ankle stops giving way.",
                "ankle sprain",
            ),
            // Conditions the lexicon did not know.
            ("Wear the CPAP mask every night.", "sleep apnoea"),
            (
                "Apixaban is taken twice a day, twelve hours apart.",
                "atrial fibrillation",
            ),
            (
                "Take levodopa at the same times each day.",
                "Parkinson's disease",
            ),
            (
                "Mesalazine keeps ulcerative colitis quiet between flares.",
                "inflammatory bowel disease",
            ),
            ("Pain after fatty food may mean gallstones.", "gallstones"),
            (
                "Urge incontinence often settles with bladder exercises.",
                "urinary incontinence",
            ),
            ("The PSA test is a simple blood test.", "prostate problems"),
            (
                "Your optician can check for glaucoma at a routine sight test.",
                "eye disease",
            ),
            (
                "Hearing aids also mask tinnitus for many people.",
                "hearing loss and tinnitus",
            ),
            (
                "Brush your teeth twice a day and floss the gums gently.",
                "dental problems",
            ),
            (
                "Paint terbinafine on the fungal nail daily.",
                "skin infection",
            ),
            ("Always carry your epilepsy card.", "epilepsy"),
            // The host guides' own conditions, in other everyday phrasings.
            ("Lie in a quiet, dark room until it passes.", "migraine"),
            (
                "A water infection often clears in three days.",
                "urinary infection",
            ),
            (
                "Keep your nails short so scratching does less harm.",
                "eczema",
            ),
            ("Roll your arch over a frozen bottle.", "plantar fasciitis"),
        ] {
            assert_eq!(
                judged(stray).map(|found| found.0),
                Some(condition),
                "{stray}"
            );
        }
    }

    /// A topic of `base`, titled `title`, with `sentence` added, and the condition the
    /// sentence is found to speak of.
    fn judged_in(title: &str, base: &str, sentence: &str) -> Option<&'static str> {
        let topic = TopicTerms::of(&format!("{base} {}", sentence.to_lowercase())).titled(title);
        foreign_condition(sentence, &topic, FieldNature::Prose).map(|found| found.condition)
    }

    /// A symptom many conditions share (scaly skin, an overactive immune response) does
    /// not point to one; a condition's own words still do.
    #[test]
    fn a_generic_symptom_alone_points_nowhere() {
        let eczema = "atopic eczema makes the skin dry and itchy. emollients soothe the skin.";
        for honest in [
            "The skin feels dry, rough and scaly, and may crack.",
            "Ultraviolet light calms the overactive immune response in the skin.",
        ] {
            assert_eq!(judged_in("Eczema", eczema, honest), None, "{honest}");
        }
        for (pasted, condition) in [
            (
                "Thick, scaly plaques form on the elbows and knees.",
                "psoriasis",
            ),
            (
                "Levothyroxine for an underactive thyroid is taken before breakfast.",
                "thyroid disease",
            ),
        ] {
            assert_eq!(
                judged_in("Eczema", eczema, pasted),
                Some(condition),
                "{pasted}"
            );
        }
    }

    /// A word of the topic's own condition ties a sentence to it even when no other
    /// sentence uses that word: the nerve symptoms of sciatica in a back guide.
    #[test]
    fn a_word_of_the_topics_condition_ties_a_sentence_to_it() {
        let back = "low back pain is common. most back pain gets better in a few weeks.";
        for honest in [
            "Pain that spreads down one leg below the knee, sometimes with tingling or numbness, is called sciatica.",
            "Lifting, twisting or bending awkwardly can strain the muscles and ligaments of the back.",
        ] {
            assert_eq!(judged_in("Low back pain", back, honest), None, "{honest}");
        }
        for (pasted, condition) in [
            (
                "Numbness and tingling in the thumb and first two fingers wake you at night.",
                "carpal tunnel syndrome",
            ),
            (
                "After a twisting injury, the ligaments take weeks to heal, so keep the strapping on.",
                "ankle sprain",
            ),
        ] {
            assert_eq!(
                judged_in("Low back pain", back, pasted),
                Some(condition),
                "{pasted}"
            );
        }
    }

    #[test]
    fn other_conditions_named_for_good_reason_still_pass() {
        for honest in [
            // Warnings, comparisons and interactions.
            "Ibuprofen is not suitable if you have high blood pressure.",
            "Tell your doctor if you take apixaban or another blood thinner.",
            "Pain in the hip can be mistaken for gallstones or a hernia.",
            "Some nerve pain medicines, such as those for epilepsy, may help.",
            "People with glaucoma should ask before using this medicine.",
            // One shared word of another condition alone is not enough.
            "Keep a brace on only while you walk.",
            "Keep your nails short and clean.",
            "Your pulse may speed up a little during exercise.",
            "Sleep on your side if your hip allows it.",
            // The reader's history, and the medicines the reader takes.
            "You have had a stroke or have atrial fibrillation.",
            "Tell your doctor about any antidepressants you take.",
            // Harms of a treatment, and a red flag of back and hip guides.
            "Long courses of steroid tablets can lead to cataracts or glaucoma.",
            "You suddenly cannot control your bladder (incontinence).",
            // Advice a guide for a long-term condition rightly gives.
            "Get a flu jab and a COVID-19 vaccine each autumn.",
        ] {
            assert_eq!(judged(honest), None, "{honest}");
        }
    }

    /// "If you have" and "if I" excuse a sentence only when another condition is what
    /// they put to the reader; a question whether another medicine is behind the topic's
    /// own problem is the topic's business; an ankle's balance work needs two of its words.
    #[test]
    fn conditions_put_to_the_reader_possible_causes_and_balance_work() {
        for (pasted, condition) in [
            (
                "Statins can give you aches, so tell your doctor if you have muscle pain.",
                "heart disease",
            ),
            (
                "Will the steroid cream thin my skin if I use it on my face?",
                "eczema",
            ),
            (
                "Could my asthma inhaler be making my voice hoarse?",
                "asthma",
            ),
            (
                "Stand on the injured leg with your eyes shut to retrain your balance.",
                "ankle sprain",
            ),
        ] {
            assert_eq!(
                judged(pasted).map(|found| found.0),
                Some(condition),
                "{pasted}"
            );
        }
        for honest in [
            "Ask first if you have asthma.",
            "Can I take it if I have had a stroke?",
            "Could my asthma inhaler be making my hip pain worse?",
            "Stand on one leg by the kitchen worktop to improve your balance.",
        ] {
            assert_eq!(judged(honest), None, "{honest}");
        }
    }

    /// "At the first sign of" is a time, not another condition; the harm a treatment
    /// does ("can raise blood sugar") is named honestly in its risks, where another
    /// medicine's side effects are not.
    #[test]
    fn signs_as_timing_and_harms_a_treatment_does() {
        for (pasted, condition) in [
            (
                "Sumatriptan works best at the first sign of the headache.",
                "migraine",
            ),
            (
                "Do pelvic floor exercises three times a day.",
                "urinary incontinence",
            ),
        ] {
            assert_eq!(
                judged(pasted).map(|found| found.0),
                Some(condition),
                "{pasted}"
            );
        }
        assert_eq!(
            judged("Weakness in an arm or a drooping face can be signs of a stroke."),
            None
        );
        let harm = "Oral steroids can raise blood sugar.";
        assert_eq!(
            foreign_condition(harm, &hip_topic_with(harm), FieldNature::Harms),
            None
        );
        let pasted = "People who take a statin get muscle aches.";
        assert_eq!(
            foreign_condition(pasted, &hip_topic_with(pasted), FieldNature::Harms)
                .map(|found| found.condition),
            Some("heart disease")
        );
    }
}
