//! `missing-access-date` (PAM406): a webpage source without `accessed`.

use pamphlet_schema::{Source, SourceType};

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every source of type `webpage` has an `accessed` date: the day someone read
    /// the page and confirmed it says what the guide cites it for.
    ///
    /// ## Why it matters
    /// Web pages change without notice. The access date tells a reviewer which version
    /// supported the claim and when the page should be checked again.
    ///
    /// ## Example
    /// ```yaml
    /// - id: versusarthritis-hip
    ///   type: webpage
    ///   url: https://www.versusarthritis.org/about-arthritis/conditions/hip-pain/
    /// ```
    ///
    /// ## How to fix
    /// Read the page again and add `accessed: YYYY-MM-DD` with today's date.
}

pub(crate) fn check(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    if source.source_type == Some(SourceType::Webpage) && source.accessed.is_none() {
        findings.push(
            Finding::new(Rule::MissingAccessDate, pointer, format!("webpage `{}` does not say when it was read", source.id))
                .help("read the page again to confirm it still supports the claim, then add `accessed: YYYY-MM-DD`"),
        );
    }
}
