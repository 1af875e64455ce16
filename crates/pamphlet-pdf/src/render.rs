//! Drawing placed pages as printpdf operations: text runs, panel frames, rules,
//! link annotations over web addresses, and the footer of every page.

use std::collections::BTreeSet;

use printpdf::{
    Actions, BorderArray, ColorArray, DictItem, FontId, Line as PdfLine, LinePoint, LinkAnnotation,
    Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect, Rgb, TextItem,
};

use crate::fonts::{Fonts, Weight};
use crate::layout::{Item, Page};
use crate::tags::Structure;
use crate::text::{Color, Line, Run};
use crate::theme::{HAIRLINE, MUTED, Theme, regular};

/// What the footer of every page says, apart from the page numbers.
#[derive(Clone, Debug)]
pub(crate) struct Footer {
    pub(crate) title: String,
    /// The review dates as a patient reads them: in full ("2 December 2026") and short
    /// ("2 Dec 2026"), for when the full ones leave no room for the title.
    pub(crate) reviewed: [String; 2],
    pub(crate) next_review: [String; 2],
}

/// The printpdf page for `page`, which is page `number` of `count`. Every line of text
/// is marked content of its structure element (recorded in `structure`, with a `Link`
/// element for each link); what has no element (the footer, rules, box backgrounds, the
/// "continued" line) is marked as an artifact.
pub(crate) fn page(
    page: &Page,
    number: usize,
    count: usize,
    footer: &Footer,
    fonts: &Fonts,
    theme: &Theme,
    structure: &mut Structure,
) -> PdfPage {
    let mut painter = Painter {
        theme,
        ops: Vec::new(),
        structure,
        page: number - 1,
        next_mcid: 0,
        annotations: 0,
        open: None,
    };
    for item in page
        .items
        .iter()
        .chain(&footer_items(footer, number, count, fonts, theme))
    {
        painter.item(item);
    }
    painter.close();
    let size = Rect::from_wh(Pt(theme.page_width), Pt(theme.page_height));
    PdfPage {
        media_box: size.clone(),
        trim_box: size.clone(),
        crop_box: size,
        ops: painter.ops,
    }
}

/// The font resource of each weight. Fixed names keep the output deterministic
/// (printpdf's own ids are random).
pub(crate) fn font_id(weight: Weight) -> FontId {
    FontId(
        match weight {
            Weight::Regular => "F1",
            Weight::Bold => "F2",
        }
        .to_owned(),
    )
}

/// The characters drawn in `weight` on `pages`: what its font subset must hold.
pub(crate) fn characters(pages: &[PdfPage], weight: Weight) -> BTreeSet<char> {
    let wanted = PdfFontHandle::External(font_id(weight));
    let mut in_weight = false;
    let mut characters = BTreeSet::new();
    for op in pages.iter().flat_map(|page| &page.ops) {
        match op {
            Op::SetFont { font, .. } => in_weight = *font == wanted,
            Op::ShowText { items } if in_weight => {
                for item in items {
                    if let TextItem::Text(text) = item {
                        characters.extend(text.chars());
                    }
                }
            }
            _ => {}
        }
    }
    characters
}

