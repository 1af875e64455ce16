//! Weak cues: for each kind of fault that a phrase list cannot foresee (an advert, an
//! overstated claim, an editing leftover), a linear model that weighs every word, every
//! pair of neighbouring words and a few shapes of a sentence ("a price", "a web address",
//! "a name inside the sentence"), learned from the labelled corpus in `tests/heuristics/`
//! by `cargo xtask train`. A sentence whose weights add up past the kind's threshold reads
//! as that kind of fault even when no phrase of the kind's list is in it; the words that
//! weighed most are named in the finding, so a writer can see why.
//!
//! The models are English: they are used only on text of an English topic.

mod shapes;
mod weights;

use std::ops::Range;
use std::sync::LazyLock;

use super::phrases::{Token, tokenize};
use super::sentences::{Sentence, sentences};
use super::vocabulary::stem;
use super::{WordMap, WordMemo, remembered};
use shapes::{CERTAIN_WORDS, Certainty, HEDGE_WORDS, Marks, certainty, finished, word_shape};

/// A kind of fault the cue models can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Promotion: a product, an app, a newsletter, a discount, an event and the like.
    Advert,
    /// An overstated or absolute health claim.
    Claim,
    /// An editing leftover: a slot to fill, a note to a colleague, a cut-off sentence.
    Leftover,
}

impl Kind {
    /// The kind's column in the weights.
    fn column(self) -> usize {
        match self {
            Kind::Advert => 0,
            Kind::Claim => 1,
            Kind::Leftover => 2,
        }
    }
}

/// One sentence's cues, weighed: what it reads as is asked of it kind by kind.
pub(crate) struct SentenceCues {
    /// Byte range of the sentence in the field's text.
    pub(crate) range: Range<usize>,
    /// Each kind's score.
    scores: [f32; 3],
    /// The known cues of the sentence, each once (by its number in the weights), with
    /// where it was first read; kept only when the sentence reads as some kind.
    seen: Vec<(u32, Range<usize>)>,
}

impl SentenceCues {
    /// The cues that weighed most towards `kind`, heaviest first, as a writer reads them
    /// (the words in quotes, or a shape such as "a price"), when the sentence reads as that
    /// kind of fault; `None` when it does not. `text` is the field's text.
    pub(crate) fn reads_as(&self, kind: Kind, text: &str) -> Option<Vec<String>> {
        let column = kind.column();
        if self.scores[column] < weights::THRESHOLD[column] {
            return None;
        }
        let weight = |cue: u32| weights_of(cue)[column];
        let mut towards: Vec<&(u32, Range<usize>)> = self
            .seen
            .iter()
            .filter(|(cue, _)| weight(*cue) > 0.0)
            .collect();
        towards.sort_by(|left, right| {
            weight(right.0)
                .total_cmp(&weight(left.0))
                .then(left.0.cmp(&right.0))
        });
        let mut cues: Vec<String> = Vec::new();
        let mut quoted: Vec<&Range<usize>> = Vec::new();
        for (cue, written) in towards {
            // A word already quoted, alone or in a pair, is not quoted again.
            let overlapping = quoted
                .iter()
                .any(|shown| shown.start < written.end && written.start < shown.end);
            let shown = readable(*cue, text.get(written.clone()).unwrap_or_default());
            if overlapping || cues.contains(&shown) {
                continue;
            }
            if !written.is_empty() {
                quoted.push(written);
            }
            cues.push(shown);
            if cues.len() == 3 {
                break;
            }
        }
        Some(cues)
    }

    /// Whether `range` (of the field's text) overlaps the sentence.
    pub(crate) fn overlaps(&self, range: &Range<usize>) -> bool {
        range.start < self.range.end && self.range.start < range.end
    }
}

