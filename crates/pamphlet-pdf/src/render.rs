//! Drawing placed pages into content streams: text runs, panel frames, rules, link
//! annotations over web addresses, and the footer of every page.

use pamphlet_schema::IsoDate;
use std::collections::BTreeSet;

use crate::content::Content;
use crate::fonts::{Fonts, Subset, Weight};
use crate::layout::{Item, Page};
use crate::messages::Messages;
use crate::tags::Structure;
use crate::text::{Line, Run};
use crate::theme::{HAIRLINE, MUTED, Theme, regular};

/// What the footer of every page says, apart from the page numbers.
#[derive(Clone, Debug)]
pub(crate) struct Footer {
    pub(crate) title: String,
    /// The review dates, printed in the first of `Messages::footer_forms` that leaves
    /// room for the title.
    pub(crate) reviewed: IsoDate,
    pub(crate) next_review: IsoDate,
    /// The handout's words, for the footer's own.
    pub(crate) messages: &'static Messages,
}

/// A page drawn: its content stream and the link annotations to place over it.
#[derive(Debug)]
pub(crate) struct Drawn {
    pub(crate) content: Vec<u8>,
    pub(crate) links: Vec<Link>,
}

/// A link annotation: the area that can be clicked (left, bottom, right, top, in PDF
/// coordinates) and the web address it opens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Link {
    pub(crate) rect: [f32; 4],
    pub(crate) address: String,
    /// What the link does, for assistive technology (`/Contents`).
    pub(crate) description: String,
}

/// The footer's items of each page, `pages` pages in all.
pub(crate) fn footers(
    pages: usize,
    footer: &Footer,
    fonts: &Fonts,
    theme: &Theme,
) -> Vec<Vec<Item>> {
    (1..=pages)
        .map(|number| footer_items(footer, number, pages, fonts, theme))
        .collect()
}

/// `page` drawn with `footer` (its footer's items), page `index` from 0. Every line of
/// text is marked content of its structure element (recorded in `structure`, with a
/// `Link` element for each link); what has no element (the footer, rules, box
/// backgrounds, the "continued" line) is marked as an artifact.
pub(crate) fn page(
    page: &Page,
    footer: &[Item],
    index: usize,
    subsets: &Subsets,
    theme: &Theme,
    messages: &'static Messages,
    structure: &mut Structure,
) -> Drawn {
    let mut painter = Painter {
        theme,
        messages,
        content: Content::new(),
        links: Vec::new(),
        subsets,
        structure,
        page: index,
        next_mcid: 0,
        open: None,
    };
    for item in page.items.iter().chain(footer) {
        painter.item(item);
    }
    painter.close();
    Drawn {
        content: painter.content.into_bytes(),
        links: painter.links,
    }
}

/// The font subsets of a handout, one per weight (`None`: the weight prints nothing).
#[derive(Debug)]
pub(crate) struct Subsets {
    pub(crate) regular: Option<Subset>,
    pub(crate) bold: Option<Subset>,
}

impl Subsets {
    pub(crate) fn get(&self, weight: Weight) -> Option<&Subset> {
        match weight {
            Weight::Regular => self.regular.as_ref(),
            Weight::Bold => self.bold.as_ref(),
        }
    }
}

/// The font resource of each weight, as the content streams name it.
pub(crate) fn font_resource(weight: Weight) -> &'static str {
    match weight {
        Weight::Regular => "F1",
        Weight::Bold => "F2",
    }
}

/// The characters `items` print in `weight`: what its font subset must hold.
pub(crate) fn characters<'a>(
    items: impl IntoIterator<Item = &'a Item>,
    weight: Weight,
    fonts: &Fonts,
) -> BTreeSet<char> {
    let face = fonts.face(weight);
    let mut characters = BTreeSet::new();
    for item in items {
        if let Item::Text { line, .. } = item {
            for run in line.runs.iter().filter(|run| run.style.weight == weight) {
                characters.extend(run.text.chars().map(|ch| face.printable(ch)));
            }
        }
    }
    characters
}

/// The title as the footer prints it: its text, width and how many of its words.
type FittedTitle = (String, f32, usize);

/// The footer: the topic's title on the left, shortened word by word with "…" when it
/// does not fit whole; the review dates and the page number on the right, with the months
/// shortened when that leaves room for more of the title.
fn footer_items(
    footer: &Footer,
    number: usize,
    count: usize,
    fonts: &Fonts,
    theme: &Theme,
) -> Vec<Item> {
    let size = theme.small;
    let baseline = theme.page_height - theme.footer_baseline;
    let style = regular(MUTED);
    let face = fonts.face(style.weight);
    let right = theme.margin_side + theme.text_width();
    let words: Vec<&str> = footer.title.split_whitespace().collect();
    let fitted = |room: f32| {
        (1..=words.len()).rev().find_map(|count| {
            let text = if count == words.len() {
                words.join(" ")
            } else {
                format!(
                    "{}…",
                    words[..count].join(" ").trim_end_matches([',', ':', ';'])
                )
            };
            let width = face.width(&text, size);
            (width <= room).then_some((text, width, count))
        })
    };
    // The widest form that leaves room for at least half the title, else the one that
    // leaves room for most of it; never one wider than the page.
    let room = theme.text_width();
    let forms: Vec<(String, f32)> = footer
        .messages
        .footer_forms(footer.reviewed, footer.next_review, number, count)
        .into_iter()
        .map(|text| {
            let width = face.width(&text, size);
            (text, width)
        })
        .collect();
    let narrowest = forms.len() - 1;
    let fitting: Vec<(usize, Option<FittedTitle>)> = forms
        .iter()
        .enumerate()
        .filter(|(index, (_, width))| *width <= room || *index == narrowest)
        .map(|(index, (_, width))| (index, fitted(room - width - size * 2.0)))
        .collect();
    let fitted_words = |title: &Option<FittedTitle>| title.as_ref().map_or(0, |fit| fit.2);
    let chosen = fitting
        .iter()
        .find(|(_, title)| fitted_words(title) * 2 >= words.len())
        .or_else(|| {
            fitting
                .iter()
                .max_by_key(|(index, title)| (fitted_words(title), std::cmp::Reverse(*index)))
        });
    let (form, title) = chosen.cloned().unwrap_or((narrowest, None));
    let (text, width) = forms[form].clone();
    let mut items = vec![Item::Rule {
        x: theme.margin_side,
        y: baseline - size * 1.4,
        width: theme.text_width(),
        color: HAIRLINE,
        thickness: 0.5,
    }];
    if let Some((title, title_width, _)) = title {
        items.push(Item::Text {
            x: theme.margin_side,
            baseline,
            size,
            line: one_run(&title, title_width, style),
            tag: None,
        });
    }
    items.push(Item::Text {
        x: (right - width).max(theme.margin_side),
        baseline,
        size,
        line: one_run(&text, width, style),
        tag: None,
    });
    items
}

