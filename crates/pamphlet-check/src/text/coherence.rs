//! Finding sentences that do not belong to their topic, such as pasted
//! advertising, by how few of their words the rest of the topic uses.

use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

use super::phrases::fold;
use super::sentences::SentenceStore;
use super::vocabulary::{ContentWord, content_words, content_words_of, is_health_stem, stem};
use super::words::words;
use super::{WordMap, WordSet};

/// How a sentence's content words are found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Vocabulary {
    /// English: stop words left out, words stemmed, everyday health words shared.
    English,
    /// Another language: its common words (when pamphlet has a list) left out, words
    /// compared as written (lowercase); nothing counts as shared but the topic's own
    /// words, so a translation is compared with itself, never with English.
    Other(&'static [&'static str]),
}

/// When a sentence counts as off-topic.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CoherenceOptions {
    /// A sentence whose share of shared content words is below this is
    /// off-topic.
    pub(crate) threshold: f64,
    /// Sentences with fewer content words are never reported: there is too
    /// little in them to judge.
    pub(crate) min_content_words: usize,
    pub(crate) vocabulary: Vocabulary,
}

impl Default for CoherenceOptions {
    fn default() -> Self {
        CoherenceOptions {
            threshold: 0.25,
            min_content_words: 4,
            vocabulary: Vocabulary::English,
        }
    }
}

/// A sentence that shares too little vocabulary with the rest of its topic.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct OffTopic {
    /// Index of the unit (text field) the sentence is in.
    pub(crate) unit: usize,
    /// Byte range of the sentence within that unit.
    pub(crate) range: Range<usize>,
    /// Share of the sentence's content words found elsewhere in the topic or
    /// in the health lexicon, from 0 to 1.
    pub(crate) score: f64,
    /// Its content words found nowhere else, lowercase, in order.
    pub(crate) foreign: Vec<String>,
}

/// The sentences of a topic that do not belong to it. `units` are the
/// topic's text fields (title, summary, each description …).
///
/// Each sentence is reduced to its content words (no stop words, stemmed). A
/// content word is shared when another sentence of the topic uses it, or when
/// it is an everyday health word. A sentence with at least
/// `min_content_words` content words, of which fewer than `threshold` are
/// shared, is reported. Repeated copies of one sentence count as one
/// sentence, so advertising pasted into two fields is still found.
pub(crate) fn off_topic_sentences<'a>(
    units: &[&'a str],
    options: &CoherenceOptions,
    split: &SentenceStore<'a>,
) -> Vec<OffTopic> {
    let mut analysed: Vec<AnalysedSentence> = Vec::new();
    for (unit, text) in units.iter().enumerate() {
        for sentence in split.of(text).iter() {
            let sentence_text = sentence.text(text);
            analysed.push(AnalysedSentence {
                unit,
                range: sentence.range.clone(),
                key: sentence_text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase(),
                words: match options.vocabulary {
                    Vocabulary::English => content_words_of(
                        split.words_of(sentence_text).iter().map(|(_, word)| *word),
                    ),
                    Vocabulary::Other(common) => plain_content_words(sentence_text, common),
                },
            });
        }
    }

    let mut sentences_using: WordMap<&str, usize> = WordMap::default();
    let mut counted: WordSet<&str> = WordSet::default();
    for sentence in &analysed {
        if !counted.insert(&sentence.key) {
            continue;
        }
        for (_, stemmed) in &sentence.words {
            *sentences_using.entry(&**stemmed).or_default() += 1;
        }
    }
    let is_shared = |stemmed: &str| {
        sentences_using
            .get(stemmed)
            .is_some_and(|count| *count >= 2)
            || (options.vocabulary == Vocabulary::English
                && (is_health_stem(stemmed) || is_research_stem(stemmed)))
    };

    let mut off_topic = Vec::new();
    for sentence in &analysed {
        if sentence.words.is_empty() || sentence.words.len() < options.min_content_words {
            continue;
        }
        let count_shared = |is_shared: &dyn Fn(&str) -> bool| {
            sentence
                .words
                .iter()
                .filter(|(_, stemmed)| is_shared(stemmed))
                .count()
        };
        let mut shared = count_shared(&is_shared);
        // Asked only of the few sentences that would be reported: the words of a
        // condition's phrase ("peak flow", "fingertip unit") are health words where
        // the sentence uses the whole phrase, and only there ("peak" alone is not).
        let in_phrase: Vec<String> = if (shared as f64)
            < options.threshold * sentence.words.len() as f64
            && options.vocabulary == Vocabulary::English
        {
            phrase_stems(
                units[sentence.unit]
                    .get(sentence.range.clone())
                    .unwrap_or_default(),
            )
        } else {
            Vec::new()
        };
        let is_shared =
            |stemmed: &str| is_shared(stemmed) || in_phrase.iter().any(|word| word == stemmed);
        if !in_phrase.is_empty() {
            shared = count_shared(&is_shared);
        }
        let score = shared as f64 / sentence.words.len() as f64;
        if score < options.threshold {
            off_topic.push(OffTopic {
                unit: sentence.unit,
                range: sentence.range.clone(),
                score,
                foreign: sentence
                    .words
                    .iter()
                    .filter(|(_, stemmed)| !is_shared(stemmed))
                    .map(|(word, _)| word.to_string())
                    .collect(),
            });
        }
    }
    off_topic
}