/// The cues of each sentence of `text` (of an English topic), split into `tokens` and
/// `sentences`.
pub(crate) fn read_sentences(
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
) -> Vec<SentenceCues> {
    let mut read = Vec::with_capacity(sentences.len());
    let mut first_token = 0;
    let mut numbers = Vec::new();
    for sentence in sentences {
        let range = sentence.range.clone();
        // Tokens and sentences are both in order: the sentence's tokens follow the last's.
        while tokens
            .get(first_token)
            .is_some_and(|token| token.range.start < range.start)
        {
            first_token += 1;
        }
        let mut last_token = first_token;
        while tokens
            .get(last_token)
            .is_some_and(|token| token.range.end <= range.end)
        {
            last_token += 1;
        }
        let own = tokens.get(first_token..last_token).unwrap_or_default();
        first_token = last_token;
        // Each cue counts once; the weights are added in the order of the cues' numbers.
        numbers.clear();
        walk(
            text,
            range.clone(),
            own,
            &mut Weighing::new(&mut numbers, None),
        );
        numbers.sort_unstable();
        numbers.dedup();
        let mut scores = weights::BIAS;
        for cue in &numbers {
            for (score, weight) in scores.iter_mut().zip(weights_of(*cue)) {
                *score += weight;
            }
        }
        let passes = scores
            .iter()
            .zip(weights::THRESHOLD)
            .any(|(score, threshold)| *score >= threshold);
        // Where each cue was first read matters only to name the cues of a sentence that
        // reads as some kind, a few in a hundred: only those are read again for it.
        let mut seen = Vec::new();
        if passes {
            numbers.clear();
            walk(
                text,
                range.clone(),
                own,
                &mut Weighing::new(&mut numbers, Some(&mut seen)),
            );
            seen.sort_unstable_by_key(|(cue, written): &(u32, Range<usize>)| (*cue, written.start));
            seen.dedup_by_key(|(cue, _)| *cue);
        }
        read.push(SentenceCues {
            range,
            scores,
            seen,
        });
    }
    read
}

/// The cues of `text` taken as one example, each once, sorted: what `cargo xtask train`
/// learns from, read as the checker reads a sentence. A pair of words is their stems
/// with a space between; a shape begins with "#".
pub fn cues_of(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    let mut naming = Naming { cues: Vec::new() };
    walk(text, 0..text.len(), &tokens, &mut naming);
    let mut cues = naming.cues;
    cues.sort();
    cues.dedup();
    cues
}

/// The cues of each sentence of `text`, as [`cues_of`] gives them: for learning from
/// whole guides, whose every sentence is honest.
pub fn sentence_cues_of(text: &str) -> Vec<Vec<String>> {
    sentences(text)
        .iter()
        .map(|sentence| cues_of(sentence.text(text)))
        .collect()
}

/// What [`walk`] tells of a sentence, cue by cue: each word, each pair of words side by
/// side with no clause break between, and each shape that words do not show ("#price").
/// A cue may come more than once.
trait Reader<'t> {
    /// A word (its stem is the cue); the answer is what the word says of certainty.
    fn word(&mut self, token: &'t Token<'t>) -> Certainty;
    /// Two words side by side, told just after the second's [`Reader::word`].
    fn pair(&mut self, first: &'t Token<'t>, second: &'t Token<'t>);
    /// A shape of the sentence.
    fn shape(&mut self, shape: &'static str);
}

/// The trainer's reading: each cue by name.
struct Naming {
    /// The cues read so far, in order, a cue as often as it was read.
    cues: Vec<String>,
}

impl<'t> Reader<'t> for Naming {
    fn word(&mut self, token: &'t Token<'t>) -> Certainty {
        self.cues.push(cue_word(&token.text));
        certainty(&token.text)
    }

    fn pair(&mut self, first: &'t Token<'t>, second: &'t Token<'t>) {
        self.cues.push(format!(
            "{} {}",
            cue_word(&first.text),
            cue_word(&second.text)
        ));
    }

    fn shape(&mut self, shape: &'static str) {
        self.cues.push(shape.to_owned());
    }
}

/// The checker's reading: the numbers of the known cues, and where each was read when
/// `places` is asked for.
struct Weighing<'a> {
    /// The numbers of the known cues read so far, a cue as often as it was read.
    numbers: &'a mut Vec<u32>,
    /// With each number, where in the field's text it was read (a shape at `0..0`).
    places: Option<&'a mut Vec<(u32, Range<usize>)>>,
    /// The last two words read, each with where it begins: a pair is told just after its
    /// second word, so its words are these two.
    before_last: (usize, LearntWord),
    last: (usize, LearntWord),
}

