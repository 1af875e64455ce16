//! Pagination: blocks of set text placed on pages, with the rules of good
//! typesetting: a heading stays with at least two lines of what follows, a
//! paragraph never leaves a single line alone at the foot or the head of a page,
//! and a panel (the "When to see a doctor" box) moves whole to the next page
//! rather than being split. Only when moving it would leave more than half a page
//! empty, or when it is taller than a page, is a panel divided: between its
//! paragraphs, never after one that keeps with the next, with a "continued" line
//! at the foot of each part (between lines only when one paragraph is taller
//! than a page).

use crate::fonts::Fonts;
use crate::text::{Color, Line, Span, set, set_balanced};
use crate::theme::Theme;

mod pager;
#[cfg(test)]
mod tests;

use pager::Pager;

/// A paragraph before it is set: its text, size and spacing.
#[derive(Clone, Debug)]
pub(crate) struct Paragraph {
    pub(crate) spans: Vec<Span>,
    pub(crate) size: f32,
    /// Line height in points.
    pub(crate) leading: f32,
    /// Left indent from the text area (or panel) edge.
    pub(crate) indent: f32,
    /// Drawn in the indent beside the first line: a bullet, a number, a box.
    pub(crate) marker: Option<Span>,
    pub(crate) space_before: f32,
    /// Headings: never the last thing on a page.
    pub(crate) keep_with_next: bool,
    /// Headings: set in lines of even length rather than filling each line.
    pub(crate) balanced: bool,
    /// An outline entry (level, title) pointing at this paragraph.
    pub(crate) bookmark: Option<(u8, String)>,
    /// A rule drawn under the paragraph's last line.
    pub(crate) rule: Option<Color>,
    /// The structure element its lines belong to (`tags::Structure`); `None` marks them
    /// as an artifact, page furniture a screen reader skips.
    pub(crate) tag: Option<usize>,
    /// The structure element of its marker (a list item's `Lbl`).
    pub(crate) marker_tag: Option<usize>,
}

/// A boxed group of paragraphs.
#[derive(Clone, Debug)]
pub(crate) struct Panel {
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) fill: Color,
    pub(crate) border: Color,
    pub(crate) padding: f32,
    pub(crate) space_before: f32,
    /// Set at the foot of each part of a divided panel, so that nobody takes the
    /// first part for the whole list.
    pub(crate) continued: Paragraph,
}

/// One record of several parts (a treatment, a recovery phase): its name and its parts,
/// kept together. A short record that does not fit moves whole to the next page; a long
/// one is divided, and each page it runs on to starts with its name again (`continued`).
#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub(crate) heading: Paragraph,
    pub(crate) parts: Vec<Paragraph>,
    /// "Chiropractic care, continued": set at the head of each later page of the record.
    pub(crate) continued: Paragraph,
}

/// A record no taller than this share of a page moves whole rather than being divided.
const SHORT_RECORD: f32 = 0.4;

#[derive(Clone, Debug)]
pub(crate) enum Block {
    Paragraph(Paragraph),
    Panel(Panel),
    Record(Record),
    /// A horizontal rule across the text area.
    Rule {
        color: Color,
        thickness: f32,
        space_before: f32,
    },
}

/// Something drawn on a page, in points measured from the page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Item {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        line: Line,
        /// The structure element the line belongs to; `None`: an artifact.
        tag: Option<usize>,
    },
    Rect {
        x: f32,
        top: f32,
        width: f32,
        height: f32,
        fill: Color,
        border: Color,
    },
    Rule {
        x: f32,
        y: f32,
        width: f32,
        color: Color,
        thickness: f32,
    },
}

/// An outline entry: where a section starts.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mark {
    pub(crate) level: u8,
    pub(crate) title: String,
    pub(crate) top: f32,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Page {
    pub(crate) items: Vec<Item>,
    pub(crate) marks: Vec<Mark>,
}

