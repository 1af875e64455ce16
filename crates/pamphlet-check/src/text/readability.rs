//! Reading level: Flesch-Kincaid grade of a text, and the sentences that push
//! it up.

use std::collections::HashSet;
use std::ops::Range;

use pamphlet_schema::primary_language;

use super::sentences::SentenceStore;
use super::words::{Run, french_syllables, german_syllables, spanish_syllables, syllables, words};

/// The readability formula of a language: how its syllables are counted and what its
/// score means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Formula {
    /// English: the Flesch-Kincaid grade, the US school year a reader needs (lower is
    /// easier).
    FleschKincaid,
    /// Spanish: the Flesch-Szigriszt index of perspicuity as the INFLESZ scale reads it,
    /// 0 to 100 (higher is easier; 55 and above is "normal").
    FleschSzigriszt,
    /// French: Flesch's reading ease as Kandel and Moles fitted it to French, 0 to 100
    /// on Flesch's scale (higher is easier; 60 and above is "standard").
    KandelMoles,
    /// German: Flesch's reading ease as Amstad fitted it to German, on the same scale.
    Amstad,
}

impl Formula {
    /// The formula for the BCP 47 tag `language` (by its primary subtag), if pamphlet has
    /// one: English, Spanish, French and German.
    pub(crate) fn for_language(language: &str) -> Option<Formula> {
        match primary_language(language).as_str() {
            "en" => Some(Formula::FleschKincaid),
            "es" => Some(Formula::FleschSzigriszt),
            "fr" => Some(Formula::KandelMoles),
            "de" => Some(Formula::Amstad),
            _ => None,
        }
    }

    /// The syllables that make a long word, as reading-level names them: Spanish,
    /// French and German words are longer on the whole, so four make a long one there.
    pub(crate) fn long_word_syllables(self) -> u32 {
        match self {
            Formula::FleschKincaid => 3,
            _ => 4,
        }
    }

    /// The syllables that make a word heavy enough to add to a sentence's weight: one
    /// more than a long word. Three-syllable words ("exercises", "medicine", "family")
    /// are everyday in patient text, and counting them made plain sentences of 21 words
    /// too heavy.
    pub(crate) fn heavy_word_syllables(self) -> u32 {
        self.long_word_syllables() + 1
    }

    fn syllables(self, word: &str) -> u32 {
        match self {
            Formula::FleschKincaid => syllables(word),
            Formula::FleschSzigriszt => spanish_syllables(word),
            Formula::KandelMoles => french_syllables(word),
            Formula::Amstad => german_syllables(word),
        }
    }

    /// The reading-ease weights (constant, per syllable per word, per word per sentence)
    /// of a formula on Flesch's 0-to-100 scale, where higher is easier; `None` for the
    /// grade.
    fn ease_weights(self) -> Option<(f64, f64, f64)> {
        match self {
            Formula::FleschKincaid => None,
            Formula::FleschSzigriszt => Some((206.835, 62.3, 1.0)),
            Formula::KandelMoles => Some((207.0, 73.6, 1.015)),
            Formula::Amstad => Some((180.0, 58.5, 1.0)),
        }
    }

    /// Whether `score` is harder than `target` allows.
    pub(crate) fn harder(self, score: f64, target: f64) -> bool {
        match self.ease_weights() {
            None => score > target,
            Some(_) => score < target,
        }
    }

    /// `score`, turned so that a larger value is always harder: for ranking sentences.
    pub(crate) fn difficulty(self, score: f64) -> f64 {
        match self.ease_weights() {
            None => score,
            Some(_) => -score,
        }
    }
}

/// Counts from which a reading grade is computed. Counts from several fields
/// can be added up to grade a whole topic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Readability {
    /// Sentences that contain at least one word.
    pub(crate) sentences: usize,
    pub(crate) words: usize,
    pub(crate) syllables: usize,
    /// Words of four or more syllables (five in Spanish, French and German):
    /// `Formula::heavy_word_syllables`.
    pub(crate) long_words: usize,
    /// Asides: each parenthesis, semicolon, colon or dash between words, a clause that
    /// interrupts the sentence or is set beside it.
    pub(crate) asides: usize,
}

impl Readability {
    /// Counts for `text`, in English.
    pub(crate) fn of(text: &str) -> Readability {
        Counted::of(text, Some(Formula::FleschKincaid)).total()
    }

