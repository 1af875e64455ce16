//! `review-due-soon` (PAM503): the next review is due within the warning window.

use pamphlet_schema::IsoDate;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// Whether a topic's `next_review` falls within `review-warning-days` (default 60)
    /// of today.
    ///
    /// ## Why it matters
    /// A clinical review takes time to arrange. A warning ahead of the date gives the
    /// team time to review the guide before it becomes overdue and has to be withdrawn.
    ///
    /// ## Example
    /// ```yaml
    /// next_review: 2026-12-15
    /// ```
    /// checked on 2026-11-23.
    ///
    /// ## How to fix
    /// Book the clinical review. After it, update `last_reviewed` and `next_review`.
}

pub(crate) fn check(
    next_review: IsoDate,
    today: IsoDate,
    window_days: i64,
    findings: &mut Vec<Finding>,
) {
    let days_left = today.days_until(next_review);
    if days_left <= window_days {
        findings.push(
            Finding::new(
                Rule::ReviewDueSoon,
                "/review/next_review",
                format!(
                    "the clinical review is due on {next_review}, in {days_left} day{}",
                    if days_left == 1 { "" } else { "s" }
                ),
            )
            .help("arrange the clinical review now so the guide does not become overdue"),
        );
    }
}
