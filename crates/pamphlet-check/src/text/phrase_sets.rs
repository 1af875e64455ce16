//! The phrase sets of the claim and advert rules, built once, with one table of every
//! word that any of their patterns begins with, that a shape test's list holds or that
//! the cue models learnt as written: a token's word is looked up there once, when the
//! text is split ([`super::phrases::tokenize`]), and each set then reads the patterns it
//! may begin, each test whether its words are there, and the cue models what they
//! learnt of it, from the tokens, not from a table or a list of its own.

use std::sync::LazyLock;

use super::WordMap;
use super::advert_shapes::BOOKING_WORDS;
use super::claims::lexicon::{CLAIM_FAMILIES, CLAIM_PATTERNS};
use super::cues::{LearntWord, learnt_word, learnt_words};
use super::phrases::PatternSet;
use super::promotional::lexicon::PROMOTIONAL_PATTERNS;

/// The phrase sets looked for in every text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhraseList {
    /// Absolute claims in fixed words ("guaranteed to cure").
    Claims,
    /// The families overstated promises come in ("for good", "never ... again").
    ClaimFamilies,
    /// Advertising and calls to action.
    Promotional,
}

impl PhraseList {
    /// Every list, in the order of [`FirstWord`]'s entries.
    const ALL: [PhraseList; 3] = [
        PhraseList::Claims,
        PhraseList::ClaimFamilies,
        PhraseList::Promotional,
    ];

    fn patterns(self) -> &'static [&'static str] {
        match self {
            PhraseList::Claims => CLAIM_PATTERNS,
            PhraseList::ClaimFamilies => CLAIM_FAMILIES,
            PhraseList::Promotional => PROMOTIONAL_PATTERNS,
        }
    }
}

/// For a word, the patterns of each list (in [`PhraseList::ALL`] order) whose first slot
/// accepts it whole.
pub(crate) type FirstWord = [Vec<usize>; PhraseList::ALL.len()];

/// The word lists of shape tests that the table also holds, each a bit of
/// [`WordEntry::lists`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordList {
    /// Words of booking a place at an event ("tickets", "register"): see
    /// [`super::advert_shapes::event_booking`].
    Booking = 1,
}

/// What the table knows of a folded word.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct WordEntry {
    /// The patterns of each phrase set that the word begins.
    pub(crate) patterns: FirstWord,
    /// The [`WordList`]s the word is on, a bit each.
    lists: u8,
    /// What the cue models learnt of the word.
    pub(crate) learnt: LearntWord,
}

impl WordEntry {
    /// Whether the word is on `list`.
    pub(crate) fn is_on(&self, list: WordList) -> bool {
        self.lists & list as u8 != 0
    }
}

struct PhraseSets {
    sets: [PatternSet<'static>; PhraseList::ALL.len()],
    words: WordMap<&'static str, WordEntry>,
}

static SETS: LazyLock<PhraseSets> = LazyLock::new(|| {
    let sets = PhraseList::ALL.map(|list| PatternSet::registered(list.patterns(), list as usize));
    let mut words: WordMap<&'static str, WordEntry> = WordMap::default();
    for (list, set) in sets.iter().enumerate() {
        for (word, patterns) in set.first_words() {
            words.entry(word).or_default().patterns[list] = patterns.to_vec();
        }
    }
    for (list, members) in [(WordList::Booking, BOOKING_WORDS)] {
        for word in members {
            words.entry(word).or_default().lists |= list as u8;
        }
    }
    // The words the cue models learnt as written, which are most words of a text: a
    // token finds what the models know of it here, with what the sets know.
    for word in learnt_words() {
        words.entry(word).or_default();
    }
    for (word, entry) in &mut words {
        entry.learnt = learnt_word(word);
    }
    PhraseSets { sets, words }
});

/// The phrase set of `list`.
pub(crate) fn phrase_set(list: PhraseList) -> &'static PatternSet<'static> {
    &SETS.sets[list as usize]
}

/// What the table knows of the folded `word`, or `None` for a word that begins no
/// pattern, is on no list and is not a word the cue models learnt as written.
pub(crate) fn word_entry(word: &str) -> Option<&'static WordEntry> {
    SETS.words.get(word)
}
