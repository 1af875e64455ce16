//! The phrase sets of the claim and advert rules, built once, with one table of every
//! word that any of their patterns begins with: a token's word is looked up there once,
//! when the text is split ([`super::phrases::tokenize`]), and each set then reads the
//! patterns it may begin from the token, not from a table of its own.

use std::sync::LazyLock;

use super::WordMap;
use super::claims::lexicon::{CLAIM_FAMILIES, CLAIM_PATTERNS};
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

struct PhraseSets {
    sets: [PatternSet<'static>; PhraseList::ALL.len()],
    first_words: WordMap<&'static str, FirstWord>,
}

static SETS: LazyLock<PhraseSets> = LazyLock::new(|| {
    let sets = PhraseList::ALL.map(|list| PatternSet::registered(list.patterns(), list as usize));
    let mut first_words: WordMap<&'static str, FirstWord> = WordMap::default();
    for (list, set) in sets.iter().enumerate() {
        for (word, patterns) in set.first_words() {
            first_words.entry(word).or_default()[list] = patterns.to_vec();
        }
    }
    PhraseSets { sets, first_words }
});

/// The phrase set of `list`.
pub(crate) fn phrase_set(list: PhraseList) -> &'static PatternSet<'static> {
    &SETS.sets[list as usize]
}

/// The patterns of each list that the folded `word` begins, or `None` for a word that
/// begins none (most words).
pub(crate) fn first_word(word: &str) -> Option<&'static FirstWord> {
    SETS.first_words.get(word)
}