fn one_run(text: &str, width: f32, style: crate::text::Style) -> Line {
    Line {
        runs: vec![Run {
            text: text.to_owned(),
            style,
            link: None,
            x: 0.0,
            width,
        }],
        width,
    }
}

struct Painter<'t> {
    theme: &'t Theme,
    messages: &'static Messages,
    content: Content,
    links: Vec<Link>,
    subsets: &'t Subsets,
    structure: &'t mut Structure,
    /// The page's index, from 0.
    page: usize,
    next_mcid: usize,
    /// The element whose marked-content sequence is open across lines: the lines of one
    /// paragraph share one sequence until something else is drawn.
    open: Option<usize>,
}

impl Painter<'_> {
    /// PDF y coordinates run up from the bottom of the page.
    fn flip(&self, top: f32) -> f32 {
        self.theme.page_height - top
    }

    fn item(&mut self, item: &Item) {
        match item {
            Item::Text {
                x,
                baseline,
                size,
                line,
                tag,
            } => self.text(*x, *baseline, *size, line, *tag),
            Item::Rect {
                x,
                top,
                width,
                height,
                fill,
                border,
            } => {
                self.close();
                let bottom = self.flip(top + height);
                self.content.begin_artifact();
                self.content
                    .rectangle([*x, bottom], [*width, *height], [*fill, *border]);
                self.content.end_marked();
            }
            Item::Rule {
                x,
                y,
                width,
                color,
                thickness,
            } => {
                self.close();
                let y = self.flip(*y);
                self.content.begin_artifact();
                self.content
                    .line([*x, y], [x + width, y], *thickness, *color);
                self.content.end_marked();
            }
        }
    }

    /// One line: a text object placed at its baseline, one font and colour change per
    /// run, and a link annotation over every run that links somewhere. The line is marked
    /// content of `tag`'s element (continuing the sequence of the line before when it is
    /// the same element's), each linked run a `Link` element of its own; a line with no
    /// element is an artifact.
    fn text(&mut self, x: f32, baseline: f32, size: f32, line: &Line, tag: Option<usize>) {
        let has_links = line.runs.iter().any(|run| run.link.is_some());
        match tag {
            Some(element) if !has_links => {
                if self.open != Some(element) {
                    self.close();
                    let mcid = self.mcid();
                    self.structure.content(element, self.page, mcid);
                    self.content
                        .begin_marked(self.structure.role(element).name(), mcid);
                    self.open = Some(element);
                }
            }
            Some(_) => self.close(),
            None => {
                self.close();
                self.content.begin_artifact();
            }
        }
        let y = self.flip(baseline);
        self.content.begin_text(x, y);
        // Inside a line with links, the element whose marked content is open, if any.
        let mut inner: Option<usize> = None;
        for run in &line.runs {
            if let (Some(element), true) = (tag, has_links) {
                let wanted = match &run.link {
                    Some(_) => {
                        let mcid = self.mcid();
                        let index = self.links.len();
                        Some((self.structure.link(element, self.page, mcid, index), mcid))
                    }
                    None if inner == Some(element) => None,
                    None => {
                        let mcid = self.mcid();
                        self.structure.content(element, self.page, mcid);
                        Some((element, mcid))
                    }
                };
                if let Some((target, mcid)) = wanted {
                    if inner.is_some() {
                        self.content.end_marked();
                    }
                    self.content
                        .begin_marked(self.structure.role(target).name(), mcid);
                    // After a link's run, the paragraph's next run opens new content.
                    inner = Some(target);
                }
            }
            if let Some(subset) = self.subsets.get(run.style.weight) {
                self.content
                    .text_style(font_resource(run.style.weight), size, run.style.color);
                self.content.show(&run.text, subset);
            }
            if let Some(address) = &run.link {
                self.links.push(Link {
                    rect: [
                        x + run.x,
                        y - size * 0.25,
                        x + run.x + run.width,
                        y + size * 0.95,
                    ],
                    address: address.clone(),
                    description: self.messages.link(address),
                });
            }
        }
        if inner.is_some() {
            self.content.end_marked();
        }
        self.content.end_text();
        if tag.is_none() {
            self.content.end_marked();
        }
    }

    /// Ends the marked-content sequence open across lines, if any.
    fn close(&mut self) {
        if self.open.take().is_some() {
            self.content.end_marked();
        }
    }

    fn mcid(&mut self) -> usize {
        let mcid = self.next_mcid;
        self.next_mcid += 1;
        mcid
    }
}