impl<'a> Weighing<'a> {
    /// A reading that notes numbers in `numbers`, and places in `places` if given.
    fn new(
        numbers: &'a mut Vec<u32>,
        places: Option<&'a mut Vec<(u32, Range<usize>)>>,
    ) -> Weighing<'a> {
        Weighing {
            numbers,
            places,
            before_last: (usize::MAX, LearntWord::default()),
            last: (usize::MAX, LearntWord::default()),
        }
    }

    /// Notes the cue numbered `number`, read at `written`.
    fn note(&mut self, number: u32, written: Range<usize>) {
        self.numbers.push(number);
        if let Some(places) = &mut self.places {
            places.push((number, written));
        }
    }
}

impl<'t> Reader<'t> for Weighing<'_> {
    fn word(&mut self, token: &'t Token<'t>) -> Certainty {
        let learnt = learnt_of(token);
        if let Some(number) = learnt.number {
            self.note(number, token.range.clone());
        }
        self.before_last = std::mem::replace(&mut self.last, (token.range.start, learnt));
        learnt.certainty
    }

    fn pair(&mut self, first: &'t Token<'t>, second: &'t Token<'t>) {
        let ((first_start, first_word), (second_start, second_word)) =
            (self.before_last, self.last);
        if first_start == first.range.start
            && second_start == second.range.start
            && let Some(second_number) = second_word.number
            && let Some(number) = first_word.pair_with(second_number)
        {
            self.note(number, first.range.start..second.range.end);
        }
    }

    fn shape(&mut self, shape: &'static str) {
        if let Some(number) = WORDS.get(shape) {
            self.note(*number, 0..0);
        }
    }
}

/// Calls `reader` with each cue of the sentence at `sentence` in `text`, whose tokens are
/// `tokens`.
fn walk<'t>(
    text: &str,
    sentence: Range<usize>,
    tokens: &'t [Token<'t>],
    reader: &mut impl Reader<'t>,
) {
    let mut previous: Option<&'t Token<'t>> = None;
    // Each word shape once, in the order first seen; there are four.
    let mut shapes: [Option<&'static str>; 4] = [None; 4];
    let (mut certain, mut hedged) = (false, false);
    for (index, token) in tokens.iter().enumerate() {
        if token.is_break() {
            previous = None;
            continue;
        }
        match reader.word(token) {
            Certainty::Certain => certain = true,
            Certainty::Hedge => hedged = true,
            Certainty::Neither => {}
        }
        if let Some(previous) = previous {
            reader.pair(previous, token);
        }
        // The shape of each word after the sentence's first, as written.
        if index > 0
            && let Some(shape) = word_shape(text, tokens, index)
            && !shapes.contains(&Some(shape))
            && let Some(free) = shapes.iter_mut().find(|slot| slot.is_none())
        {
            *free = Some(shape);
        }
        previous = Some(token);
    }
    let text = text.get(sentence).unwrap_or_default();
    let marks = Marks::of(text);
    for (shape, present) in [
        ("#price", marks.price),
        ("#link", marks.link),
        ("#handle", marks.handle),
        ("#bracket", marks.bracket),
        ("#exclamation", marks.exclamation),
        ("#ellipsis", marks.ellipsis),
        ("#unfinished", !finished(text)),
        ("#certain", certain && !hedged),
        ("#hedged", hedged),
    ] {
        if present {
            reader.shape(shape);
        }
    }
    for shape in shapes.into_iter().flatten() {
        reader.shape(shape);
    }
}

/// A token's cue: its stem, with every number one cue ("#number"), since the amount says
/// less than that there is one.
fn cue_word(word: &str) -> String {
    if word.starts_with(|character: char| character.is_ascii_digit()) {
        "#number".to_owned()
    } else {
        stem(word)
    }
}

/// What the models learnt of a word, as [`learnt_word`] finds it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LearntWord {
    /// The number in the weights of the word's cue; `None` for a cue the models did not
    /// learn.
    number: Option<u32>,
    /// Where the learnt pairs that begin with the word are in `weights::PAIRS` (from, to),
    /// which is sorted by the numbers of both words.
    pairs: (u32, u32),
    /// What the word says of certainty.
    certainty: Certainty,
}

