//! `unused-suppression` (PAM802): a suppression that matches no finding.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every `suppress` entry still hides a finding of its rule on its record.
    ///
    /// ## Why it matters
    /// Once the underlying problem is fixed, a leftover suppression would silently hide
    /// the same problem if it came back. Removing it keeps the check honest.
    ///
    /// ## Example
    /// A `stale-source` suppression on a source that has since been replaced by a 2023
    /// review.
    ///
    /// ## How to fix
    /// Delete the suppression.
}
