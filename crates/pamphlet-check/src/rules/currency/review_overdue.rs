//! `review-overdue` (PAM502): the topic is past its next review date.

use pamphlet_schema::IsoDate;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic's `next_review` date has not passed. "Today" is the date of the run,
    /// or `--today YYYY-MM-DD` when given.
    ///
    /// ## Why it matters
    /// The review date is the clinic's promise that the advice is still current. An
    /// overdue guide may repeat advice that newer evidence has changed, so it must not be
    /// printed for patients until a clinician has looked at it again.
    ///
    /// ## Example
    /// ```yaml
    /// next_review: 2025-06-01
    /// ```
    /// checked on 2026-11-23.
    ///
    /// ## How to fix
    /// Have a clinician review the guide against current sources, then update
    /// `last_reviewed` to the review day and set a new `next_review`.
}

pub(crate) fn report(next_review: IsoDate, today: IsoDate, findings: &mut Vec<Finding>) {
    let days = next_review.days_until(today);
    findings.push(
        Finding::new(
            Rule::ReviewOverdue,
            "/review/next_review",
            format!("the clinical review was due on {next_review}, {days} day{} ago", if days == 1 { "" } else { "s" }),
        )
        .help("have a clinician review the guide, then update `last_reviewed` and set a new `next_review`"),
    );
}