impl LearntWord {
    /// The number of the learnt pair of this word and the word numbered `second`, if any.
    fn pair_with(&self, second: u32) -> Option<u32> {
        let (from, to) = self.pairs;
        let pairs = weights::PAIRS.get(from as usize..to as usize)?;
        let at = pairs
            .binary_search_by_key(&second, |(_, other, _)| u32::from(*other))
            .ok()?;
        Some(FIRST_PAIR + from + u32::try_from(at).ok()?)
    }
}

/// What the models learnt of a token's word: from the table of
/// [`super::phrase_sets`] when the word is there (most words are), or else remembered for
/// the thread.
fn learnt_of(token: &Token<'_>) -> LearntWord {
    token.learnt().unwrap_or_else(|| {
        thread_local! {
            static LEARNT: WordMemo<LearntWord> = WordMemo::default();
        }
        remembered(&LEARNT, &token.text, learnt_word)
    })
}

/// What the models learnt of `word` (folded, as a token's).
pub(crate) fn learnt_word(word: &str) -> LearntWord {
    let number = WORDS.get(cue_word(word).as_str()).copied();
    let pairs = number.map_or((0, 0), |number| {
        let from = weights::PAIRS.partition_point(|(first, _, _)| u32::from(*first) < number);
        let to = weights::PAIRS.partition_point(|(first, _, _)| u32::from(*first) <= number);
        (
            u32::try_from(from).unwrap_or(u32::MAX),
            u32::try_from(to).unwrap_or(u32::MAX),
        )
    });
    LearntWord {
        number,
        pairs,
        certainty: certainty(word),
    }
}

/// The words the models learnt as written: the stems that are words themselves ("pain",
/// "the"), which are most of the words of a text, and the words of certainty and hedging.
pub(crate) fn learnt_words() -> impl Iterator<Item = &'static str> {
    weights::WORDS
        .iter()
        .map(|(cue, _)| *cue)
        .filter(|cue| !cue.starts_with('#'))
        .chain(CERTAIN_WORDS.iter().chain(HEDGE_WORDS).copied())
}

/// The learnt words and shapes by cue, numbered as in `weights::WORDS`.
static WORDS: LazyLock<WordMap<&'static str, u32>> = LazyLock::new(|| {
    weights::WORDS
        .iter()
        .zip(0..)
        .map(|((cue, _), number)| (*cue, number))
        .collect()
});

/// The number of the first pair: pairs are numbered after the words, in the order of
/// `weights::PAIRS`.
const FIRST_PAIR: u32 = weights::WORDS.len() as u32;

/// The weights of the cue numbered `cue` (a word or shape, then a pair).
fn weights_of(cue: u32) -> [f32; 3] {
    let cue = cue as usize;
    match weights::WORDS.get(cue) {
        Some((_, weights)) => *weights,
        None => weights::PAIRS
            .get(cue - weights::WORDS.len())
            .map_or([0.0; 3], |(_, _, weights)| *weights),
    }
}

/// A cue as a writer reads it: what a shape means, or the words it was read from, in
/// quotes.
fn readable(cue: u32, written: &str) -> String {
    let name = weights::WORDS
        .get(cue as usize)
        .map_or("", |(name, _)| *name);
    let shape = match name {
        "#number" => "a number",
        "#price" => "a price",
        "#link" => "a web address",
        "#handle" => "a handle or hashtag",
        "#bracket" => "brackets",
        "#exclamation" => "an exclamation mark",
        "#ellipsis" => "an ellipsis",
        "#unfinished" => "no full stop at the end",
        "#capitals" => "a word in capitals",
        "#name" => "a name inside the sentence",
        "#capital-inside" => "a capital inside a word",
        "#letters-and-digits" => "letters and digits in one word",
        "#certain" => "a certainty with no hedge",
        "#hedged" => "a hedge",
        _ => {
            return format!(
                "\"{}\"",
                written.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    };
    shape.to_owned()
}

#[cfg(test)]
mod tests;
