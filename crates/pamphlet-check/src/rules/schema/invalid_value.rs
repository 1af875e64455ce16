//! `invalid-value` (PAM104): a value the field does not allow.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That values are among those a field allows: an evidence level, category,
    /// frequency or action from its list; a real calendar date written `YYYY-MM-DD`;
    /// numbers within their range (weeks 1 to 520, a plausible year).
    ///
    /// ## Why it matters
    /// A red flag whose action is `later` instead of `urgent`, or a review date of
    /// 2026-02-30, cannot be shown or sorted correctly, and the patient may be told the
    /// wrong thing about how soon to get help.
    ///
    /// ## Example
    /// ```yaml
    /// action: asap
    /// last_reviewed: 2026-02-30
    /// ```
    ///
    /// ## How to fix
    /// Use one of the values listed in the message, or a real date.
}
