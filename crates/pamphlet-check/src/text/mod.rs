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
