//! `review-dates-out-of-order` (PAM505): `next_review` is not after `last_reviewed`.

use pamphlet_schema::IsoDate;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That `next_review` is later than `last_reviewed`.
    ///
    /// ## Why it matters
    /// Swapped dates make an overdue guide look current, or the reverse, so the
    /// overdue check cannot protect patients.
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

pub(crate) fn check(last_reviewed: IsoDate, next_review: IsoDate, findings: &mut Vec<Finding>) {
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
