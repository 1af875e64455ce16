//! Vocabulary for comparing what sentences talk about: content words, a light
//! stemmer, English stop words and a lexicon of everyday health words.

use std::rc::Rc;
use std::sync::LazyLock;

use super::phrases::fold;
use super::words::words;
use super::{WordMemo, WordSet, remembered};

/// The content words of `text`, lowercase, each with its stem, each stem
/// once, in order of first appearance. Stop words, words under three letters
/// and contractions are left out; hyphenated words count as their parts, and
/// a possessive "'s" is dropped.
pub(crate) fn content_words(text: &str) -> Vec<ContentWord> {
    content_words_of(words(text).map(|(_, word)| word))
}

/// [`content_words`] of a text whose [`words`] are `text_words`.
pub(crate) fn content_words_of<'w>(text_words: impl Iterator<Item = &'w str>) -> Vec<ContentWord> {
    let mut found: Vec<ContentWord> = Vec::new();
    // The stems found, once there are enough of them for a search to cost more than a
    // hash: a sentence of n distinct words costs O(n), not O(n²).
    let mut seen: Option<WordSet<Rc<str>>> = None;
    for word in text_words {
        for part in remembered_parts(word).iter() {
            let known = match &seen {
                Some(seen) => seen.contains(&*part.1),
                None => found.iter().any(|(_, earlier)| *earlier == part.1),
            };
            if known {
                continue;
            }
            if let Some(seen) = &mut seen {
                seen.insert(Rc::clone(&part.1));
            }
            found.push(part.clone());
            if seen.is_none() && found.len() > INDEXED_WORDS {
                seen = Some(found.iter().map(|(_, stem)| Rc::clone(stem)).collect());
            }
        }
    }
    found
}

/// A content word, lowercase, and its stem; shared, since the same words come back in
/// every sentence of a topic.
pub(crate) type ContentWord = (Rc<str>, Rc<str>);

/// Sentences with more distinct content words than this look a stem up in a hash set.
const INDEXED_WORDS: usize = 16;

/// The content words one word of text (as written) stands for, remembered for the
/// thread: lowercase, a possessive "'s" dropped, split at hyphens, stop words, words
/// under three letters and contractions left out, each with its [`stem`].
fn remembered_parts(word: &str) -> Rc<[ContentWord]> {
    thread_local! {
        static PARTS: WordMemo<Rc<[ContentWord]>> = WordMemo::default();
    }
    remembered(&PARTS, word, |word| {
        let lowercase = fold(word);
        let without_possessive = lowercase.strip_suffix("'s").unwrap_or(&lowercase);
        if without_possessive.contains('\'') {
            return Rc::from([]);
        }
        without_possessive
            .split(['-', '\u{2010}', '\u{2011}'])
            .filter(|part| part.chars().count() >= 3 && !is_stop_word(part))
            .map(|part| (Rc::from(part), Rc::from(stem(part))))
            .collect()
    })
}

/// Whether `word` (lowercase) is an English function word or a very general
/// verb, which says nothing about what a sentence is about.
pub(crate) fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<WordSet<&str>> = LazyLock::new(|| STOP_WORDS.split_whitespace().collect());
    SET.contains(word)
}

/// Whether `stemmed`, a result of [`stem`], is the stem of an everyday health
/// word ("pain", "knee", "physiotherapist", "rest" …) or of a word that belongs to a
/// condition's care ("inhaler", "cartilage": the entries of one word of
/// [`super::condition_words::CONDITIONS`]; a phrase's words are health words only where
/// the phrase is used, which `coherence` asks). A condition's word is health vocabulary,
/// not stray text; whether it belongs to another condition is the conditions check's
/// question.
pub(crate) fn is_health_stem(stemmed: &str) -> bool {
    static SET: LazyLock<WordSet<String>> = LazyLock::new(|| {
        let conditions = super::condition_words::CONDITIONS
            .iter()
            .flat_map(|condition| condition.own.iter().chain(condition.shared))
            // A phrase's words are everyday words ("bladder training", "give way",
            // "upper right"): only an entry of one word is a health word.
            .filter(|entry| !entry.contains([' ', '-']))
            .map(|word| word.trim_end_matches('*'))
            .filter(|word| word.len() >= 4 && !is_stop_word(word));
        HEALTH_WORDS
            .split_whitespace()
            .chain(conditions)
            .map(stem)
            .collect()
    });
    SET.contains(stemmed)
}

