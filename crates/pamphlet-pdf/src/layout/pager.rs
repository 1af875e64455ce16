//! The pager: places set blocks at a cursor running down the text area, starting
//! a new page where the rules of the layout module ask for one.

use super::{Item, Mark, Page, Panel, SetPanel, SetParagraph};
use crate::theme::Theme;

pub(super) struct Pager<'t, 'b> {
    pub(super) theme: &'t Theme,
    pub(super) pages: Vec<Page>,
    /// How far down the text area the next line starts.
    pub(super) y: f32,
    /// The heading each new page starts with while a divided record runs on.
    pub(super) running: Option<&'b SetParagraph<'b>>,
}

impl Pager<'_, '_> {
    pub(super) fn room(&self) -> f32 {
        self.theme.text_height()
    }

    pub(super) fn top(&self) -> f32 {
        self.theme.margin_top + self.y
    }

    /// Space before a block, dropped at the top of a page.
    pub(super) fn space(&self, space_before: f32) -> f32 {
        if self.y > 0.0 { space_before } else { 0.0 }
    }

    pub(super) fn items(&mut self) -> &mut Vec<Item> {
        let index = self.pages.len() - 1;
        &mut self.pages[index].items
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = 0.0;
        if let Some(heading) = self.running {
            self.place(heading, 0..heading.lines.len(), 0.0);
        }
    }

    /// A body paragraph: split between pages only where at least two lines stay
    /// on each side.
    pub(super) fn flow(&mut self, paragraph: &SetParagraph<'_>) {
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
    pub(super) fn place(
        &mut self,
        paragraph: &SetParagraph<'_>,
        range: std::ops::Range<usize>,
        inset: f32,
    ) {
        let source = paragraph.source;
        let x = self.theme.margin_side + inset + source.indent;
        if range.start == 0
            && let Some((level, title)) = &source.bookmark
        {
            let top = self.top();
            let index = self.pages.len() - 1;
            self.pages[index].marks.push(Mark {
                level: *level,
                title: title.clone(),
                top,
            });
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
                    tag: source.marker_tag,
                };
                self.items().push(marker);
            }
            if let Some(line) = paragraph.lines.get(index) {
                let mut line = line.clone();
                // The space a line break took: drawn invisibly at the end of the line, so
                // that text taken from the page (a screen reader's, a copy) has it.
                if index + 1 < paragraph.lines.len()
                    && let Some(last) = line.runs.last_mut()
                {
                    last.text.push(' ');
                }
                self.items().push(Item::Text {
                    x,
                    baseline,
                    size: source.size,
                    line,
                    tag: source.tag,
                });
            }
            self.y += source.leading;
        }
        if range.end == paragraph.lines.len()
            && let Some(color) = source.rule
        {
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

    /// A panel: placed whole where it fits; moved whole to the next page when the
    /// page is already half full; otherwise divided between its paragraphs, each part
    /// but the last ending with the panel's "continued" line.
    pub(super) fn panel(&mut self, panel: &SetPanel<'_>) {
        let source = panel.source;
        let space = self.space(source.space_before);
        let fits_here = self.y + space + panel.height() <= self.room();
        let first_part = source.padding * 2.0 + panel.group_height(0) + panel.continued_height();
        let half_full = self.y > self.room() / 2.0;
        if self.y > 0.0 && !fits_here && (half_full || self.y + space + first_part > self.room()) {
            self.new_page();
        }
        self.y += self.space(source.space_before);
        let mut frame_top = self.y;
        let mut first_item = self.items().len();
        self.y += source.padding;
        for (index, paragraph) in panel.paragraphs.iter().enumerate() {
            let breakable = index > 0 && !panel.paragraphs[index - 1].source.keep_with_next;
            if breakable {
                let rest = panel.rest_height(index) + source.padding;
                let part = panel.group_height(index) + panel.continued_height() + source.padding;
                if self.y + rest > self.room() && self.y + part > self.room() {
                    self.y += panel.continued.source.space_before;
                    self.place(
                        &panel.continued,
                        0..panel.continued.lines.len(),
                        source.padding,
                    );
                    self.frame(source, frame_top..self.y + source.padding, first_item);
                    self.new_page();
                    (frame_top, first_item) = (0.0, 0);
                    self.y = source.padding;
                } else {
                    self.y += paragraph.source.space_before;
                }
            } else if index > 0 {
                self.y += paragraph.source.space_before;
            }
            // Only a paragraph taller than a page is divided between lines.
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
    pub(super) fn frame(&mut self, panel: &Panel, span: std::ops::Range<f32>, first_item: usize) {
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
