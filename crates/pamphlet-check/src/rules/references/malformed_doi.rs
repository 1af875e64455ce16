//! `malformed-doi` (PAM402): a DOI is not of the form `10.NNNN/suffix`.

use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a `doi` has the DOI syntax: `10.`, a registrant code of four or more digits
    /// (optionally with dot-separated parts), a slash and a non-empty suffix without
    /// spaces. A `https://doi.org/` prefix is reported too: write the bare DOI.
    ///
    /// ## Why it matters
    /// A mistyped DOI sends a reader to the wrong paper or to nothing, and the exported
    /// data carries the broken link to every other system.
    ///
    /// ## Example
    /// ```yaml
    /// doi: https://doi.org/10.2519/jospt.2017.7096
    /// doi: 10.25/jospt
    /// ```
    ///
    /// ## How to fix
    /// Copy the DOI from the article's page and write it bare: `10.2519/jospt.2017.7096`.
}

pub(crate) fn check(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    let Some(doi) = source.doi.as_deref() else {
        return;
    };
    let problem = if doi.starts_with("http")
        || doi.starts_with("doi.org")
        || doi.to_lowercase().starts_with("doi:")
    {
        Some("write the bare DOI, without `https://doi.org/` or `doi:` in front")
    } else if doi.ends_with(['.', ',', ';']) {
        Some(
            "remove the punctuation at the end: it was copied from the citation, not part of the DOI",
        )
    } else if !is_doi(doi) {
        Some("a DOI looks like `10.2519/jospt.2017.7096`: copy it from the article's page")
    } else {
        None
    };
    if let Some(help) = problem {
        findings.push(
            Finding::new(
                Rule::MalformedDoi,
                format!("{pointer}/doi"),
                format!("`{doi}` is not a well-formed DOI"),
            )
            .help(help),
        );
    }
}

/// Whether `text` has DOI syntax: `10.` + registrant digits (dot-separated) + `/` + suffix.
pub(crate) fn is_doi(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    let registrant_ok = registrant
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit()))
        && registrant
            .split('.')
            .next()
            .is_some_and(|first| first.len() >= 4);
    let suffix_ok = !suffix.is_empty() && !suffix.chars().any(char::is_whitespace);
    registrant_ok && suffix_ok
}

#[cfg(test)]
mod tests {
    use super::is_doi;

    #[test]
    fn accepts_real_dois_and_refuses_malformed_ones() {
        assert!(is_doi("10.2519/jospt.2017.7096"));
        assert!(is_doi("10.1002/14651858.CD001929.pub3"));
        assert!(is_doi("10.1179/106698111X13129729552065"));
        assert!(!is_doi("10.25/jospt"));
        assert!(!is_doi("10.2519/"));
        assert!(!is_doi("10.2519 /x"));
        assert!(!is_doi("11.2519/x"));
        assert!(!is_doi("10.2519/with space"));
    }
}