/// A light stemmer for lowercase English words, so that "helps", "helping"
/// and "helped" all become "help". The result is a key for comparing words,
/// not always a word: "muscles" and "muscle" both become "muscl".
///
/// It removes one inflection (-s, -es, -ies, -ed, -ing), then one
/// derivational suffix (-ation, -ness, -ment, -ful, -less, -ity, -ly), and
/// finally a silent "e" and a final "y".
pub(crate) fn stem(word: &str) -> String {
    let mut stem = word.to_string();
    if stem.chars().count() <= 3 {
        return stem;
    }
    strip_inflection(&mut stem);
    for (suffix, shortest_rest) in [
        ("ation", 3),
        ("ness", 3),
        ("ment", 4),
        ("ful", 3),
        ("less", 3),
        ("ity", 4),
        ("ly", 4),
    ] {
        if let Some(rest) = stem.strip_suffix(suffix)
            && rest.chars().count() >= shortest_rest
        {
            let undouble = suffix == "ation";
            stem.truncate(rest.len());
            if undouble {
                undouble_final_consonant(&mut stem);
            }
            break;
        }
    }
    if stem.chars().count() > 3 {
        if stem.ends_with('e') {
            stem.pop();
        } else if stem.ends_with('y') {
            stem.pop();
            stem.push('i');
        }
    }
    stem
}

fn strip_inflection(stem: &mut String) {
    let has_vowel = |rest: &str| rest.chars().any(|character| "aeiouy".contains(character));
    if let Some(rest) = stem.strip_suffix("ies") {
        let length = rest.len();
        stem.truncate(length);
        stem.push('y');
    } else if stem.ends_with("es")
        && ["sses", "xes", "zes", "ches", "shes"]
            .iter()
            .any(|ending| stem.ends_with(ending))
    {
        stem.truncate(stem.len() - 2);
    } else if stem.ends_with('s')
        && !["ss", "us", "is"]
            .iter()
            .any(|ending| stem.ends_with(ending))
    {
        stem.pop();
    } else if let Some(rest) = stem.strip_suffix("ied") {
        let length = rest.len();
        stem.truncate(length);
        stem.push('y');
    } else if stem.ends_with("ed") && !stem.ends_with("eed") {
        let rest = &stem[..stem.len() - 2];
        if rest.chars().count() >= 3 && has_vowel(rest) {
            stem.truncate(stem.len() - 2);
            undouble_final_consonant(stem);
        }
    } else if let Some(rest) = stem.strip_suffix("ing")
        && rest.chars().count() >= 3
        && has_vowel(rest)
    {
        let length = rest.len();
        stem.truncate(length);
        undouble_final_consonant(stem);
    }
}

/// "stopp" → "stop", "inflamm" → "inflam"; but "stress", "fall" stay.
fn undouble_final_consonant(stem: &mut String) {
    let mut last_two = stem.chars().rev();
    let (Some(last), Some(before)) = (last_two.next(), last_two.next()) else {
        return;
    };
    if last == before && last.is_ascii_alphabetic() && !"aeioulsz".contains(last) {
        stem.pop();
    }
}

/// See [`is_stop_word`].
const STOP_WORDS: &str = "\
    about above across after again against all almost along already also although always among \
    and another any anybody anyone anything are around away because been before being below between both \
    but can could did does doing done down during each either else enough even ever every everybody everyone everything few \
    for from further get gets getting got had has have having her here hers herself him himself \
    his how however into its itself just least less let like made make makes making many may \
    might more most much must myself near neither never next nobody nor not nothing now off often \
    once one only \
    onto other others otherwise our ours ourselves out over own per perhaps quite rather really \
    same several shall she should since some somebody someone something sometimes still such than \
    that the their \
    theirs them themselves then there these they thing things this those though through \
    throughout thus together too toward towards under until upon use used uses using very via \
    was way well were what whatever when where whether which while who whom whose why will with \
    within without would yet you your yours yourself yourselves";

