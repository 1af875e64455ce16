//! `Writer`: collects a handout's blocks and gives each kind of paragraph (section
//! heading, group heading, body text, bullet) its one look, taken from the theme.

use crate::layout::{Block, Paragraph, Record};
use crate::messages::Messages;
use crate::tags::{DOCUMENT, Role, Structure};
use crate::text::{Span, Style};
use crate::theme::{ACCENT, HAIRLINE, INK, Theme, bold, regular};

pub(crate) struct Writer<'a> {
    pub(crate) theme: &'a Theme,
    /// The handout's own words, in the topic's language.
    pub(crate) messages: &'static Messages,
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
    /// The record being written (a treatment, a recovery phase): its parts go into it
    /// rather than straight into the blocks, so that layout keeps them together.
    record: Option<Record>,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(theme: &'a Theme, messages: &'static Messages) -> Writer<'a> {
        Writer {
            theme,
            messages,
            blocks: Vec::new(),
            structure: Structure::new(),
            parent: DOCUMENT,
            list: None,
            group_level: 2,
            record: None,
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

    /// Pushes `paragraph`, tagged as `role`: into the open record, or as a block.
    pub(crate) fn push(&mut self, mut paragraph: Paragraph, role: Role) {
        self.tag(&mut paragraph, role);
        self.push_tagged(paragraph);
    }

    /// Pushes a paragraph already tagged: into the open record, or as a block.
    pub(crate) fn push_tagged(&mut self, paragraph: Paragraph) {
        match &mut self.record {
            Some(record) => record.parts.push(paragraph),
            None => self.blocks.push(Block::Paragraph(paragraph)),
        }
    }

    /// Pushes a block that is not part of a record, ending the open one.
    pub(crate) fn push_block(&mut self, block: Block) {
        self.end_record();
        self.blocks.push(block);
    }

    /// Ends the record being written: it becomes one block.
    pub(crate) fn end_record(&mut self) {
        if let Some(record) = self.record.take() {
            self.blocks.push(Block::Record(record));
        }
    }

    pub(crate) fn heading(&mut self, text: &str) {
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(text, bold(ACCENT))], theme.heading);
        heading.space_before = theme.heading * 1.1;
        heading.keep_with_next = true;
        heading.balanced = true;
        heading.bookmark = Some((1, text.to_owned()));
        heading.rule = Some(HAIRLINE);
        self.end_record();
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
        self.end_record();
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
        self.end_record();
        self.group_level = 3;
        self.push(heading, Role::H3);
    }

    /// Starts a record of several parts (a treatment, a recovery phase) under its name:
    /// what is pushed until the next heading or `end_record` belongs to it.
    pub(crate) fn record(&mut self, name: &str) {
        self.end_record();
        let theme = self.theme;
        let mut heading = self.sized(vec![styled(name.trim(), bold(INK))], theme.subheading);
        heading.space_before = theme.body * 1.0;
        heading.keep_with_next = true;
        heading.balanced = true;
        let role = if self.group_level == 3 {
            Role::H4
        } else {
            Role::H3
        };
        self.tag(&mut heading, role);
        // The name again at the head of a page the record runs on to: page furniture.
        let continued_name = self.messages.continued(name.trim());
        let mut continued = self.sized(vec![styled(&continued_name, bold(INK))], theme.subheading);
        continued.balanced = true;
        self.record = Some(Record {
            heading,
            parts: Vec::new(),
            continued,
        });
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
        self.push_tagged(paragraph);
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
