//! `missing-locator` (PAM401): a source has no DOI, PMID, ISBN or URL.

use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every source has at least one locator: `doi`, `pmid`, `isbn` or `url`.
    ///
    /// ## Why it matters
    /// A reference nobody can look up cannot be verified. Invented references are a real
    /// failure of generated health content, and a locator is what lets a reviewer (or
    /// a patient) confirm that the source exists and says what the guide claims.
    ///
    /// ## Example
    /// ```yaml
    /// - id: simons-1999
    ///   type: book
    ///   title: "Myofascial Pain and Dysfunction: The Trigger Point Manual"
    /// ```
    ///
    /// ## How to fix
    /// Add the DOI, PubMed id, ISBN or web address, copied from the publisher's or
    /// PubMed's page. Never make one up: if you cannot find one, do not cite the source.
}

pub(crate) fn check(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    if source
        .locators()
        .all(|locator| locator_text(locator).trim().is_empty())
    {
        findings.push(
            Finding::new(Rule::MissingLocator, pointer, format!("source `{}` has no DOI, PMID, ISBN or URL", source.id))
                .help("add a `doi`, `pmid`, `isbn` or `url` copied from the publisher's or PubMed's page; never invent one"),
        );
    }
}

fn locator_text(locator: pamphlet_schema::Locator<'_>) -> &str {
    match locator {
        pamphlet_schema::Locator::Doi(text)
        | pamphlet_schema::Locator::Pmid(text)
        | pamphlet_schema::Locator::Isbn(text)
        | pamphlet_schema::Locator::Url(text) => text,
    }
}
