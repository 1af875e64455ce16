//! The hot paths of a handout, reachable from the micro-benchmarks in `benches/`, so
//! that a change to one can be measured on its own. Not a stable interface.

use crate::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::text::{Color, Span, Style, set};

/// Sets `text` in the regular face at `size` points into lines no wider than `width`
/// points (measuring every word, then the optimal-fit line breaker); the line count.
pub fn break_lines(text: &str, size: f32, width: f32) -> Result<usize, PdfError> {
    let fonts = Fonts::shared()?;
    let span = Span {
        text: text.to_owned(),
        style: Style {
            weight: Weight::Regular,
            color: Color(0.0, 0.0, 0.0),
        },
        link: None,
    };
    Ok(set(&[span], fonts, size, width).len())
}
