//! The `pamphlet` binary.
fn main() {}
