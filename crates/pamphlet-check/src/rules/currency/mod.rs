//! Currency and authority rules: a topic names its authors and clinical
//! reviewer, and its review dates are plausible and not overdue.

pub(crate) mod missing_authorship;
pub(crate) mod missing_review;
pub(crate) mod review_dates_out_of_order;
pub(crate) mod review_due_soon;
pub(crate) mod review_in_future;
pub(crate) mod review_overdue;

use crate::rules::{Finding, TopicContext};

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let Some(review) = &context.topic.review else {
        missing_review::report_absent(findings);
        return;
    };
    missing_review::check_dates(review, findings);
    missing_authorship::check(review, findings);
    let today = context.settings.today;
    if let Some(last_reviewed) = review.last_reviewed {
        review_in_future::check(last_reviewed, today, findings);
    }
    if let Some(next_review) = review.next_review {
        if next_review < today {
            review_overdue::report(next_review, today, findings);
        } else {
            review_due_soon::check(
                next_review,
                today,
                context.settings.review_warning_days,
                findings,
            );
        }
    }
    if let (Some(last_reviewed), Some(next_review)) = (review.last_reviewed, review.next_review) {
        review_dates_out_of_order::check(last_reviewed, next_review, findings);
    }
}