/// Sets every block and places the result on as many pages as it needs.
pub(crate) fn paginate(blocks: &[Block], fonts: &Fonts, theme: &Theme) -> Vec<Page> {
    let set_blocks: Vec<SetBlock<'_>> = blocks
        .iter()
        .map(|block| SetBlock::new(block, fonts, theme))
        .collect();
    let mut pager = Pager {
        theme,
        pages: vec![Page::default()],
        y: 0.0,
        running: None,
    };
    for (index, block) in set_blocks.iter().enumerate() {
        match block {
            SetBlock::Paragraph(paragraph) if paragraph.source.keep_with_next => {
                let space = pager.space(paragraph.source.space_before);
                let needed =
                    space + paragraph.height() + min_start(&set_blocks[index + 1..], pager.room());
                if pager.y > 0.0 && pager.y + needed > pager.room() {
                    pager.new_page();
                }
                pager.y += pager.space(paragraph.source.space_before);
                pager.place(paragraph, 0..paragraph.lines.len(), 0.0);
            }
            SetBlock::Paragraph(paragraph) => pager.flow(paragraph),
            SetBlock::Panel(panel) => pager.panel(panel),
            SetBlock::Record(record) => {
                let heading = &record.heading;
                let space = pager.space(heading.source.space_before);
                let whole = record.height();
                let start = heading.height() + min_start_of_parts(&record.parts);
                let short = whole <= pager.room() * SHORT_RECORD;
                let fits = pager.y + space + whole <= pager.room();
                let starts = pager.y + space + start <= pager.room();
                if pager.y > 0.0 && !fits && (short || !starts) {
                    pager.new_page();
                }
                pager.y += pager.space(heading.source.space_before);
                pager.place(heading, 0..heading.lines.len(), 0.0);
                pager.running = Some(&record.continued);
                for part in &record.parts {
                    pager.flow(part);
                }
                pager.running = None;
            }
            SetBlock::Rule(color, thickness, space_before) => {
                let space = pager.space(*space_before);
                pager.y += space;
                let (x, width, y) = (theme.margin_side, theme.text_width(), pager.top());
                pager.items().push(Item::Rule {
                    x,
                    y,
                    width,
                    color: *color,
                    thickness: *thickness,
                });
                pager.y += thickness;
            }
        }
    }
    pager.pages
}

struct SetParagraph<'a> {
    source: &'a Paragraph,
    lines: Vec<Line>,
    marker: Option<Line>,
}

impl SetParagraph<'_> {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.source.leading
    }
}

struct SetPanel<'a> {
    source: &'a Panel,
    paragraphs: Vec<SetParagraph<'a>>,
    continued: SetParagraph<'a>,
}

impl SetPanel<'_> {
    fn height(&self) -> f32 {
        let inner: f32 = self
            .paragraphs
            .iter()
            .enumerate()
            .map(|(index, paragraph)| {
                let space = if index == 0 {
                    0.0
                } else {
                    paragraph.source.space_before
                };
                space + paragraph.height()
            })
            .sum();
        inner + 2.0 * self.source.padding
    }

    /// The height of the paragraphs from `start` up to the first that does not keep
    /// with the next: the least that may stand at the foot of a part.
    fn group_height(&self, start: usize) -> f32 {
        let mut height = 0.0;
        for paragraph in &self.paragraphs[start..] {
            height += paragraph.source.space_before + paragraph.height();
            if !paragraph.source.keep_with_next {
                break;
            }
        }
        height
    }

    /// The height of the paragraphs from `start` to the end.
    fn rest_height(&self, start: usize) -> f32 {
        self.paragraphs[start..]
            .iter()
            .map(|paragraph| paragraph.source.space_before + paragraph.height())
            .sum()
    }

    fn continued_height(&self) -> f32 {
        self.continued.source.space_before + self.continued.height()
    }
}

struct SetRecord<'a> {
    heading: SetParagraph<'a>,
    parts: Vec<SetParagraph<'a>>,
    continued: SetParagraph<'a>,
}

