//! `review-dates-out-of-order` (PAM505): `next_review` is not after `last_reviewed`.

use pamphlet_schema::IsoDate;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That `next_review` is later than `last_reviewed`, and no more than five years later.
    ///
    /// ## Why it matters
    /// Swapped dates make an overdue guide look current, or the reverse, and a review date
    /// decades away (`9999-01-01`) switches the overdue check off. Either way the check
    /// that protects patients from outdated advice no longer works.
    ///
    /// ## Example
    /// ```yaml
    /// last_reviewed: 2026-11-01
    /// next_review: 2025-11-01
    /// ```
    ///
    /// ## How to fix
    /// Correct the dates; the next review usually falls one to three years after the last.
}

/// The longest a guide may go between clinical reviews.
const MAX_REVIEW_INTERVAL_DAYS: i64 = 5 * 366;

pub(crate) fn check(last_reviewed: IsoDate, next_review: IsoDate, findings: &mut Vec<Finding>) {
    if last_reviewed.days_until(next_review) > MAX_REVIEW_INTERVAL_DAYS {
        findings.push(
            Finding::new(
                Rule::ReviewDatesOutOfOrder,
                "/review/next_review",
                format!("the next review ({next_review}) is more than five years after the last ({last_reviewed})"),
            )
            .help("plan the next clinical review within five years, usually one to three"),
        );
    }
    if next_review <= last_reviewed {
        findings.push(
            Finding::new(
                Rule::ReviewDatesOutOfOrder,
                "/review/next_review",
                format!(
                    "the next review ({next_review}) is not after the last review ({last_reviewed})"
                ),
            )
            .help("set `next_review` to a date after `last_reviewed`"),
        );
    }
}
