//! The clinic a content tree comes from (`[clinic]` of `pamphlet.toml`): its name and how a
//! patient reaches it, printed on every handout and named in every export.

use serde::Deserialize;

/// The clinic the handouts come from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub contact: String,
}