/// The footer: the topic's title on the left, shortened word by word with "…" when it
/// does not fit whole; the review dates and the page number on the right, with the months
/// shortened when even the title's first word would not fit beside them in full.
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
            (width <= room).then_some((text, width))
        })
    };
    let dates = |form: usize| {
        let text = format!(
            "Reviewed {} · Next review {} · Page {number} of {count}",
            footer.reviewed[form], footer.next_review[form]
        );
        let width = face.width(&text, size);
        (text, width)
    };
    let (text, width, title) = [0, 1]
        .into_iter()
        .map(|form| {
            let (text, width) = dates(form);
            let title = fitted(theme.text_width() - width - size * 2.0);
            (text, width, title)
        })
        .find(|(_, _, title)| title.is_some())
        .unwrap_or_else(|| {
            let (text, width) = dates(1);
            (text, width, None)
        });
    let mut items = vec![Item::Rule {
        x: theme.margin_side,
        y: baseline - size * 1.4,
        width: theme.text_width(),
        color: HAIRLINE,
        thickness: 0.5,
    }];
    if let Some((title, title_width)) = title {
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
    ops: Vec<Op>,
    structure: &'t mut Structure,
    /// The page's index, from 0.
    page: usize,
    next_mcid: usize,
    /// Link annotations placed on the page so far.
    annotations: usize,
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
                self.ops.extend([
                    artifact(),
                    Op::SaveGraphicsState,
                    Op::SetFillColor { col: color(*fill) },
                    Op::SetOutlineColor {
                        col: color(*border),
                    },
                    Op::SetOutlineThickness { pt: Pt(1.5) },
                    Op::DrawRectangle {
                        rectangle: Rect {
                            x: Pt(*x),
                            y: Pt(bottom),
                            width: Pt(*width),
                            height: Pt(*height),
                            mode: Some(PaintMode::FillStroke),
                            winding_order: None,
                        },
                    },
                    Op::RestoreGraphicsState,
                    Op::EndMarkedContent,
                ]);
            }
            Item::Rule {
                x,
                y,
                width,
                color: rule_color,
                thickness,
            } => {
                self.close();
                let y = self.flip(*y);
                let point = |x: f32| LinePoint {
                    p: Point { x: Pt(x), y: Pt(y) },
                    bezier: false,
                };
                self.ops.extend([
                    artifact(),
                    Op::SaveGraphicsState,
                    Op::SetOutlineColor {
                        col: color(*rule_color),
                    },
                    Op::SetOutlineThickness { pt: Pt(*thickness) },
                    Op::DrawLine {
                        line: PdfLine {
                            points: vec![point(*x), point(x + width)],
                            is_closed: false,
                        },
                    },
                    Op::RestoreGraphicsState,
                    Op::EndMarkedContent,
                ]);
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
                    self.ops
                        .push(marked(self.structure.role(element).name(), mcid));
                    self.open = Some(element);
                }
            }
            Some(_) => self.close(),
            None => {
                self.close();
                self.ops.push(artifact());
            }
        }
        let y = self.flip(baseline);
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetTextCursor {
            pos: Point { x: Pt(x), y: Pt(y) },
        });
        let mut current: Option<(Weight, Color)> = None;
        // Inside a line with links, the element whose marked content is open, if any.
        let mut inner: Option<usize> = None;
        let mut links = 0;
        for run in &line.runs {
            if let (Some(element), true) = (tag, has_links) {
                let wanted = match &run.link {
                    Some(_) => {
                        let mcid = self.mcid();
                        let index = self.annotations + links;
                        links += 1;
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
                        self.ops.push(Op::EndMarkedContent);
                    }
                    self.ops
                        .push(marked(self.structure.role(target).name(), mcid));
                    // After a link's run, the paragraph's next run opens new content.
                    inner = Some(target);
                }
            }
            if current.map(|(weight, _)| weight) != Some(run.style.weight) {
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(run.style.weight)),
                    size: Pt(size),
                });
            }
            if current.map(|(_, color)| color) != Some(run.style.color) {
                self.ops.push(Op::SetFillColor {
                    col: color(run.style.color),
                });
            }
            current = Some((run.style.weight, run.style.color));
            self.ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.text.clone())],
            });
        }
        if inner.is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
        self.ops.push(Op::EndTextSection);
        if tag.is_none() {
            self.ops.push(Op::EndMarkedContent);
        }
        for run in &line.runs {
            if let Some(address) = &run.link {
                let rect = Rect::from_xywh(
                    Pt(x + run.x),
                    Pt(y - size * 0.25),
                    Pt(run.width),
                    Pt(size * 1.2),
                );
                self.ops.push(Op::LinkAnnotation {
                    link: LinkAnnotation::new(
                        rect,
                        Actions::uri(address.clone()),
                        Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                        Some(ColorArray::Transparent),
                        None,
                    ),
                });
            }
        }
        self.annotations += links;
    }

    /// Ends the marked-content sequence open across lines, if any.
    fn close(&mut self) {
        if self.open.take().is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
    }

    fn mcid(&mut self) -> usize {
        let mcid = self.next_mcid;
        self.next_mcid += 1;
        mcid
    }
}

/// Starts the marked content `mcid` of an element whose structure type is `role`.
fn marked(role: &str, mcid: usize) -> Op {
    Op::BeginMarkedContentWithProperties {
        tag: role.to_owned(),
        properties: DictItem::Dict {
            map: [("MCID".to_owned(), DictItem::Int(mcid as i64))].into(),
        },
    }
}

/// Starts marked content that is not part of the document's structure: page furniture.
fn artifact() -> Op {
    Op::BeginMarkedContent {
        tag: "Artifact".to_owned(),
    }
}

fn color(Color(r, g, b): Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb::new(r, g, b, None))
}
