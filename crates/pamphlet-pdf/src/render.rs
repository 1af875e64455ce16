//! Drawing placed pages as printpdf operations: text runs, panel frames, rules,
//! link annotations over web addresses, and the footer of every page.

use std::collections::BTreeSet;

use printpdf::{
    Actions, BorderArray, ColorArray, FontId, Line as PdfLine, LinePoint, LinkAnnotation, Op,
    PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect, Rgb, TextItem,
};

use crate::fonts::{Fonts, Weight};
use crate::layout::{Item, Page};
use crate::text::{Color, Line, Run};
use crate::theme::{HAIRLINE, MUTED, Theme, regular};

/// What the footer of every page says, apart from the page numbers.
#[derive(Clone, Debug)]
pub(crate) struct Footer {
    pub(crate) title: String,
    pub(crate) reviewed: String,
    pub(crate) next_review: String,
}

/// The printpdf page for `page`, which is page `number` of `count`.
pub(crate) fn page(
    page: &Page,
    number: usize,
    count: usize,
    footer: &Footer,
    fonts: &Fonts,
    theme: &Theme,
) -> PdfPage {
    let mut painter = Painter {
        theme,
        ops: Vec::new(),
    };
    for item in page
        .items
        .iter()
        .chain(&footer_items(footer, number, count, fonts, theme))
    {
        painter.item(item);
    }
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

/// The footer: the topic's title on the left; the review dates and page number on
/// the right, or alone when both do not fit on one line.
fn footer_items(
    footer: &Footer,
    number: usize,
    count: usize,
    fonts: &Fonts,
    theme: &Theme,
) -> Vec<Item> {
    let size = theme.small;
    let baseline = theme.page_height - theme.footer_baseline;
    let text = format!(
        "Reviewed {} · Next review {} · Page {number} of {count}",
        footer.reviewed, footer.next_review
    );
    let style = regular(MUTED);
    let width = fonts.face(style.weight).width(&text, size);
    let right = theme.margin_side + theme.text_width();
    let mut items = vec![Item::Rule {
        x: theme.margin_side,
        y: baseline - size * 1.4,
        width: theme.text_width(),
        color: HAIRLINE,
        thickness: 0.5,
    }];
    let title_width = fonts.face(style.weight).width(&footer.title, size);
    if !footer.title.is_empty() && title_width + width + size * 2.0 <= theme.text_width() {
        items.push(Item::Text {
            x: theme.margin_side,
            baseline,
            size,
            line: one_run(&footer.title, title_width, style),
        });
    }
    items.push(Item::Text {
        x: (right - width).max(theme.margin_side),
        baseline,
        size,
        line: one_run(&text, width, style),
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
            } => self.text(*x, *baseline, *size, line),
            Item::Rect {
                x,
                top,
                width,
                height,
                fill,
                border,
            } => {
                let bottom = self.flip(top + height);
                self.ops.extend([
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
                ]);
            }
            Item::Rule {
                x,
                y,
                width,
                color: rule_color,
                thickness,
            } => {
                let y = self.flip(*y);
                let point = |x: f32| LinePoint {
                    p: Point { x: Pt(x), y: Pt(y) },
                    bezier: false,
                };
                self.ops.extend([
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
                ]);
            }
        }
    }

    /// One line: a text object placed at its baseline, one font and colour change
    /// per run, and a link annotation over every run that links somewhere.
    fn text(&mut self, x: f32, baseline: f32, size: f32, line: &Line) {
        let y = self.flip(baseline);
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetTextCursor {
            pos: Point { x: Pt(x), y: Pt(y) },
        });
        let mut current: Option<(Weight, Color)> = None;
        for run in &line.runs {
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
        self.ops.push(Op::EndTextSection);
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
    }
}

fn color(Color(r, g, b): Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb::new(r, g, b, None))
}
