//! `missing-bibliography` (PAM007): the content tree has no bibliography.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the content tree holds its bibliography file (`bibliography.yaml` unless
    /// `[content] bibliography` in `pamphlet.toml` names another).
    ///
    /// ## Why it matters
    /// Every claim in a guide is backed by a source from the bibliography. Without it no
    /// citation can be checked, so every record would be unsourced.
    ///
    /// ## Example
    /// A tree with `topics/hip.yaml` and `pamphlet.toml` but no `bibliography.yaml`.
    ///
    /// ## How to fix
    /// Create the bibliography file with a `sources:` list, or point `pamphlet.toml` at
    /// the right file.
}
