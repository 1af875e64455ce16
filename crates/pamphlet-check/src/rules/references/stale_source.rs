//! `stale-source` (PAM408): a source older than the configured age.

use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::settings::Settings;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That no source is older than `max-source-age-years` (default 20) in
    /// `pamphlet.toml`, counted from the current year.
    ///
    /// ## Why it matters
    /// Clinical advice changes as evidence accumulates. An old source may have been
    /// overtaken by newer trials or guidelines, so it deserves a second look before it
    /// backs patient advice. Classic references can stay: suppress the finding next to
    /// the source with the reason it is still the right one.
    ///
    /// ## Example
    /// ```yaml
    /// - id: alvarez-2002
    ///   year: 2002
    /// ```
    ///
    /// ## How to fix
    /// Look for a newer review or guideline that covers the claim and cite it instead; or
    /// keep the source and add a suppression with a reason:
    /// ```yaml
    ///   suppress:
    ///     - rule: stale-source
    ///       reason: Still the reference the 2023 review relies on for this point.
    /// ```
}

pub(crate) fn check(
    source: &Source,
    pointer: &str,
    settings: &Settings,
    findings: &mut Vec<Finding>,
) {
    let Some(year) = source.year else { return };
    let age = i32::from(settings.today.year()) - year;
    if age > settings.max_source_age_years {
        findings.push(
            Finding::new(
                Rule::StaleSource,
                format!("{pointer}/year"),
                format!("source `{}` is {age} years old, older than the {}-year limit", source.id, settings.max_source_age_years),
            )
            .help("cite a newer review or guideline, or suppress this finding on the source with the reason it still holds"),
        );
    }
}