    /// Counts for one sentence, without splitting it further, whose words are `words`;
    /// with no formula (a language pamphlet has none for), words and asides only.
    fn of_sentence(sentence: &str, words: &[Run<'_>], formula: Option<Formula>) -> Readability {
        let mut counts = Readability::default();
        for (_, word) in words {
            counts.words += 1;
            if let Some(formula) = formula {
                let syllables = formula.syllables(word);
                counts.syllables += syllables as usize;
                counts.long_words += usize::from(syllables >= formula.heavy_word_syllables());
            }
        }
        counts.sentences = usize::from(counts.words > 0);
        counts.asides = asides(sentence);
        counts
    }

    /// Adds the counts of `other`, as if its text were appended to this one.
    pub(crate) fn add(&mut self, other: &Readability) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
        self.long_words += other.long_words;
        self.asides += other.asides;
    }

    /// How much reading a sentence with these counts asks for, in words: every word counts
    /// one, a long word one more, and an aside two more (the reader holds the sentence
    /// open across it). `long-sentence` holds it to `long-sentence-words`.
    pub(crate) fn weight(&self) -> usize {
        self.words + self.long_words + 2 * self.asides
    }

    /// The score of these counts under `formula`: [`Readability::grade`], or the
    /// reading ease of its language (see `docs/readability.md`).
    pub(crate) fn score(&self, formula: Formula) -> f64 {
        match formula.ease_weights() {
            None => self.grade(),
            Some((constant, per_syllable, per_word)) => self.ease(constant, per_syllable, per_word),
        }
    }

    /// A reading ease on Flesch's scale: `constant` − `per_syllable` × syllables per
    /// word − `per_word` × words per sentence; the Flesch-Szigriszt index of
    /// perspicuity is 206.835 − 62.3 × syllables per word − words per sentence
    /// (Barrio-Cantalejo et al. 2008, the INFLESZ scale). 100.0 when there are no words.
    fn ease(&self, constant: f64, per_syllable: f64, per_word: f64) -> f64 {
        if self.words == 0 {
            return 100.0;
        }
        let words = self.words as f64;
        let sentences = self.sentences.max(1) as f64;
        constant - per_syllable * (self.syllables as f64 / words) - per_word * (words / sentences)
    }

    /// Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 ×
    /// syllables per word − 15.59. Roughly the US school year a reader needs;
    /// it can be below zero for very short, simple text. 0.0 when there are
    /// no words.
    pub(crate) fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        let sentences = self.sentences.max(1) as f64;
        0.39 * (words / sentences) + 11.8 * (self.syllables as f64 / words) - 15.59
    }
}

/// The asides of a sentence: opening parentheses or brackets, and semicolons, colons and
/// dashes with a space on either side (so "3:30", "e-mail" and "10–15" are not asides). A
/// colon or dash that ends a lead-in ("Rest: ...") still counts: it joins two clauses.
fn asides(sentence: &str) -> usize {
    let mut count = 0;
    for (index, character) in sentence.char_indices() {
        if matches!(character, '(' | '[') {
            count += 1;
            continue;
        }
        if !matches!(character, ';' | ':' | '–' | '—' | '-') {
            continue;
        }
        let before = &sentence[..index];
        let after = &sentence[index + character.len_utf8()..];
        // A dash or colon at the very end ends the sentence, not a clause.
        if after.trim().is_empty() {
            continue;
        }
        // Any space counts, a no-break space included.
        let spaced_after = after.starts_with(char::is_whitespace);
        let joins = match character {
            ';' | ':' => spaced_after,
            _ => {
                // A spaced dash between two numbers is a range ("10 - 15 minutes",
                // "8am - 6pm", "10 mg - 20 mg", "£5 - £10") or part of a telephone number;
                // between two days or months ("Monday - Friday") it is a range too.
                let mut words_before = before.split_whitespace().rev();
                let last = words_before.next().unwrap_or_default();
                let last_but_one = words_before.next().unwrap_or_default();
                let next = after.split_whitespace().next().unwrap_or_default();
                let between_numbers = (starts_a_number(last)
                    || (starts_a_number(last_but_one) && !last.ends_with(',')))
                    && starts_a_number(next)
                    || (is_day_or_month(last) && is_day_or_month(next));
                (before.is_empty() || before.ends_with(char::is_whitespace))
                    && spaced_after
                    && !between_numbers
            }
        };
        count += usize::from(joins);
    }
    count
}