/// Everyday health, anatomy and self-care words, by group: feelings and signs;
/// problems; the body; care and the people who give it; self-care and daily
/// life; food; the stages of life at which a condition starts or changes. A sentence that uses them is about health even when the rest of the
/// topic words it differently.
const HEALTH_WORDS: &str = "\
    pain ache hurt sore tender stiff swelling swollen inflammation bruise numb tingling weak \
    tired fatigue fever dizzy nausea symptom discomfort cramp spasm tight sharp dull throbbing \
    injury injure sprain strain fracture wound infection arthritis condition illness disease \
    damage risk emergency \
    body hip knee leg back neck shoulder arm elbow wrist hand foot feet ankle thigh groin \
    buttock pelvis spine joint bone muscle tendon ligament nerve skin hair blood heart chest head \
    stomach tissue posture weight \
    doctor nurse physiotherapist physiotherapy physio therapist therapy pharmacist pharmacy \
    surgeon surgery hospital clinic appointment specialist healthcare health medical medicine \
    medication tablet painkiller ibuprofen paracetamol dose prescription injection treatment \
    diagnosis wellness telehealth patient advice \
    exercise stretch walk run activity active movement sit stand bend lift rest sleep ice heat \
    cold warm massage relief relieve recovery recover heal improve worse better safe diet food \
    drink water breathe mobility flexibility strength balance gentle daily routine comfortable \
    calorie nutrition protein fibre \
    baby infant child childhood teenager adult adulthood older elderly age aged lifetime life";

#[cfg(test)]
mod tests {
    use super::*;

    /// The single words of the conditions' lexicon are health vocabulary: a sentence
    /// about cartilage or emollients is not stray text. Business words are not, nor are
    /// the everyday words of a phrase ("peak" of "peak flow", "training" of a bladder's).
    #[test]
    fn conditions_words_are_health_words() {
        for word in ["cartilage", "inhalers", "emollients"] {
            assert!(is_health_stem(&stem(word)), "{word}");
        }
        for word in [
            "streamline",
            "sprints",
            "software",
            "the",
            "peak",
            "fingertip",
            "way",
        ] {
            assert!(!is_health_stem(&stem(word)), "{word}");
        }
    }

    /// A word in capitals is the same word in lowercase, Greek final sigma included.
    #[test]
    fn capitals_are_the_same_words() {
        assert_eq!(
            content_words("ΚΑΦΕΣ ΠΟΤΑΜΟΣ, Don’t Stretch"),
            content_words("καφες ποταμος, don't stretch")
        );
        assert_eq!(&*content_words("ΚΑΦΕΣ")[0].0, "καφες");
    }

    #[test]
    fn stems_join_inflections_and_derivations() {
        let groups: &[&[&str]] = &[
            &["help", "helps", "helping", "helped", "helpful"],
            &["muscle", "muscles"],
            &["stretch", "stretches", "stretching", "stretched"],
            &["therapy", "therapies"],
            &["inflammation", "inflamed"],
            &["treat", "treatment", "treatments", "treating"],
            &["move", "moving", "movement", "movements"],
            &["stop", "stopped", "stopping"],
            &["activity", "activities"],
            &["easy", "easily"],
            &["relax", "relaxation", "relaxing"],
            &["apply", "applied", "applying"],
        ];
        for group in groups {
            let stems: Vec<String> = group.iter().map(|word| stem(word)).collect();
            assert!(
                stems.iter().all(|found| *found == stems[0]),
                "{group:?} → {stems:?}"
            );
        }
        assert_eq!(stem("helping"), "help");
        assert_eq!(stem("muscles"), "muscl");
        assert_ne!(stem("apply"), stem("app"));
        assert_ne!(stem("early"), stem("ear"));
    }

    #[test]
    fn stems_leave_short_and_odd_words_alone() {
        for word in [
            "hip",
            "leg",
            "bed",
            "need",
            "stress",
            "arthritis",
            "virus",
            "thing",
        ] {
            assert!(word.starts_with(&stem(word)), "{word} → {}", stem(word));
        }
        for word in ["", "s", "ies", "ing", "ed", "ätion", "日本語", "éées"] {
            let _ = stem(word);
        }
    }

    #[test]
    fn content_words_drop_stop_words_short_words_and_contractions() {
        let words = content_words(
            "Here’s how the hip's muscles can't tighten: anti-inflammatory gels, muscles.",
        );
        let found: Vec<&str> = words.iter().map(|(word, _)| &**word).collect();
        assert_eq!(
            found,
            ["hip", "muscles", "tighten", "anti", "inflammatory", "gels"]
        );
    }

    #[test]
    fn word_lists_are_lowercase_without_duplicates() {
        for list in [STOP_WORDS, HEALTH_WORDS] {
            let words: Vec<&str> = list.split_whitespace().collect();
            for (index, word) in words.iter().enumerate() {
                assert!(!words[..index].contains(word), "{word} twice");
                assert_eq!(*word, word.to_lowercase());
            }
        }
        assert!(is_stop_word("the") && is_stop_word("yourselves") && !is_stop_word("pain"));
        assert!(is_health_stem(&stem("knees")) && is_health_stem(&stem("physiotherapist")));
        assert!(!is_health_stem(&stem("software")));
    }
}
