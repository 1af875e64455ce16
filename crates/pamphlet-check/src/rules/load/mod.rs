//! Rules about reading files: syntax, encoding, budgets and the shape of the tree.
//! The loader (`crate::load`) finds these problems; the files here document them
//! and phrase their messages.

pub(crate) mod duplicate_key;
pub(crate) mod input_too_large;
pub(crate) mod invalid_encoding;
pub(crate) mod invalid_yaml;
pub(crate) mod missing_bibliography;
pub(crate) mod missing_schema_comment;
pub(crate) mod too_many_problems;
pub(crate) mod unreadable_file;
