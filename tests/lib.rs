//! End-to-end tests of the `pamphlet` binary live in `tests/*.rs` beside this file.
