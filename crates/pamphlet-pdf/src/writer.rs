//! `Writer`: collects a handout's blocks and gives each kind of paragraph (section
//! heading, group heading, body text, bullet) its one look, taken from the theme.

use crate::layout::{Block, Paragraph};
use crate::text::{Span, Style};
use crate::theme::{ACCENT, HAIRLINE, INK, Theme, bold, regular};

pub(crate) struct Writer<'a> {
    pub(crate) theme: &'a Theme,
    pub(crate) blocks: Vec<Block>,
}

impl Writer<'_> {
    pub(crate) fn heading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text, bold(ACCENT))], theme.heading);
        heading.space_before = theme.heading * 1.1;
        heading.keep_with_next = true;
        heading.balanced = true;
        heading.bookmark = Some((1, text.to_owned()));
        heading.rule = Some(HAIRLINE);
        self.blocks.push(Block::Paragraph(heading));
    }

    pub(crate) fn subheading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text, bold(INK))], theme.subheading);
        heading.space_before = theme.subheading * 0.9;
        heading.keep_with_next = true;
        heading.balanced = true;
        self.blocks.push(Block::Paragraph(heading));
    }

    /// A group inside a section, such as a treatment category: listed in the outline.
    pub(crate) fn group_heading(&mut self, text: &str) {
        let theme = self.theme;
        let size = (theme.heading + theme.subheading) / 2.0;
        let mut heading = self.sized(vec![styled(text, bold(ACCENT))], size);
        heading.space_before = size * 1.1;
        heading.keep_with_next = true;
        heading.balanced = true;
        heading.bookmark = Some((2, text.to_owned()));
        self.blocks.push(Block::Paragraph(heading));
    }

    /// The name of one record with several parts: a treatment, a recovery phase.
    pub(crate) fn minor_heading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text.trim(), bold(INK))], theme.subheading);
        heading.space_before = theme.body * 1.0;
        heading.keep_with_next = true;
        heading.balanced = true;
        self.blocks.push(Block::Paragraph(heading));
    }

    pub(crate) fn paragraph(&mut self, spans: Vec<Span>) {
        let paragraph = self.body(spans);
        self.blocks.push(Block::Paragraph(paragraph));
    }

    pub(crate) fn bullet(&mut self, spans: Vec<Span>, marker: &str) {
        let mut paragraph = self.body(spans);
        paragraph.indent = self.theme.indent;
        paragraph.marker = Some(styled(marker, regular(ACCENT)));
        paragraph.space_before = self.theme.body * 0.25;
        self.blocks.push(Block::Paragraph(paragraph));
    }

    pub(crate) fn body(&self, spans: Vec<Span>) -> Paragraph {
        self.sized(spans, self.theme.body)
    }

    pub(crate) fn sized(&self, spans: Vec<Span>, size: f32) -> Paragraph {
        Paragraph {
            spans,
            size,
            leading: size * self.theme.leading,
            indent: 0.0,
            marker: None,
            space_before: self.theme.body * self.theme.gap,
            keep_with_next: false,
            balanced: false,
            bookmark: None,
            rule: None,
        }
    }
}

pub(crate) fn plain(text: &str) -> Span {
    styled(text, regular(INK))
}

pub(crate) fn styled(text: &str, style: Style) -> Span {
    Span {
        text: text.to_owned(),
        style,
        link: None,
    }
}

/// `text` ending with a full stop, unless it already ends with punctuation.
pub(crate) fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '?', '!']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}
