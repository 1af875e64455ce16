//! The handout's look in one place: page geometry, type sizes, spacing and colours,
//! scaled together for large print.

use crate::text::{Color, Style};
use crate::{Paper, PdfOptions, fonts::Weight};

/// Near-black body text (softer than pure black on white paper).
pub(crate) const INK: Color = Color(0.11, 0.12, 0.13);
/// Secondary text: contact details, notes, the footer.
pub(crate) const MUTED: Color = Color(0.33, 0.36, 0.39);
/// The clinic's accent colour for headings and rules: a dark teal.
pub(crate) const ACCENT: Color = Color(0.05, 0.35, 0.42);
/// Links: a blue that readers know as clickable.
pub(crate) const LINK: Color = Color(0.06, 0.30, 0.65);
/// The warning colour of the "When to see a doctor" box: border and emergency label.
pub(crate) const ALERT: Color = Color(0.66, 0.11, 0.11);
/// The pale red fill of that box.
pub(crate) const ALERT_FILL: Color = Color(0.99, 0.93, 0.92);
/// Hairlines such as the footer rule.
pub(crate) const HAIRLINE: Color = Color(0.78, 0.80, 0.82);

/// Sizes and positions, in points, for one paper size and print size.
#[derive(Clone, Debug)]
pub(crate) struct Theme {
    pub(crate) page_width: f32,
    pub(crate) page_height: f32,
    pub(crate) margin_side: f32,
    pub(crate) margin_top: f32,
    /// Distance from the bottom edge to the bottom of the text area.
    pub(crate) margin_bottom: f32,
    /// Distance from the bottom edge to the footer's baseline.
    pub(crate) footer_baseline: f32,
    pub(crate) body: f32,
    pub(crate) small: f32,
    pub(crate) title: f32,
    pub(crate) heading: f32,
    pub(crate) subheading: f32,
    /// Line height as a multiple of the type size.
    pub(crate) leading: f32,
    /// Space between paragraphs, as a multiple of the body size.
    pub(crate) gap: f32,
    /// How far list items are indented.
    pub(crate) indent: f32,
}

impl Theme {
    pub(crate) fn new(options: &PdfOptions) -> Theme {
        let (page_width, page_height) = match options.paper {
            // ISO 216 A4 is 210 × 297 mm; US Letter is 8.5 × 11 in.
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        };
        // Large print sets body text at 16 pt, and everything else in proportion.
        let scale = if options.large_print {
            16.0 / 10.5
        } else {
            1.0
        };
        Theme {
            page_width,
            page_height,
            margin_side: 56.0,
            margin_top: 48.0,
            margin_bottom: 64.0,
            footer_baseline: 36.0,
            body: 10.5 * scale,
            small: 8.5 * scale,
            title: 22.0 * scale,
            heading: 14.0 * scale,
            subheading: 11.5 * scale,
            leading: 1.42,
            gap: 0.45,
            indent: 15.0 * scale,
        }
    }

    pub(crate) fn text_width(&self) -> f32 {
        self.page_width - 2.0 * self.margin_side
    }

    pub(crate) fn text_height(&self) -> f32 {
        self.page_height - self.margin_top - self.margin_bottom
    }
}

pub(crate) fn regular(color: Color) -> Style {
    Style {
        weight: Weight::Regular,
        color,
    }
}

pub(crate) fn bold(color: Color) -> Style {
    Style {
        weight: Weight::Bold,
        color,
    }
}
