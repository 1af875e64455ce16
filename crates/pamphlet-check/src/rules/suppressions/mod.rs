//! Rules about the checker's own configuration: `pamphlet.toml` and the
//! `suppress` entries written next to records. The engine applies suppressions;
//! these files document what it reports about them.

pub(crate) mod invalid_config;
pub(crate) mod suppression_without_reason;
pub(crate) mod unknown_rule;
pub(crate) mod unused_suppression;
