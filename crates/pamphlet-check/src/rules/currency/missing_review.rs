//! `missing-review` (PAM501): the topic has no review record or review dates.

use pamphlet_schema::Review;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic has a `review` block with both `last_reviewed` and `next_review`
    /// dates.
    ///
    /// ## Why it matters
    /// Patients and clinicians need to know that a guide was checked by a clinician, when,
    /// and when it will be checked again. Without review data there is no way to tell a
    /// current guide from one written years ago and never looked at since.
    ///
    /// ## Example
    /// A topic file with no `review:` at all, or one without `next_review`.
    ///
    /// ## How to fix
    /// Add the block:
    /// ```yaml
    /// review:
    ///   authors: [{ name: A. Writer, credentials: Physiotherapist }]
    ///   reviewer: { name: B. Clinician, credentials: Sports physician }
    ///   last_reviewed: 2026-11-01
    ///   next_review: 2027-11-01
    /// ```
}

pub(crate) fn report_absent(findings: &mut Vec<Finding>) {
    findings.push(
        Finding::new(
            Rule::MissingReview,
            "/review",
            "the topic has no review record: no authors, clinical reviewer or review dates",
        )
        .help(
            "add a `review:` block with `authors`, `reviewer`, `last_reviewed` and `next_review`",
        ),
    );
}

pub(crate) fn check_dates(review: &Review, findings: &mut Vec<Finding>) {
    for (name, present) in [
        ("last_reviewed", review.last_reviewed.is_some()),
        ("next_review", review.next_review.is_some()),
    ] {
        if !present {
            findings.push(
                Finding::new(
                    Rule::MissingReview,
                    format!("/review/{name}"),
                    format!("the review record has no `{name}` date"),
                )
                .help(format!("add `{name}: YYYY-MM-DD`")),
            );
        }
    }
}
