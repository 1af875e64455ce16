//! PDF handouts of pamphlet topics, typeset by pamphlet itself.
//!
//! [`handout`] turns one resolved topic (`pamphlet_model::Topic`: checked, every
//! citation numbered) into the bytes of a PDF file: it decides
//! what goes on the page (`sections`), sets the text with the font's metrics and
//! an optimal-fit line breaker (`text`), breaks it into pages (`layout`), draws
//! them into content streams (`render`, `content`) and writes the file with lopdf:
//! subset fonts, metadata, an outline and the structure tree (`fonts`, `document`,
//! `tagged`). Nothing here touches the file system or the
//! clock: the same input always gives the same bytes.

mod content;
mod document;
mod fonts;
#[doc(hidden)]
pub mod hot_paths;
mod layout;
mod messages;
mod references;
mod render;
mod sections;
mod tagged;
mod tags;
mod text;
mod theme;
mod writer;

use pamphlet_model::{Clinic, Topic};
use pamphlet_schema::IsoDate;

pub use crate::fonts::Fonts;
use crate::fonts::Weight;
use crate::messages::Messages;
pub use crate::messages::handout_languages;
use crate::render::Footer;
use crate::theme::Theme;

/// How a handout is printed.
#[derive(Clone, Debug, Default)]
pub struct PdfOptions {
    /// The faces to print with; `None`: the bundled DejaVu Sans.
    pub fonts: Option<std::sync::Arc<Fonts>>,
    pub paper: Paper,
    /// Body text at 16 pt instead of 10.5 pt, and everything else in proportion.
    pub large_print: bool,
    /// The date written into the document information (for example from
    /// `SOURCE_DATE_EPOCH`); without one the file carries no dates.
    pub source_date: Option<IsoDate>,
}

/// The paper size of the pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 inches.
    Letter,
}

/// Why a handout could not be made.
#[derive(Clone, Debug, thiserror::Error)]
pub enum PdfError {
    /// A face of the handout's font could not be read or subset.
    #[error("the {0} face of the handout's font could not be read or subset")]
    Font(&'static str),
    /// lopdf could not build the document.
    #[error("the PDF could not be built: {0}")]
    Build(String),
}

/// The PDF handout of the resolved `topic`, from `clinic`.
pub fn handout(topic: &Topic, clinic: &Clinic, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    let theme = Theme::new(options);
    let fonts: &Fonts = match &options.fonts {
        Some(fonts) => fonts,
        None => Fonts::shared()?,
    };
    let messages = Messages::for_language(&topic.language);
    let (blocks, mut structure) = sections::blocks(topic, clinic, &theme, messages, false);
    let mut pages = layout::paginate(&blocks, fonts, &theme);
    // The red flags must be seen: when the introduction pushes them off the first
    // page (large print, a long summary), they come straight after the title.
    let red_flags_on_first_page = |pages: &[layout::Page]| {
        pages.first().is_some_and(|page| {
            page.marks
                .iter()
                .any(|mark| mark.title == messages.red_flags)
        })
    };
    if !topic.red_flags.is_empty() && !red_flags_on_first_page(&pages) {
        let (blocks, first) = sections::blocks(topic, clinic, &theme, messages, true);
        pages = layout::paginate(&blocks, fonts, &theme);
        structure = first;
    }
    let footer = Footer {
        // As the face prints it, so that the subset holds what the footer draws.
        title: topic
            .title
            .trim()
            .chars()
            .map(|ch| fonts.face(Weight::Regular).printable(ch))
            .collect(),
        reviewed: topic.review.last_reviewed,
        next_review: topic.review.next_review,
        messages,
    };
    let footers = render::footers(pages.len(), &footer, fonts, &theme);
    // Each face cut down to the characters it prints, before anything is drawn: the
    // content streams name the subsets' glyphs.
    let subset = |weight: Weight| {
        let items = pages
            .iter()
            .flat_map(|page| &page.items)
            .chain(footers.iter().flatten());
        let used = render::characters(items, weight, fonts);
        if used.is_empty() {
            Ok(None)
        } else {
            fonts.face(weight).subset(&used).map(Some)
        }
    };
    let subsets = render::Subsets {
        regular: subset(Weight::Regular)?,
        bold: subset(Weight::Bold)?,
    };
    let drawn: Vec<render::Drawn> = pages
        .iter()
        .zip(&footers)
        .enumerate()
        .map(|(index, (page, footer))| {
            render::page(
                page,
                footer,
                index,
                &subsets,
                &theme,
                messages,
                &mut structure,
            )
        })
        .collect();
    let bookmarks: Vec<document::Bookmark> = pages
        .iter()
        .enumerate()
        .flat_map(|(index, page)| page.marks.iter().map(move |mark| (index, mark.clone())))
        .collect();
    let metadata = document::Metadata {
        title: topic.title.trim().to_owned(),
        author: clinic.name.trim().to_owned(),
        subject: subject(&topic.summary),
        language: topic.language.trim().to_owned(),
        date: options
            .source_date
            .map(|date| format!("D:{}000000Z", date.to_string().replace('-', ""))),
    };
    document::write(
        drawn,
        &subsets,
        &bookmarks,
        &metadata,
        &structure,
        document::PageSize {
            width: theme.page_width,
            height: theme.page_height,
        },
    )
}

/// The footer's right half as a handout in `language` may print it on page `page` of
/// `pages`, in each of its forms (full dates, short dates, short dates without the next
/// review). For tools that read a handout back and must tell its footer from its body.
pub fn footer_forms(
    language: &str,
    reviewed: IsoDate,
    next_review: IsoDate,
    (page, pages): (usize, usize),
) -> [String; 3] {
    Messages::for_language(language).footer_forms(reviewed, next_review, page, pages)
}

/// The lines a handout in `language` prints as page furniture, outside its structure
/// tree: the red-flag panel's "the list goes on" line, and the end of a record's name set
/// again at the head of a page it runs on to (", continued").
pub fn furniture(language: &str) -> (&'static str, &'static str) {
    let messages = Messages::for_language(language);
    (messages.list_continues, messages.continued_suffix())
}

/// The document's subject: the summary's first sentence, at most about 200 characters.
fn subject(summary: &str) -> String {
    let summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = match summary.find(". ") {
        Some(end) => &summary[..=end],
        None => summary.as_str(),
    };
    if first.chars().count() <= 200 {
        return first.to_owned();
    }
    let cut: String = first.chars().take(199).collect();
    match cut.rfind(' ') {
        Some(space) => format!("{}…", &cut[..space]),
        None => format!("{cut}…"),
    }
}
