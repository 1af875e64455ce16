//! `outdated-translation` (PAM612): a translation still predates its original's review
//! after the grace period. `stale_translation::check` finds both this and the warning
//! before it; this file documents the rule.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a translation reviewed before its original's last review was brought up to
    /// date within `translation-grace-days` (`[check]` of `pamphlet.toml`, 30 days unless
    /// set) of that review. Until then, `stale-translation` warns.
    ///
    /// ## Why it matters
    /// The original's advice changed and the translation has not followed for longer than
    /// the clinic allows: patients reading it may be acting on advice their clinic no
    /// longer gives.
    ///
    /// ## Example
    /// ```yaml
    /// # original: last_reviewed: 2026-06-01; today: 2026-12-02
    /// review:
    ///   last_reviewed: 2026-01-15
    /// ```
    ///
    /// ## How to fix
    /// Bring the translation up to date with the original, have it reviewed and set
    /// `last_reviewed` to the day of that review. Until it is, stop handing it out.
}
