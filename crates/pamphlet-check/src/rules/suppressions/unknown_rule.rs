//! `unknown-rule` (PAM803): a suppression or setting names no known rule.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the rules named in `suppress` entries and in the `[rules]` table of
    /// `pamphlet.toml` exist, by code (`PAM408`) or name (`stale-source`).
    ///
    /// ## Why it matters
    /// A misspelt rule name suppresses or reconfigures nothing, so the author believes a
    /// finding is handled when it is not.
    ///
    /// ## Example
    /// ```yaml
    /// suppress:
    ///   - rule: stale-sources
    ///     reason: Classic reference.
    /// ```
    ///
    /// ## How to fix
    /// Use a code or name listed by `pamphlet explain --list`.
}