/// The words research is reported in, which an evidence note about any condition uses
/// ("studies of platelet-rich plasma injections have mixed results"): shared by every
/// guide, like its health words.
const RESEARCH_WORDS: &[&str] = &[
    "study",
    "studies",
    "trial",
    "trials",
    "evidence",
    "research",
    "researchers",
    "results",
    "review",
    "reviews",
    "placebo",
    "mixed",
    "findings",
    "participants",
];

/// Whether `stemmed`, a result of [`stem`], is the stem of one of [`RESEARCH_WORDS`].
fn is_research_stem(stemmed: &str) -> bool {
    static SET: LazyLock<WordSet<String>> =
        LazyLock::new(|| RESEARCH_WORDS.iter().map(|word| stem(word)).collect());
    SET.contains(stemmed)
}

/// The stems of the content words of each condition's phrase that `text` uses.
fn phrase_stems(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    super::conditions::phrases_in(&lower)
        .into_iter()
        .flat_map(|span| content_words(lower.get(span).unwrap_or_default()))
        .map(|(_, stemmed)| stemmed.to_string())
        .collect()
}

/// The content words of `text` in a language other than English: lowercase words of
/// three letters or more that are not among its `common` words, each once, in order,
/// each its own "stem".
fn plain_content_words(text: &str, common: &[&str]) -> Vec<ContentWord> {
    let mut seen: WordSet<String> = WordSet::default();
    let mut found = Vec::new();
    for (_, word) in words(text) {
        let lowercase = fold(word).into_owned();
        for part in lowercase.split(['-', '\u{2010}', '\u{2011}']) {
            if part.chars().count() < 3 || common.contains(&part) {
                continue;
            }
            if seen.insert(part.to_owned()) {
                let part: Rc<str> = Rc::from(part);
                found.push((Rc::clone(&part), part));
            }
        }
    }
    found
}

