//! `review-in-future` (PAM504): the last review date is after today.

use pamphlet_schema::IsoDate;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That `last_reviewed` is not after today.
    ///
    /// ## Why it matters
    /// A review that has not happened yet cannot vouch for the guide. A future date
    /// usually means the planned date was written in the wrong field.
    ///
    /// ## Example
    /// ```yaml
    /// last_reviewed: 2027-03-01
    /// ```
    /// checked on 2026-11-23.
    ///
    /// ## How to fix
    /// Write the day the review actually took place; put planned dates in `next_review`.
}

pub(crate) fn check(last_reviewed: IsoDate, today: IsoDate, findings: &mut Vec<Finding>) {
    if last_reviewed > today {
        findings.push(
            Finding::new(
                Rule::ReviewInFuture,
                "/review/last_reviewed",
                format!("the last review is dated {last_reviewed}, which is after today ({today})"),
            )
            .help("write the day the review took place; planned dates belong in `next_review`"),
        );
    }
}
