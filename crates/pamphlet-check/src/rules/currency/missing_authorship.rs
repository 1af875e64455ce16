//! `missing-authorship` (PAM506): no named author or clinical reviewer.

use pamphlet_schema::{Person, Review};

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the review record names at least one author and a clinical reviewer, each
    /// with a name and credentials.
    ///
    /// ## Why it matters
    /// Readers judge health information by who stands behind it. A named, qualified
    /// author and reviewer make the clinic accountable for the advice.
    ///
    /// ## Example
    /// ```yaml
    /// review:
    ///   authors: []
    ///   reviewer: { name: "", credentials: "" }
    /// ```
    ///
    /// ## How to fix
    /// Name the authors and the clinician who reviewed the guide, with their credentials.
}

pub(crate) fn check(review: &Review, findings: &mut Vec<Finding>) {
    let named = |person: &Person| !person.name.trim().is_empty();
    if !review.authors.iter().any(named) {
        findings.push(
            Finding::new(
                Rule::MissingAuthorship,
                "/review/authors",
                "the topic names no author",
            )
            .help("list the authors with `name` and `credentials`"),
        );
    }
    for (index, author) in review.authors.iter().enumerate() {
        if named(author) && author.credentials.trim().is_empty() {
            findings.push(
                Finding::new(
                    Rule::MissingAuthorship,
                    format!("/review/authors/{index}/credentials"),
                    format!("author {} has no credentials", author.name),
                )
                .help("add the author's qualifications and role"),
            );
        }
    }
    match &review.reviewer {
        Some(reviewer) if named(reviewer) => {
            if reviewer.credentials.trim().is_empty() {
                findings.push(
                    Finding::new(
                        Rule::MissingAuthorship,
                        "/review/reviewer/credentials",
                        format!("reviewer {} has no credentials", reviewer.name),
                    )
                    .help("add the reviewer's clinical qualifications"),
                );
            }
        }
        _ => findings.push(
            Finding::new(
                Rule::MissingAuthorship,
                "/review/reviewer",
                "the topic names no clinical reviewer",
            )
            .help("name the clinician who reviewed the guide, with `name` and `credentials`"),
        ),
    }
}