/// Whether `word` is a number, with a currency sign before it or a unit after it
/// ("15", "£5", "8am").
fn starts_a_number(word: &str) -> bool {
    word.trim_start_matches(['£', '$', '€', '('])
        .starts_with(|ch: char| ch.is_ascii_digit())
}

/// Whether `word` names a day of the week or a month, in full or short, in English.
fn is_day_or_month(word: &str) -> bool {
    const NAMES: [&str; 19] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word
        .trim_matches(|ch: char| !ch.is_alphabetic())
        .to_lowercase();
    word.len() >= 3 && NAMES.iter().any(|name| name.starts_with(&word))
}

/// A sentence whose own reading grade is above the target.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct HardSentence {
    /// Byte range of the sentence in the text.
    pub(crate) range: Range<usize>,
    pub(crate) grade: f64,
    pub(crate) words: usize,
    /// Its words of three or more syllables, in order, each once.
    pub(crate) long_words: Vec<String>,
}

/// Sentences with fewer words than this are not ranked: a one-word heading
/// such as "Inflammation" has a huge grade but is not what makes text hard.
pub(crate) const MIN_WORDS_TO_RANK: usize = 3;

/// The sentences of `text` whose own grade is above `target`, hardest first
/// (equal grades in text order), at most `limit` of them. Sentences shorter
/// than [`MIN_WORDS_TO_RANK`] words are left out.
#[cfg(test)]
pub(crate) fn hardest_sentences(text: &str, target: f64, limit: usize) -> Vec<HardSentence> {
    Counted::of(text, Some(Formula::FleschKincaid)).hardest(target, limit, usize::MAX)
}

/// A text with the counts of each of its sentences, made once: the grade of the text, of
/// the topic it belongs to and the ranking of its hardest sentences all read them, so
/// each word's syllables are counted once however many of these are asked for.
pub(crate) struct Counted<'a> {
    text: &'a str,
    formula: Option<Formula>,
    sentences: Vec<(Range<usize>, Readability)>,
}

impl<'a> Counted<'a> {
    /// The counts of each sentence of `text`; with no formula, words and asides only.
    pub(crate) fn of(text: &'a str, formula: Option<Formula>) -> Counted<'a> {
        Counted::of_stored(text, &SentenceStore::default(), formula)
    }

    /// [`Counted::of`] for a text whose sentences, and their words, `store` holds.
    pub(crate) fn of_stored(
        text: &'a str,
        store: &SentenceStore<'a>,
        formula: Option<Formula>,
    ) -> Counted<'a> {
        let sentences = store
            .of(text)
            .iter()
            .map(|sentence| {
                let sentence_text = sentence.text(text);
                let words = store.words_of(sentence_text);
                let counts = Readability::of_sentence(sentence_text, &words, formula);
                (sentence.range.clone(), counts)
            })
            .collect();
        Counted {
            text,
            formula,
            sentences,
        }
    }

    /// The text counted.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// Each sentence's byte range in the text, with its counts.
    pub(crate) fn sentences(&self) -> &[(Range<usize>, Readability)] {
        &self.sentences
    }

    /// The counts of the whole text.
    pub(crate) fn total(&self) -> Readability {
        let mut total = Readability::default();
        for (_, counts) in &self.sentences {
            total.add(counts);
        }
        total
    }

    /// The sentences whose own grade is above `target` and that weigh at most
    /// `max_weight` (`Readability::weight`), hardest first (equal grades in text order),
    /// at most `limit` of them.
    pub(crate) fn hardest(
        &self,
        target: f64,
        limit: usize,
        max_weight: usize,
    ) -> Vec<HardSentence> {
        let Some(formula) = self.formula else {
            return Vec::new();
        };
        let mut hard: Vec<HardSentence> = self
            .sentences
            .iter()
            .filter_map(|(range, counts)| {
                let grade = counts.score(formula);
                let ranked = counts.words >= MIN_WORDS_TO_RANK && counts.weight() <= max_weight;
                (ranked && formula.harder(grade, target)).then(|| HardSentence {
                    range: range.clone(),
                    grade,
                    words: counts.words,
                    long_words: Vec::new(),
                })
            })
            .collect();
        hard.sort_by(|left, right| {
            formula
                .difficulty(right.grade)
                .total_cmp(&formula.difficulty(left.grade))
        });
        hard.truncate(limit);
        // Only the sentences kept name their long words.
        for sentence in &mut hard {
            sentence.long_words = long_words(
                self.text.get(sentence.range.clone()).unwrap_or_default(),
                formula,
                formula.long_word_syllables(),
            );
        }
        hard
    }
}

