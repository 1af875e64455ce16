//! `future-date` (PAM407): a source's year or access date is in the future.

use pamphlet_schema::{IsoDate, Source};

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a source's `year` is not after the current year and its `accessed` date is
    /// not after today. "Today" is the date of the run, or `--today` when given (CI runs
    /// and tests fix it so that results do not change overnight).
    ///
    /// ## Why it matters
    /// A date in the future is a typing slip at best, and at worst the sign of a made-up
    /// reference. Either way the citation cannot be trusted as written.
    ///
    /// ## Example
    /// ```yaml
    /// year: 2051
    /// accessed: 2099-01-01
    /// ```
    ///
    /// ## How to fix
    /// Correct the year from the publisher's page, and the access date to the day you
    /// read the page.
}

pub(crate) fn check(source: &Source, pointer: &str, today: IsoDate, findings: &mut Vec<Finding>) {
    if let Some(year) = source.year
        && year > i32::from(today.year())
    {
        findings.push(
            Finding::new(
                Rule::FutureDate,
                format!("{pointer}/year"),
                format!(
                    "source `{}` is dated {year}, which is in the future",
                    source.id
                ),
            )
            .help("correct the year from the publisher's page"),
        );
    }
    if let Some(accessed) = source.accessed
        && accessed > today
    {
        findings.push(
            Finding::new(
                Rule::FutureDate,
                format!("{pointer}/accessed"),
                format!(
                    "source `{}` was accessed on {accessed}, which is after today ({today})",
                    source.id
                ),
            )
            .help("write the day you actually read the page"),
        );
    }
}