impl SetRecord<'_> {
    fn height(&self) -> f32 {
        self.heading.height()
            + self
                .parts
                .iter()
                .map(|part| part.source.space_before + part.height())
                .sum::<f32>()
    }
}

enum SetBlock<'a> {
    Paragraph(SetParagraph<'a>),
    Panel(SetPanel<'a>),
    Record(SetRecord<'a>),
    Rule(Color, f32, f32),
}

impl<'a> SetBlock<'a> {
    fn new(block: &'a Block, fonts: &Fonts, theme: &Theme) -> SetBlock<'a> {
        let set_paragraph = |paragraph: &'a Paragraph, width: f32| SetParagraph {
            source: paragraph,
            lines: if paragraph.balanced {
                set_balanced
            } else {
                set
            }(
                &paragraph.spans,
                fonts,
                paragraph.size,
                width - paragraph.indent,
            ),
            marker: paragraph.marker.as_ref().and_then(|marker| {
                set(
                    std::slice::from_ref(marker),
                    fonts,
                    paragraph.size,
                    f32::MAX,
                )
                .into_iter()
                .next()
            }),
        };
        match block {
            Block::Paragraph(paragraph) => {
                SetBlock::Paragraph(set_paragraph(paragraph, theme.text_width()))
            }
            Block::Panel(panel) => {
                let width = theme.text_width() - 2.0 * panel.padding;
                SetBlock::Panel(SetPanel {
                    source: panel,
                    paragraphs: panel
                        .paragraphs
                        .iter()
                        .map(|paragraph| set_paragraph(paragraph, width))
                        .collect(),
                    continued: set_paragraph(&panel.continued, width),
                })
            }
            Block::Record(record) => {
                let width = theme.text_width();
                SetBlock::Record(SetRecord {
                    heading: set_paragraph(&record.heading, width),
                    parts: record
                        .parts
                        .iter()
                        .map(|part| set_paragraph(part, width))
                        .collect(),
                    continued: set_paragraph(&record.continued, width),
                })
            }
            Block::Rule {
                color,
                thickness,
                space_before,
            } => SetBlock::Rule(*color, *thickness, *space_before),
        }
    }
}

/// The least height of a record's parts that must follow its heading on the same page:
/// the first part's first lines (all of it when it is three lines or fewer).
fn min_start_of_parts(parts: &[SetParagraph<'_>]) -> f32 {
    parts.first().map_or(0.0, |part| {
        let count = part.lines.len();
        let lines = if count < 4 { count } else { 2 } as f32;
        part.source.space_before + lines * part.source.leading
    })
}

/// The least height that must follow on the same page: a heading with the start of
/// what it introduces, two lines of a paragraph, a whole panel, or a whole short record
/// (which is moved whole rather than divided); `room` is a page's text height.
fn min_start(blocks: &[SetBlock<'_>], room: f32) -> f32 {
    match blocks.first() {
        None => 0.0,
        Some(SetBlock::Paragraph(paragraph)) if paragraph.source.keep_with_next => {
            paragraph.source.space_before + paragraph.height() + min_start(&blocks[1..], room)
        }
        Some(SetBlock::Paragraph(paragraph)) => {
            // A paragraph of three lines or fewer cannot be split without leaving a
            // line alone, so all of it must follow.
            let count = paragraph.lines.len();
            let lines = if count < 4 { count } else { 2 } as f32;
            paragraph.source.space_before + lines * paragraph.source.leading
        }
        Some(SetBlock::Panel(panel)) => panel.source.space_before + panel.height(),
        Some(SetBlock::Record(record)) if record.height() <= room * SHORT_RECORD => {
            record.heading.source.space_before + record.height()
        }
        Some(SetBlock::Record(record)) => {
            record.heading.source.space_before
                + record.heading.height()
                + min_start_of_parts(&record.parts)
        }
        Some(SetBlock::Rule(_, thickness, space_before)) => space_before + thickness,
    }
}
