//! Plain-text analysis used by the language rules: sentences, words and
//! syllables, readability, absolute claims, promotional and off-topic text.

pub(crate) mod claims;
pub(crate) mod coherence;
pub(crate) mod phrases;
pub(crate) mod promotional;
pub(crate) mod readability;
pub(crate) mod sentences;
pub(crate) mod similar;
pub(crate) mod vocabulary;
pub(crate) mod words;

/// A hash map for words: foldhash is several times faster than the standard SipHash on
/// short keys and still seeded at random per process, so text cannot be written to make
/// its lookups collide.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set for words; see [`WordMap`].
pub(crate) type WordSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