/// The words of `sentence` of at least `long` syllables, in order, each once.
pub(crate) fn long_words(sentence: &str, formula: Formula, long: u32) -> Vec<String> {
    let mut seen = HashSet::new();
    words(sentence)
        .filter(|(_, word)| formula.syllables(word) >= long && seen.insert(word.to_lowercase()))
        .map(|(_, word)| word.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_sentences_words_and_syllables() {
        let counts = Readability::of("The cat sat. A muscle hurts!");
        assert_eq!(
            counts,
            Readability {
                sentences: 2,
                words: 6,
                syllables: 7,
                long_words: 0,
                asides: 0,
            }
        );
    }

    #[test]
    fn a_sentence_weighs_its_long_words_and_asides() {
        let plain =
            Readability::of("Rest your hip for a day or two and then walk a little more each day");
        assert_eq!((plain.words, plain.weight()), (16, 16));
        let heavy = Readability::of(
            "Physiotherapy (with stretching) can help; ask your clinician: they know\u{a0}- honestly.",
        );
        assert_eq!(
            heavy.long_words, 1,
            "physiotherapy; clinician and honestly have three syllables, everyday enough"
        );
        assert_eq!(
            heavy.asides, 4,
            "parenthesis, semicolon, colon, dash after a no-break space"
        );
        assert_eq!(heavy.weight(), heavy.words + 1 + 8);
        // Times, ranges, telephone numbers and hyphenated words hold no aside.
        assert_eq!(
            Readability::of("At 3:30, take 10–15 mg or 10 - 15 mg of a well-known drug.").asides,
            0
        );
        assert_eq!(
            Readability::of(
                "Open 8am - 6pm, Monday - Friday, Jan - Mar; take 10 mg - 20 mg for £5 - £10."
            )
            .asides,
            1,
            "ranges of times, days, months, doses and prices are no asides; the semicolon is"
        );
        assert_eq!(
            Readability::of("Ring 0300 - 123 4567 - the nurse line - at any time.").asides,
            2,
            "the range-like dash of the number is none; the two around the nurse line are"
        );
    }

    #[test]
    fn grade_follows_flesch_kincaid() {
        let counts = Readability {
            sentences: 2,
            words: 20,
            syllables: 30,
            ..Readability::default()
        };
        let expected = 0.39 * 10.0 + 11.8 * 1.5 - 15.59;
        assert!((counts.grade() - expected).abs() < 1e-9);
        assert_eq!(Readability::default().grade(), 0.0);
        assert_eq!(Readability::of("12 34. !!").grade(), 0.0);
    }

    #[test]
    fn simple_text_grades_lower_than_clinical_text() {
        let simple = Readability::of("Rest your hip. Put ice on it. Walk a bit each day.");
        let clinical = Readability::of(
            "Myofascial trigger points frequently necessitate multidisciplinary rehabilitation \
             incorporating physiotherapeutic interventions and pharmacological management.",
        );
        assert!(simple.grade() < 3.0, "{}", simple.grade());
        assert!(clinical.grade() > 16.0, "{}", clinical.grade());
    }

    #[test]
    fn adding_counts_grades_the_combined_text() {
        let mut combined = Readability::of("Rest your hip.");
        combined.add(&Readability::of(
            "Inflammation responds to anti-inflammatory medication.",
        ));
        let whole = Readability::of(
            "Rest your hip. Inflammation responds to anti-inflammatory medication.",
        );
        assert_eq!(combined, whole);
    }

    #[test]
    fn hardest_sentences_are_ranked_and_limited() {
        let text = "Rest your hip. Inflammation of the iliopsoas necessitates physiotherapy. \
                    Walk each day. Medication can reduce inflammation considerably. Inflammation.";
        let hard = hardest_sentences(text, 8.0, 5);
        let found: Vec<&str> = hard
            .iter()
            .map(|sentence| &text[sentence.range.clone()])
            .collect();
        assert_eq!(
            found,
            [
                "Inflammation of the iliopsoas necessitates physiotherapy.",
                "Medication can reduce inflammation considerably."
            ]
        );
        assert!(hard[0].grade > hard[1].grade);
        assert_eq!(hard[0].words, 6);
        assert_eq!(
            hard[0].long_words,
            ["Inflammation", "iliopsoas", "necessitates", "physiotherapy"]
        );
        assert_eq!(
            hard[1].long_words,
            ["Medication", "inflammation", "considerably"]
        );
        assert_eq!(hardest_sentences(text, 8.0, 1).len(), 1);
        assert!(hardest_sentences(text, 40.0, 5).is_empty());
        assert!(hardest_sentences("", 0.0, 5).is_empty());
    }

    #[test]
    fn ties_keep_text_order() {
        let text = "Physiotherapy considerably helps. Physiotherapy considerably helps!";
        let hard = hardest_sentences(text, 0.0, 5);
        assert_eq!(hard.len(), 2);
        assert!(hard[0].range.start < hard[1].range.start);
    }

    #[test]
    fn spanish_is_scored_on_the_flesch_szigriszt_scale() {
        let plain = Counted::of(
            "El dolor de cadera es común.",
            Some(Formula::FleschSzigriszt),
        )
        .total();
        // 6 words, 10 syllables, 1 sentence: 206.835 − 62.3 × 10/6 − 6.
        assert_eq!((plain.words, plain.syllables, plain.sentences), (6, 10, 1));
        assert!(
            (plain.score(Formula::FleschSzigriszt) - 97.0).abs() < 0.01,
            "{}",
            plain.score(Formula::FleschSzigriszt)
        );
        let hard = "La fisioterapia multidisciplinaria proporciona intervenciones \
                    terapéuticas individualizadas considerablemente beneficiosas.";
        let counted = Counted::of(hard, Some(Formula::FleschSzigriszt));
        assert!(counted.total().score(Formula::FleschSzigriszt) < 55.0);
        let found = counted.hardest(55.0, 1, usize::MAX);
        assert_eq!(found.len(), 1);
        // Four syllables or more make a long Spanish word.
        assert!(
            found[0]
                .long_words
                .contains(&"multidisciplinaria".to_owned())
        );
        assert!(!found[0].long_words.contains(&"La".to_owned()));
        assert_eq!(
            Formula::for_language("es-MX"),
            Some(Formula::FleschSzigriszt)
        );
        assert_eq!(Formula::for_language("en-GB"), Some(Formula::FleschKincaid));
        assert_eq!(Formula::for_language("pl"), None);
    }

    #[test]
    fn french_and_german_are_scored_on_their_reading_ease() {
        // "Le dos fait mal le matin." 6 words; le, dos, fait, mal, le, ma-tin: 7.
        let french = Counted::of("Le dos fait mal le matin.", Some(Formula::KandelMoles)).total();
        assert_eq!(
            (french.words, french.syllables, french.sentences),
            (6, 7, 1)
        );
        // 207 − 73.6 × 7/6 − 1.015 × 6.
        let expected = 207.0 - 73.6 * 7.0 / 6.0 - 1.015 * 6.0;
        assert!((french.score(Formula::KandelMoles) - expected).abs() < 1e-9);
        // "Die Hüfte tut weh." 4 words; die, hüf-te, tut, weh: 5.
        let german = Counted::of("Die Hüfte tut weh.", Some(Formula::Amstad)).total();
        assert_eq!((german.words, german.syllables), (4, 5));
        // 180 − 58.5 × 5/4 − 4.
        assert!((german.score(Formula::Amstad) - (180.0 - 58.5 * 1.25 - 4.0)).abs() < 1e-9);
        for (language, formula) in [("fr-CA", Formula::KandelMoles), ("de-AT", Formula::Amstad)] {
            assert_eq!(Formula::for_language(language), Some(formula));
            // A hard sentence scores below Flesch's "standard" 60 and names its long words.
            let hard = match formula {
                Formula::KandelMoles => {
                    "La kinésithérapie pluridisciplinaire personnalisée améliore considérablement \
                     la fonctionnalité articulaire postopératoire."
                }
                _ => {
                    "Die interdisziplinäre physiotherapeutische Rehabilitationsbehandlung \
                     verbessert die postoperative Gelenkbeweglichkeit erheblich."
                }
            };
            let counted = Counted::of(hard, Some(formula));
            assert!(counted.total().score(formula) < 60.0, "{language}");
            let found = counted.hardest(60.0, 1, usize::MAX);
            assert_eq!(found.len(), 1);
            assert!(!found[0].long_words.is_empty(), "{language}");
        }
    }
}
