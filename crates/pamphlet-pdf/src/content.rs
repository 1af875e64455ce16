//! A page's content stream, written as bytes in one pass: the PDF operators the handout
//! uses (ISO 32000-1, Annex A), numbers in their shortest exact form to a thousandth,
//! text as glyph numbers of the page's font subsets.

use crate::fonts::Subset;
use crate::text::Color;

/// The operators of one page, in order.
#[derive(Debug, Default)]
pub(crate) struct Content {
    bytes: Vec<u8>,
    /// The text state set so far (font resource, size; fill colour): operators that
    /// would set it again to the same values are left out.
    font: Option<(&'static str, f32)>,
    fill: Option<Color>,
}

impl Content {
    pub(crate) fn new() -> Content {
        Content {
            bytes: Vec::with_capacity(8 * 1024),
            ..Content::default()
        }
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// `BDC`: marked content of a structure element of type `role`, with its `mcid`.
    pub(crate) fn begin_marked(&mut self, role: &str, mcid: usize) {
        self.name(role);
        self.bytes.extend_from_slice(b" <</MCID ");
        self.integer(mcid as i64);
        self.bytes.extend_from_slice(b">> BDC\n");
    }

    /// `BMC` of an artifact: page furniture, outside the structure tree.
    pub(crate) fn begin_artifact(&mut self) {
        self.bytes.extend_from_slice(b"/Artifact BMC\n");
    }

    /// `EMC`: ends the innermost marked content.
    pub(crate) fn end_marked(&mut self) {
        self.bytes.extend_from_slice(b"EMC\n");
    }

    /// A rectangle filled with `fill` and outlined in `border`, `line_width` wide.
    pub(crate) fn rectangle(&mut self, corner: [f32; 2], size: [f32; 2], colors: [Color; 2]) {
        let [fill, border] = colors;
        self.bytes.extend_from_slice(b"q\n");
        self.color(fill, b"rg");
        self.color(border, b"RG");
        self.numbers(&[1.5], b"w");
        self.numbers(&[corner[0], corner[1], size[0], size[1]], b"re");
        self.bytes.extend_from_slice(b"B\nQ\n");
    }

    /// A straight line from `from` to `to`, `thickness` wide, in `color`.
    pub(crate) fn line(&mut self, from: [f32; 2], to: [f32; 2], thickness: f32, color: Color) {
        self.bytes.extend_from_slice(b"q\n");
        self.color(color, b"RG");
        self.numbers(&[thickness], b"w");
        self.numbers(&from, b"m");
        self.numbers(&to, b"l");
        self.bytes.extend_from_slice(b"S\nQ\n");
    }

    /// `BT` and the start of a line of text at `x`, `y`.
    pub(crate) fn begin_text(&mut self, x: f32, y: f32) {
        self.bytes.extend_from_slice(b"BT\n");
        self.numbers(&[x, y], b"Td");
    }

    /// `ET`.
    pub(crate) fn end_text(&mut self) {
        self.bytes.extend_from_slice(b"ET\n");
    }

    /// Selects the font resource `font` at `size` points and the fill colour `color`,
    /// when they are not already so.
    pub(crate) fn text_style(&mut self, font: &'static str, size: f32, color: Color) {
        if self.font != Some((font, size)) {
            self.name(font);
            self.bytes.push(b' ');
            self.numbers(&[size], b"Tf");
            self.font = Some((font, size));
        }
        if self.fill != Some(color) {
            self.color(color, b"rg");
            self.fill = Some(color);
        }
    }

    /// `Tj` of `text`, each character as its glyph in `subset`: two bytes, as the
    /// Identity-H encoding reads them, in a literal string (half the size of a
    /// hexadecimal one). Parentheses and the backslash are escaped, and so is a
    /// carriage return, which a reader would otherwise take for a line feed.
    pub(crate) fn show(&mut self, text: &str, subset: &Subset) {
        self.bytes.push(b'(');
        for ch in text.chars() {
            for byte in subset.glyph(ch).to_be_bytes() {
                match byte {
                    b'(' | b')' | b'\\' => self.bytes.extend_from_slice(&[b'\\', byte]),
                    b'\r' => self.bytes.extend_from_slice(b"\\r"),
                    _ => self.bytes.push(byte),
                }
            }
        }
        self.bytes.extend_from_slice(b") Tj\n");
    }

    fn color(&mut self, Color(r, g, b): Color, operator: &[u8]) {
        self.numbers(&[r, g, b], operator);
    }

    /// `values`, then `operator` and the end of the line.
    fn numbers(&mut self, values: &[f32], operator: &[u8]) {
        for value in values {
            self.number(*value);
            self.bytes.push(b' ');
        }
        self.bytes.extend_from_slice(operator);
        self.bytes.push(b'\n');
    }

    fn name(&mut self, name: &str) {
        self.bytes.push(b'/');
        self.bytes.extend_from_slice(name.as_bytes());
    }

    /// `value` rounded to a thousandth, without trailing zeros: `12`, `0.5`, `-3.125`.
    fn number(&mut self, value: f32) {
        let thousandths = (f64::from(value) * 1000.0).round() as i64;
        if thousandths < 0 {
            self.bytes.push(b'-');
        }
        let magnitude = thousandths.unsigned_abs();
        self.integer((magnitude / 1000) as i64);
        let mut fraction = magnitude % 1000;
        if fraction != 0 {
            self.bytes.push(b'.');
            let mut digits = 3;
            while fraction.is_multiple_of(10) {
                fraction /= 10;
                digits -= 1;
            }
            let divisor = 10u64.pow(digits - 1);
            let mut place = divisor;
            while place > 0 {
                self.bytes.push(b'0' + ((fraction / place) % 10) as u8);
                place /= 10;
            }
        }
    }

    fn integer(&mut self, value: i64) {
        let mut digits = [0u8; 20];
        let mut rest = value.unsigned_abs();
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            self.bytes.push(b'-');
        }
        self.bytes.extend_from_slice(&digits[start..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f32) -> String {
        let mut content = Content::new();
        content.number(value);
        String::from_utf8(content.into_bytes()).unwrap_or_default()
    }

    #[test]
    fn numbers_are_short_and_exact_to_a_thousandth() {
        for (value, expected) in [
            (0.0, "0"),
            (12.0, "12"),
            (0.5, "0.5"),
            (0.05, "0.05"),
            (0.007, "0.007"),
            (-3.125, "-3.125"),
            (595.276, "595.276"),
            (841.8898, "841.89"),
            (-0.0004, "0"),
            (10.5, "10.5"),
            (1234.06, "1234.06"),
        ] {
            assert_eq!(written(value), expected, "{value}");
        }
    }

    /// The bytes a PDF reader takes from the literal string `(...)` (ISO 32000-1
    /// §7.3.4.2): escapes resolved, a bare carriage return read as a line feed.
    fn read_literal(written: &[u8]) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut rest = written.iter().copied();
        while let Some(byte) = rest.next() {
            match byte {
                b'\\' => match rest.next() {
                    Some(b'r') => bytes.push(b'\r'),
                    Some(b'n') => bytes.push(b'\n'),
                    Some(other) => bytes.push(other),
                    None => {}
                },
                b'\r' => bytes.push(b'\n'),
                other => bytes.push(other),
            }
        }
        bytes
    }

    #[test]
    fn glyph_numbers_survive_a_literal_string() {
        let fonts = crate::fonts::Fonts::load().expect("DejaVu Sans loads");
        let face = fonts.face(crate::fonts::Weight::Regular);
        // Enough characters that the subset's glyph numbers include 13 (carriage
        // return), 40 and 41 (parentheses) and 92 (backslash).
        let chars: std::collections::BTreeSet<char> =
            (' '..='~').chain('À'..='ÿ').chain('Α'..='ω').collect();
        let subset = face.subset(&chars).expect("subset");
        let text: String = chars.iter().collect();
        let expected: Vec<u8> = text
            .chars()
            .flat_map(|ch| subset.glyph(ch).to_be_bytes())
            .collect();
        for byte in [b'\r', b'(', b')', b'\\'] {
            assert!(expected.contains(&byte), "no glyph number holds {byte}");
        }
        let mut content = Content::new();
        content.show(&text, &subset);
        let written = content.into_bytes();
        let inner = &written[1..written.len() - b") Tj\n".len()];
        assert_eq!(read_literal(inner), expected);
    }

    #[test]
    fn text_state_is_set_only_when_it_changes() {
        let color = Color(0.1, 0.2, 0.3);
        let mut content = Content::new();
        content.text_style("F1", 10.5, color);
        content.text_style("F1", 10.5, color);
        content.text_style("F2", 10.5, color);
        let text = String::from_utf8(content.into_bytes()).unwrap_or_default();
        assert_eq!(text, "/F1 10.5 Tf\n0.1 0.2 0.3 rg\n/F2 10.5 Tf\n");
    }
}
