//! Citations and the reference list: each record's text ends with the numbers of the
//! sources it cites (numbered once, by `pamphlet_model`), and the list at the end gives
//! every cited source with clickable DOIs and addresses.

use pamphlet_model::Source;

use crate::messages::Messages;
use crate::text::Span;
use crate::theme::{INK, LINK, MUTED, regular};
use crate::writer::sentence;

/// The citation mark of a record that cites `sources`, such as " [1, 3]": the numbers
/// the model gave them, in order, each once. It starts with a no-break space so that it
/// never begins a line. Empty when the record cites nothing.
pub(crate) fn cite(sources: &[Source]) -> String {
    let mut numbers: Vec<usize> = sources.iter().map(|source| source.number).collect();
    numbers.sort_unstable();
    numbers.dedup();
    if numbers.is_empty() {
        return String::new();
    }
    let list: Vec<String> = numbers.iter().map(usize::to_string).collect();
    format!("\u{A0}[{}]", list.join(",\u{A0}"))
}

/// One entry of the reference list, in the Vancouver style that medical journals use:
/// authors, title, container, year, pages, then every locator. DOIs, PubMed ids and
/// web addresses are links.
pub(crate) fn entry(source: &Source, messages: &Messages) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut text = String::new();
    let authors = authors(&source.authors);
    if !authors.is_empty() {
        text.push_str(&sentence(&authors));
        text.push(' ');
    }
    text.push_str(&sentence(source.title.trim()));
    let container = source.container.trim();
    // A web page whose author is the site itself need not name it twice.
    if !container.is_empty() && container != authors {
        text.push(' ');
        text.push_str(&sentence(container));
    }
    let published = match (source.year, source.pages.as_deref().map(str::trim)) {
        (Some(year), Some(pages)) if !pages.is_empty() => format!(" {year};{pages}."),
        (Some(year), _) => format!(" {year}."),
        (None, Some(pages)) if !pages.is_empty() => format!(" {pages}."),
        _ => String::new(),
    };
    text.push_str(&published);
    if let Some(accessed) = source.accessed {
        text.push_str(&messages.accessed(accessed));
    }
    spans.push(Span {
        text,
        style: regular(INK),
        link: None,
    });
    let mut locators: Vec<(String, String)> = Vec::new();
    if let Some(doi) = source.doi.as_deref().map(str::trim) {
        let address = format!("https://doi.org/{doi}");
        locators.push((address.clone(), address));
    }
    if let Some(pmid) = source.pmid.as_deref().map(str::trim) {
        let address = format!("https://pubmed.ncbi.nlm.nih.gov/{pmid}/");
        // The same page as the web address below: say it once.
        if source.url.as_deref().map(str::trim) != Some(address.as_str()) {
            locators.push((format!("PMID: {pmid}"), address));
        }
    }
    if let Some(isbn) = source.isbn.as_deref().map(str::trim) {
        locators.push((format!("ISBN {isbn}"), String::new()));
    }
    if let Some(url) = source.url.as_deref().map(str::trim) {
        locators.push((url.to_owned(), url.to_owned()));
    }
    for (shown, address) in locators {
        spans.push(Span {
            text: " ".to_owned(),
            style: regular(INK),
            link: None,
        });
        let linked = address.starts_with("https://") || address.starts_with("http://");
        spans.push(Span {
            text: shown,
            style: regular(if linked { LINK } else { MUTED }),
            link: linked.then_some(address),
        });
    }
    spans
}

/// Up to six authors, then the first three and "et al.", as Vancouver style asks.
fn authors(names: &[String]) -> String {
    let names: Vec<&str> = names
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .collect();
    if names.len() > 6 {
        format!("{}, et al", names[..3].join(", "))
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pamphlet_schema::SourceType;

    fn source(number: usize) -> Source {
        Source {
            number,
            id: "shah-2015".to_owned(),
            source_type: SourceType::JournalArticle,
            authors: vec!["Shah JP".to_owned(), "Gerber L".to_owned()],
            title: "Myofascial Trigger Points Then and Now".to_owned(),
            container: "PM&R".to_owned(),
            year: Some(2015),
            pages: Some("7(7):746-761".to_owned()),
            doi: Some("10.1016/j.pmrj.2015.01.024".to_owned()),
            pmid: None,
            isbn: None,
            url: None,
            accessed: None,
        }
    }

    #[test]
    fn a_mark_lists_each_number_once_in_order() {
        assert_eq!(cite(&[source(3)]), "\u{A0}[3]");
        assert_eq!(
            cite(&[source(4), source(1), source(4)]),
            "\u{A0}[1,\u{A0}4]"
        );
        assert_eq!(cite(&[]), "");
    }

    #[test]
    fn entries_read_as_vancouver_with_links() {
        let spans = entry(&source(1), Messages::for_language("en"));
        let text: String = spans.iter().map(|span| span.text.as_str()).collect();
        assert_eq!(
            text,
            "Shah JP, Gerber L. Myofascial Trigger Points Then and Now. PM&R. \
             2015;7(7):746-761. https://doi.org/10.1016/j.pmrj.2015.01.024"
        );
        assert_eq!(
            spans.last().and_then(|span| span.link.as_deref()),
            Some("https://doi.org/10.1016/j.pmrj.2015.01.024")
        );
    }
}
