//! `input-too-large` (PAM004): the file exceeds a loading budget.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a file stays within the budgets that keep checking fast and safe: its size
    /// (4 MiB by default, `max-file-bytes` in `pamphlet.toml`), its nesting depth (64
    /// levels) and the number of nodes after expanding YAML aliases (250,000).
    ///
    /// ## Why it matters
    /// A pull request from anyone runs through CI. A tiny file of nested aliases (a "YAML
    /// bomb") or a huge pasted blob could otherwise stall or crash the check, and a guide
    /// that size is not one a patient could read anyway.
    ///
    /// ## Example
    /// ```yaml
    /// a: &a [x, x, x, x, x, x, x, x, x]
    /// b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    /// c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    /// ```
    ///
    /// ## How to fix
    /// Split very long guides into several topics, remove pasted data, and write lists
    /// out instead of repeating them through aliases.
}