struct AnalysedSentence {
    unit: usize,
    range: Range<usize>,
    /// The sentence's text, lowercase with whitespace collapsed, so that
    /// copies of one sentence are counted once.
    key: String,
    words: Vec<ContentWord>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed article as transcribed into a topic, advert and all (the article as
    /// received lives outside the repository, in `../shared/seed/`).
    const ARTICLE: &str = include_str!(
        "../../../../tests/fixtures/seed-article/topics/hip-trigger-points-article.yaml"
    );
    const AD: &str = "Linear helps streamline software projects, sprints, tasks, and bug tracking.";

    /// Every text of the transcribed article, in document order: the strings the
    /// off-topic rule reads (ids and single words are not sentences).
    fn paragraphs(text: &str) -> Vec<String> {
        fn strings(value: &serde_json::Value, into: &mut Vec<String>) {
            match value {
                serde_json::Value::String(text) if text.contains(' ') => into.push(text.clone()),
                serde_json::Value::Array(items) => {
                    items.iter().for_each(|item| strings(item, into))
                }
                serde_json::Value::Object(map) => map.values().for_each(|item| strings(item, into)),
                _ => {}
            }
        }
        let root = crate::yaml::load(text, crate::yaml::Budget::default())
            .root
            .expect("the transcribed article parses");
        let mut found = Vec::new();
        strings(&root.to_json(), &mut found);
        found
    }

    fn reported<'a>(units: &[&'a str], found: &[OffTopic]) -> Vec<&'a str> {
        found
            .iter()
            .map(|off_topic| &units[off_topic.unit][off_topic.range.clone()])
            .collect()
    }

    #[test]
    fn finds_the_advertisement_in_the_seed_article() {
        let texts = paragraphs(ARTICLE);
        let units: Vec<&str> = texts.iter().map(String::as_str).collect();
        let found = off_topic_sentences(
            &units,
            &CoherenceOptions::default(),
            &SentenceStore::default(),
        );
        let ad = found
            .iter()
            .find(|off_topic| &units[off_topic.unit][off_topic.range.clone()] == AD)
            .unwrap_or_else(|| {
                panic!(
                    "advertisement not reported; reported: {:?}",
                    reported(&units, &found)
                )
            });
        assert!(ad.score < 0.2, "{}", ad.score);
        assert!(
            ad.foreign.contains(&"software".to_string()),
            "{:?}",
            ad.foreign
        );
        assert!(
            !ad.foreign.contains(&"helps".to_string()),
            "{:?}",
            ad.foreign
        );
    }

    #[test]
    fn no_health_sentence_of_the_seed_article_is_reported() {
        let texts = paragraphs(ARTICLE);
        assert!(texts.len() > 40, "{}", texts.len());
        let units: Vec<&str> = texts.iter().map(String::as_str).collect();
        let found = off_topic_sentences(
            &units,
            &CoherenceOptions::default(),
            &SentenceStore::default(),
        );
        assert_eq!(reported(&units, &found), [AD]);
    }

    const KNEE_TOPIC: &[&str] = &[
        "Knee pain",
        "Knee pain is common and often gets better with rest and simple exercises.",
        "Pain at the front of the knee often comes from overuse, such as running or jumping. \
         Resting the knee, using an ice pack and taking simple painkillers can ease the pain.",
        "Gentle exercises that strengthen the thigh muscles help support the knee.",
        "See a doctor if your knee is hot, swollen or gives way when you walk.",
    ];

    #[test]
    fn only_the_inserted_sentence_is_reported_in_a_short_topic() {
        let inserts = [
            "Cryptocurrency trading platforms offer leveraged futures contracts with low fees.",
            "Our project management app keeps your team's sprints, tasks and deadlines organised.",
        ];
        for insert in inserts {
            let mut units = KNEE_TOPIC.to_vec();
            units.insert(3, insert);
            let found = off_topic_sentences(
                &units,
                &CoherenceOptions::default(),
                &SentenceStore::default(),
            );
            assert_eq!(reported(&units, &found), [insert]);
            assert_eq!(found[0].unit, 3);
            assert_eq!(found[0].score, 0.0);
        }
        assert!(
            off_topic_sentences(
                KNEE_TOPIC,
                &CoherenceOptions::default(),
                &SentenceStore::default()
            )
            .is_empty()
        );
    }

    #[test]
    fn a_pasted_advertisement_repeated_in_two_fields_is_still_reported() {
        let mut units = KNEE_TOPIC.to_vec();
        units.push(AD);
        units.push(AD);
        let found = off_topic_sentences(
            &units,
            &CoherenceOptions::default(),
            &SentenceStore::default(),
        );
        assert_eq!(reported(&units, &found), [AD, AD]);
    }

    #[test]
    fn options_control_what_is_reported() {
        let units = [
            "Knee pain eases with rest.",
            "Quantum chromodynamics describes gluon interactions.",
        ];
        assert_eq!(
            off_topic_sentences(
                &units,
                &CoherenceOptions::default(),
                &SentenceStore::default()
            )
            .len(),
            1
        );
        let strict = CoherenceOptions {
            min_content_words: 6,
            ..CoherenceOptions::default()
        };
        assert!(off_topic_sentences(&units, &strict, &SentenceStore::default()).is_empty());
        let lenient = CoherenceOptions {
            threshold: 0.0,
            ..CoherenceOptions::default()
        };
        assert!(off_topic_sentences(&units, &lenient, &SentenceStore::default()).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert!(
            off_topic_sentences(&[], &CoherenceOptions::default(), &SentenceStore::default())
                .is_empty()
        );
        assert!(
            off_topic_sentences(
                &["", "🙂", "..."],
                &CoherenceOptions::default(),
                &SentenceStore::default()
            )
            .is_empty()
        );
        let zero = CoherenceOptions {
            threshold: 1.0,
            min_content_words: 0,
            vocabulary: Vocabulary::English,
        };
        let found = off_topic_sentences(
            &["🙂 sentence. Ärzte lindern Schmerzen schnell."],
            &zero,
            &SentenceStore::default(),
        );
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn a_spanish_topic_is_compared_with_itself_not_with_english() {
        let spanish = crate::text::languages::common_words("es").unwrap_or_default();
        let options = CoherenceOptions {
            vocabulary: Vocabulary::Other(spanish),
            ..CoherenceOptions::default()
        };
        let units = [
            "Un punto gatillo es una zona muy dolorosa en un músculo tenso de la cadera.",
            "El dolor de cadera puede llegar al muslo cuando el músculo está tenso.",
            "Los estiramientos suaves pueden aliviar el dolor del músculo de la cadera.",
            "Suscríbase hoy a nuestro boletín mensual con ofertas exclusivas por correo.",
        ];
        let found = off_topic_sentences(&units, &options, &SentenceStore::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].unit, 3);
        assert!(
            found[0].foreign.contains(&"boletín".to_owned()),
            "{:?}",
            found[0].foreign
        );
        // Spanish small words are not content words: "del" and "los" decide nothing.
        assert!(
            !found[0]
                .foreign
                .iter()
                .any(|word| spanish.contains(&word.as_str()))
        );
    }

    /// An evidence note speaks of studies, trials and results, which every guide's
    /// evidence notes share: not stray text for that.
    #[test]
    fn research_words_are_shared_by_every_guide() {
        let units = [
            "Heel pain comes from strain on the band under the foot.",
            "Stretching the calf and the sole of the foot eases the pain.",
            "Studies of shock-wave therapy have mixed results in trials so far.",
        ];
        let found = off_topic_sentences(
            &units,
            &CoherenceOptions::default(),
            &SentenceStore::default(),
        );
        assert!(found.is_empty(), "{:?}", reported(&units, &found));
        // Stray text stays stray however a study is named beside it.
        let units = [
            "Heel pain comes from strain on the band under the foot.",
            "Stretching the calf and the sole of the foot eases the pain.",
            "Our quarterly study of sprint velocity and roadmap planning is out now.",
        ];
        let found = off_topic_sentences(
            &units,
            &CoherenceOptions::default(),
            &SentenceStore::default(),
        );
        assert_eq!(
            reported(&units, &found).len(),
            1,
            "{:?}",
            reported(&units, &found)
        );
    }
}
