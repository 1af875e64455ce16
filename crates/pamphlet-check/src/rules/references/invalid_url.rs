//! `invalid-url` (PAM405): a URL is malformed or not https.

use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a `url` is an absolute `https://` address with a host name and no spaces.
    ///
    /// ## Why it matters
    /// Links are printed on handouts and clickable in the PDF. A plain `http://` link can
    /// be altered in transit, and a malformed one leads nowhere, so readers cannot reach
    /// the evidence.
    ///
    /// ## Example
    /// ```yaml
    /// url: http://www.aafp.org/afp/2002/0215/p653.html
    /// url: www.versusarthritis.org/hip-pain
    /// ```
    ///
    /// ## How to fix
    /// Use the page's `https://` address, copied from the browser's address bar.
}

pub(crate) fn check(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    let Some(url) = source.url.as_deref() else {
        return;
    };
    if let Err(problem) = validate_url(url) {
        findings.push(
            Finding::new(
                Rule::InvalidUrl,
                format!("{pointer}/url"),
                format!("`{url}` is not a usable link: {problem}"),
            )
            .help("use the page's full https:// address, copied from the browser"),
        );
    }
}

pub(crate) fn validate_url(url: &str) -> Result<(), String> {
    if url
        .chars()
        .any(|character| character.is_whitespace() || character.is_control())
    {
        return Err("it contains spaces or control characters".to_owned());
    }
    let scheme_length = "https://".len();
    let has_https = url
        .get(..scheme_length)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"));
    let Some(rest) = url.get(scheme_length..).filter(|_| has_https) else {
        return Err(
            if url
                .get(..7)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case("http://"))
            {
                "it uses http, not https".to_owned()
            } else {
                "it does not start with https://".to_owned()
            },
        );
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let labels_ok = host.split('.').count() >= 2
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|character| character.is_alphanumeric() || character == '-')
        });
    if labels_ok {
        Ok(())
    } else {
        Err(format!("`{host}` is not a host name"))
    }
}

#[cfg(test)]
mod tests {
    use super::validate_url;

    #[test]
    fn accepts_https_links_only() {
        assert!(validate_url("https://pubmed.ncbi.nlm.nih.gov/28158962/").is_ok());
        assert!(validate_url("https://www.aafp.org/pubs/afp/issues/2002/0215/p653.html").is_ok());
        assert!(validate_url("http://www.aafp.org/").is_err());
        assert!(validate_url("HTTPS://WWW.AAFP.ORG/x").is_ok());
        assert!(validate_url("www.aafp.org").is_err());
        assert!(validate_url("https://").is_err());
        assert!(validate_url("https://localhost/").is_err());
        assert!(validate_url("https://exa mple.org/").is_err());
    }
}
