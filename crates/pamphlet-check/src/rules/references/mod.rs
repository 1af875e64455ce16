//! Reference-quality rules: each bibliography entry can be found (a well-formed
//! DOI, PMID, ISBN or https URL), is dated plausibly and is not too old.

pub(crate) mod future_date;
pub(crate) mod invalid_isbn;
pub(crate) mod invalid_url;
pub(crate) mod malformed_doi;
pub(crate) mod malformed_pmid;
pub(crate) mod missing_access_date;
pub(crate) mod missing_locator;
pub(crate) mod stale_source;

use pamphlet_schema::Source;

use crate::rules::Finding;
use crate::settings::Settings;

pub(crate) fn check_source(
    source: &Source,
    pointer: &str,
    settings: &Settings,
    findings: &mut Vec<Finding>,
) {
    missing_locator::check(source, pointer, findings);
    malformed_doi::check(source, pointer, findings);
    malformed_pmid::check(source, pointer, findings);
    invalid_isbn::check(source, pointer, findings);
    invalid_url::check(source, pointer, findings);
    missing_access_date::check(source, pointer, findings);
    future_date::check(source, pointer, settings.today, findings);
    stale_source::check(source, pointer, settings, findings);
}
