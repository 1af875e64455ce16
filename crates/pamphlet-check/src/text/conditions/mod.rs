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
        possible_causes: super::automaton()
            .build(POSSIBLE_CAUSES)
            .expect("the possible-cause phrases build an automaton"),
        conditionals: super::automaton()
            .build(CONDITIONAL_PHRASES)
            .expect("the conditional phrases build an automaton"),
        harms_done: super::automaton()
            .build(HARMS_DONE)
            .expect("the harm verbs build an automaton"),
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
mod tests;
