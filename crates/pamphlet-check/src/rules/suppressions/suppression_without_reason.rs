//! `suppression-without-reason` (PAM801): a suppression gives no reason.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every `suppress` entry has a `reason` that says something (not empty, not a
    /// placeholder). A suppression without a reason does not take effect: the finding it
    /// meant to hide is still reported.
    ///
    /// ## Why it matters
    /// A suppression overrules a safety check on patient advice. The next reviewer must be
    /// able to see why that was acceptable, or put it right.
    ///
    /// ## Example
    /// ```yaml
    /// suppress:
    ///   - rule: stale-source
    ///     reason: ""
    /// ```
    ///
    /// ## How to fix
    /// Write why the finding is acceptable for this record, in a sentence.
}
