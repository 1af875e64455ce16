//! Pagination: blocks of set text placed on pages, with the rules of good
//! typesetting: a heading stays with at least two lines of what follows, a
//! paragraph never leaves a single line alone at the foot or the head of a page,
//! and a panel (the "When to see a doctor" box) moves whole to the next page
//! rather than being split (only a panel taller than a page is divided, and
//! then between lines).

use crate::fonts::Fonts;
use crate::text::{Color, Line, Span, set};
use crate::theme::Theme;

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
    /// An outline entry (level, title) pointing at this paragraph.
    pub(crate) bookmark: Option<(u8, String)>,
    /// A rule drawn under the paragraph's last line.
    pub(crate) rule: Option<Color>,
}

/// A boxed group of paragraphs.
#[derive(Clone, Debug)]
pub(crate) struct Panel {
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) fill: Color,
    pub(crate) border: Color,
    pub(crate) padding: f32,
    pub(crate) space_before: f32,
}

#[derive(Clone, Debug)]
pub(crate) enum Block {
    Paragraph(Paragraph),
    Panel(Panel),
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
    };
    for (index, block) in set_blocks.iter().enumerate() {
        match block {
            SetBlock::Paragraph(paragraph) if paragraph.source.keep_with_next => {
                let space = pager.space(paragraph.source.space_before);
                let needed = space + paragraph.height() + min_start(&set_blocks[index + 1..]);
                if pager.y > 0.0 && pager.y + needed > pager.room() {
                    pager.new_page();
                }
                pager.y += pager.space(paragraph.source.space_before);
                pager.place(paragraph, 0..paragraph.lines.len(), 0.0);
            }
            SetBlock::Paragraph(paragraph) => pager.flow(paragraph),
            SetBlock::Panel(panel) => pager.panel(panel),
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
}

enum SetBlock<'a> {
    Paragraph(SetParagraph<'a>),
    Panel(SetPanel<'a>),
    Rule(Color, f32, f32),
}

impl<'a> SetBlock<'a> {
    fn new(block: &'a Block, fonts: &Fonts, theme: &Theme) -> SetBlock<'a> {
        let set_paragraph = |paragraph: &'a Paragraph, width: f32| SetParagraph {
            source: paragraph,
            lines: set(
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

/// The least height that must follow on the same page: a heading with the start of
/// what it introduces, two lines of a paragraph, or a whole panel.
fn min_start(blocks: &[SetBlock<'_>]) -> f32 {
    match blocks.first() {
        None => 0.0,
        Some(SetBlock::Paragraph(paragraph)) if paragraph.source.keep_with_next => {
            paragraph.source.space_before + paragraph.height() + min_start(&blocks[1..])
        }
        Some(SetBlock::Paragraph(paragraph)) => {
            // A paragraph of three lines or fewer cannot be split without leaving a
            // line alone, so all of it must follow.
            let count = paragraph.lines.len();
            let lines = if count < 4 { count } else { 2 } as f32;
            paragraph.source.space_before + lines * paragraph.source.leading
        }
        Some(SetBlock::Panel(panel)) => panel.source.space_before + panel.height(),
        Some(SetBlock::Rule(_, thickness, space_before)) => space_before + thickness,
    }
}

struct Pager<'t> {
    theme: &'t Theme,
    pages: Vec<Page>,
    /// How far down the text area the next line starts.
    y: f32,
}

impl Pager<'_> {
    fn room(&self) -> f32 {
        self.theme.text_height()
    }

    fn top(&self) -> f32 {
        self.theme.margin_top + self.y
    }

    /// Space before a block, dropped at the top of a page.
    fn space(&self, space_before: f32) -> f32 {
        if self.y > 0.0 { space_before } else { 0.0 }
    }

    fn items(&mut self) -> &mut Vec<Item> {
        let index = self.pages.len() - 1;
        &mut self.pages[index].items
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = 0.0;
    }

    /// A body paragraph: split between pages only where at least two lines stay
    /// on each side.
    fn flow(&mut self, paragraph: &SetParagraph<'_>) {
        let leading = paragraph.source.leading;
        let mut start = 0;
        let total = paragraph.lines.len();
        while start < total {
            let space = if start == 0 {
                self.space(paragraph.source.space_before)
            } else {
                0.0
            };
            let fits = ((self.room() - self.y - space) / leading + 1e-3)
                .floor()
                .max(0.0) as usize;
            let left = total - start;
            if left <= fits {
                self.y += space;
                self.place(paragraph, start..total, 0.0);
                return;
            }
            // Lines kept on this page: at least two, and at least two left for the next.
            let before_break = fits.min(left.saturating_sub(2));
            if before_break >= 2 {
                self.y += space;
                self.place(paragraph, start..start + before_break, 0.0);
                start += before_break;
                self.new_page();
            } else if self.y == 0.0 {
                // A page too short for two lines: nothing better is possible.
                let take = fits.max(1).min(left);
                self.place(paragraph, start..start + take, 0.0);
                start += take;
                if start < total {
                    self.new_page();
                }
            } else {
                self.new_page();
            }
        }
    }

    /// Places lines `range` of a paragraph at the cursor, `inset` points in from the
    /// text area's left edge, with its marker, bookmark and rule.
    fn place(&mut self, paragraph: &SetParagraph<'_>, range: std::ops::Range<usize>, inset: f32) {
        let source = paragraph.source;
        let x = self.theme.margin_side + inset + source.indent;
        if range.start == 0 {
            if let Some((level, title)) = &source.bookmark {
                let top = self.top();
                let index = self.pages.len() - 1;
                self.pages[index].marks.push(Mark {
                    level: *level,
                    title: title.clone(),
                    top,
                });
            }
        }
        for index in range.clone() {
            let baseline = self.top() + (source.leading - source.size) / 2.0 + source.size * 0.8;
            if let (0, Some(marker)) = (index, &paragraph.marker) {
                // Markers hang in the indent, right-aligned a little before the text.
                let gap = source.size * 0.4;
                let marker = Item::Text {
                    x: (x - gap - marker.width).max(self.theme.margin_side + inset),
                    baseline,
                    size: source.size,
                    line: marker.clone(),
                };
                self.items().push(marker);
            }
            if let Some(line) = paragraph.lines.get(index) {
                self.items().push(Item::Text {
                    x,
                    baseline,
                    size: source.size,
                    line: line.clone(),
                });
            }
            self.y += source.leading;
        }
        if range.end == paragraph.lines.len() {
            if let Some(color) = source.rule {
                let (width, y) = (self.theme.text_width() - inset * 2.0, self.top() - 1.0);
                let rule = Item::Rule {
                    x: self.theme.margin_side + inset,
                    y,
                    width,
                    color,
                    thickness: 0.8,
                };
                self.items().push(rule);
            }
        }
    }

    /// A panel: moved whole to the next page when it does not fit, split between
    /// lines only when it is taller than a page.
    fn panel(&mut self, panel: &SetPanel<'_>) {
        let source = panel.source;
        let space = self.space(source.space_before);
        if self.y > 0.0 && self.y + space + panel.height() > self.room() {
            self.new_page();
        }
        self.y += self.space(source.space_before);
        let mut frame_top = self.y;
        let mut first_item = self.items().len();
        self.y += source.padding;
        for (index, paragraph) in panel.paragraphs.iter().enumerate() {
            if index > 0 {
                self.y += paragraph.source.space_before;
            }
            for line in 0..paragraph.lines.len() {
                if self.y + paragraph.source.leading + source.padding > self.room() {
                    self.frame(source, frame_top..self.y + source.padding, first_item);
                    self.new_page();
                    (frame_top, first_item) = (0.0, 0);
                    self.y = source.padding;
                }
                self.place(paragraph, line..line + 1, source.padding);
            }
        }
        self.y += source.padding;
        self.frame(source, frame_top..self.y, first_item);
    }

    /// Draws a panel's frame from `span.start` to `span.end` down the text area,
    /// under the items placed since `first_item`.
    fn frame(&mut self, panel: &Panel, span: std::ops::Range<f32>, first_item: usize) {
        let rect = Item::Rect {
            x: self.theme.margin_side,
            top: self.theme.margin_top + span.start,
            width: self.theme.text_width(),
            height: span.end - span.start,
            fill: panel.fill,
            border: panel.border,
        };
        self.items().insert(first_item, rect);
    }
}
