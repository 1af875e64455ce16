//! `duplicate-key` (PAM003): a mapping names the same key twice.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no mapping holds the same key twice, such as two `sources:` lines in one
    /// treatment.
    ///
    /// ## Why it matters
    /// YAML tools disagree on which of the two values wins. The one you reviewed may not
    /// be the one that is printed, so a checked citation or dose can silently vanish.
    /// pamphlet keeps the first value and reports the second.
    ///
    /// ## Example
    /// ```yaml
    /// - id: heat
    ///   sources: [french-2006]
    ///   sources: []
    /// ```
    ///
    /// ## How to fix
    /// Merge the two entries into one key, or delete the one you do not want.
}
