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
    let starts_with = |scheme: &str| {
        url.get(..scheme.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    };
    if !starts_with("https://") {
        return Err(if starts_with("http://") {
            "it uses http, not https".to_owned()
        } else {
            "it does not start with https://".to_owned()
        });
    }
    // The WHATWG URL parser, as browsers read the link: a port that is not a number, a
    // broken host or percent escape is refused here.
    let parsed =
        url::Url::parse(url).map_err(|error| format!("it is not a valid address ({error})"))?;
    let host = match parsed.host() {
        Some(url::Host::Domain(domain)) => domain.to_owned(),
        Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => {
            return Err("it names a numeric address, not a host name".to_owned());
        }
        None => String::new(),
    };
    // A public site has a name with a dot (not `localhost`), in labels that neither
    // start nor end with a hyphen.
    let labels_ok = host.split('.').count() >= 2
        && host
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
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
        // What a hand-written reading let through: a port that is not a number, a numeric
        // address, a broken percent escape in the host.
        assert!(validate_url("https://example.org:abc/").is_err());
        assert!(validate_url("https://192.0.2.1/guide").is_err());
        assert!(validate_url("https://exa%zzmple.org/").is_err());
        assert!(validate_url("https://example.org:8443/guide?page=2#top").is_ok());
        assert!(validate_url("https://www.versusarthritis.org/about-arthritis/").is_ok());
    }
}
