//! `Writer`: collects a handout's blocks and gives each kind of paragraph (section
//! heading, group heading, body text, bullet) its one look, taken from the theme.

use crate::layout::{Block, Paragraph};
use crate::tags::{DOCUMENT, Role, Structure};
use crate::text::{Span, Style};
use crate::theme::{ACCENT, HAIRLINE, INK, Theme, bold, regular};

pub(crate) struct Writer<'a> {
    pub(crate) theme: &'a Theme,
    pub(crate) blocks: Vec<Block>,
    /// The structure tree, built beside the blocks.
    pub(crate) structure: Structure,
    /// The element new elements go into: the document, or the red-flag panel's section.
    pub(crate) parent: usize,
    /// The list that the next bullet joins, while bullets follow one another.
    list: Option<usize>,
    /// The level of the last heading that records come under: 2 for a section, 3 for a
    /// group inside one (a treatment category).
    group_level: u8,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(theme: &'a Theme) -> Writer<'a> {
        Writer {
            theme,
            blocks: Vec::new(),
            structure: Structure::new(),
            parent: DOCUMENT,
            list: None,
            group_level: 2,
        }
    }
}

impl Writer<'_> {
    /// Gives `paragraph` its own structure element of `role`, after the elements so far.
    pub(crate) fn tag(&mut self, paragraph: &mut Paragraph, role: Role) {
        self.list = None;
        paragraph.tag = Some(self.structure.add(role, self.parent));
    }

    /// Makes `paragraph` an item of the current list (`L`, `LI`, its marker `Lbl`, its
    /// text `LBody`), starting a list when the last paragraph was not an item.
    pub(crate) fn tag_item(&mut self, paragraph: &mut Paragraph) {
        let list = match self.list {
            Some(list) => list,
            None => self.structure.add(Role::L, self.parent),
        };
        self.list = Some(list);
        let item = self.structure.add(Role::LI, list);
        if paragraph.marker.is_some() {
            paragraph.marker_tag = Some(self.structure.add(Role::Lbl, item));
        }
        paragraph.tag = Some(self.structure.add(Role::LBody, item));
    }

    /// Ends a section that holds its own elements (the red-flag panel): what follows goes
    /// into the document again.
    pub(crate) fn end_section(&mut self) {
        self.parent = DOCUMENT;
        self.list = None;
    }

    /// Pushes `paragraph` as a block, tagged as `role`.
    pub(crate) fn push(&mut self, mut paragraph: Paragraph, role: Role) {
        self.tag(&mut paragraph, role);
        self.blocks.push(Block::Paragraph(paragraph));
    }

    pub(crate) fn heading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text, bold(ACCENT))], theme.heading);
        heading.space_before = theme.heading * 1.1;
        heading.keep_with_next = true;
        heading.balanced = true;
        heading.bookmark = Some((1, text.to_owned()));
        heading.rule = Some(HAIRLINE);
        self.parent = DOCUMENT;
        self.group_level = 2;
        self.push(heading, Role::H2);
    }

    pub(crate) fn subheading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text, bold(INK))], theme.subheading);
        heading.space_before = theme.subheading * 0.9;
        heading.keep_with_next = true;
        heading.balanced = true;
        self.push(heading, Role::H3);
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
        self.group_level = 3;
        self.push(heading, Role::H3);
    }

    /// The name of one record with several parts: a treatment, a recovery phase.
    pub(crate) fn minor_heading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text.trim(), bold(INK))], theme.subheading);
        heading.space_before = theme.body * 1.0;
        heading.keep_with_next = true;
        heading.balanced = true;
        let role = if self.group_level == 3 {
            Role::H4
        } else {
            Role::H3
        };
        self.push(heading, role);
    }

    pub(crate) fn paragraph(&mut self, spans: Vec<Span>) {
        let paragraph = self.body(spans);
        self.push(paragraph, Role::P);
    }

    pub(crate) fn bullet(&mut self, spans: Vec<Span>, marker: &str) {
        let mut paragraph = self.body(spans);
        paragraph.indent = self.theme.indent;
        paragraph.marker = Some(styled(marker, regular(ACCENT)));
        paragraph.space_before = self.theme.body * 0.25;
        self.tag_item(&mut paragraph);
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
            tag: None,
            marker_tag: None,
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
