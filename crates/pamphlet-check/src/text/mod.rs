//! Plain-text analysis used by the language rules: sentences, words and
//! syllables, readability, absolute claims, promotional and off-topic text.

pub(crate) mod advert_shapes;
pub(crate) mod claims;
pub(crate) mod coherence;
pub(crate) mod condition_words;
pub(crate) mod conditions;
pub(crate) mod cues;
pub(crate) mod editing_notes;
pub(crate) mod glyphs;
pub(crate) mod languages;
pub(crate) mod phrase_sets;
pub(crate) mod phrases;
pub(crate) mod promotional;
pub(crate) mod readability;
pub(crate) mod sentences;
pub(crate) mod similar;
pub(crate) mod vocabulary;
pub(crate) mod warning_signs;
pub(crate) mod words;

/// A builder for the automata that find many phrases in one pass. A DFA costs more to
/// build and to hold than the default NFA, but it is built once per process and then
/// searched at every field of every topic, where it is the faster: 23 M fewer
/// instructions for each 20 topics on 2026-12-03.
pub(crate) fn automaton() -> aho_corasick::AhoCorasickBuilder {
    let mut builder = aho_corasick::AhoCorasickBuilder::new();
    builder.kind(Some(aho_corasick::AhoCorasickKind::DFA));
    builder
}

/// A hash map for words: foldhash is several times faster than the standard SipHash on
/// short keys and still seeded at random per process, so text cannot be written to make
/// its lookups collide.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set for words; see [`WordMap`].
pub(crate) type WordSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// A thread's memory of a function of words (syllable counts, stems): a topic uses the
/// same words again and again, and computing allocates.
pub(crate) type WordMemo<V> = std::cell::RefCell<WordMap<Box<str>, V>>;

/// The longest word, in bytes, that a [`WordMemo`] remembers, and how many words it
/// remembers at most: hostile text cannot make it grow past about 5 MB a thread.
const LONGEST_REMEMBERED: usize = 32;
const REMEMBERED: usize = 65_536;

/// `compute(word)`, remembered in this thread's `memo` when the word is short enough and
/// the memo not full.
pub(crate) fn remembered<V: Clone>(
    memo: &'static std::thread::LocalKey<WordMemo<V>>,
    word: &str,
    compute: impl Fn(&str) -> V,
) -> V {
    if word.len() > LONGEST_REMEMBERED {
        return compute(word);
    }
    memo.with(|memo| {
        if let Some(value) = memo.borrow().get(word) {
            return value.clone();
        }
        let value = compute(word);
        let mut memo = memo.borrow_mut();
        if memo.len() < REMEMBERED {
            memo.insert(word.into(), value.clone());
        }
        value
    })
}

/// Where a text starts in memory, and its length in bytes.
type TextPlace = (usize, usize);

/// What is found in each text of a topic (its sentences, its words), found once however
/// many rules ask, by `find`.
///
/// A text is known by where it lies and how long it is. That is sound because every text
/// asked about is borrowed for `'a`, as long as the store lives: none can be freed, and its
/// place reused by another, while the store remembers it.
pub(crate) struct TextStore<'a, T> {
    /// What was found in each text asked about so far, by its place.
    found: std::cell::RefCell<WordMap<TextPlace, std::rc::Rc<[T]>>>,
    /// How a text's items are found.
    find: fn(&'a str) -> Vec<T>,
}

impl<'a, T> TextStore<'a, T> {
    /// A store that finds a text's items with `find`.
    pub(crate) fn new(find: fn(&'a str) -> Vec<T>) -> TextStore<'a, T> {
        TextStore {
            found: std::cell::RefCell::default(),
            find,
        }
    }

    /// What `find` finds in `text`, found the first time it is asked for.
    pub(crate) fn of(&self, text: &'a str) -> std::rc::Rc<[T]> {
        let key = (text.as_ptr() as usize, text.len());
        if let Some(found) = self.found.borrow().get(&key) {
            return found.clone();
        }
        let found: std::rc::Rc<[T]> = (self.find)(text).into();
        self.found.borrow_mut().insert(key, found.clone());
        found
    }
}
