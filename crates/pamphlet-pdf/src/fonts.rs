//! The handout's two faces, DejaVu Sans regular and bold: advance widths for
//! measuring text, and subsetting to the characters a handout uses before they
//! are embedded.
//!
//! Metrics come from printpdf's own `ParsedFont` (built on `allsorts`), and the
//! subset is made by the same `allsorts` subsetter printpdf uses, so there is one
//! font parser in the build.

use std::collections::BTreeSet;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use printpdf::ParsedFont;

use crate::PdfError;

/// The character drawn in place of one the font has no glyph for.
const REPLACEMENT: char = '\u{FFFD}';

/// Which face a piece of text is set in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

impl Weight {
    pub(crate) const ALL: [Weight; 2] = [Weight::Regular, Weight::Bold];

    /// The PostScript name of the face, used as its PDF font name.
    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            Weight::Regular => "DejaVuSans",
            Weight::Bold => "DejaVuSans-Bold",
        }
    }

    fn program(self) -> &'static [u8] {
        match self {
            Weight::Regular => dejavu::sans::regular(),
            Weight::Bold => dejavu::sans::bold(),
        }
    }
}

/// One parsed face with its metrics.
#[derive(Debug)]
pub(crate) struct Face {
    weight: Weight,
    parsed: ParsedFont,
    units_per_em: f32,
}

impl Face {
    fn load(weight: Weight) -> Result<Face, PdfError> {
        let parsed = ParsedFont::from_bytes(weight.program(), 0, &mut Vec::new())
            .ok_or(PdfError::Font(weight.postscript_name()))?;
        let units_per_em = f32::from(parsed.units_per_em.max(1));
        Ok(Face {
            weight,
            parsed,
            units_per_em,
        })
    }

    /// The character that will be drawn for `ch`: itself when the face has a glyph
    /// for it, otherwise the replacement character.
    pub(crate) fn printable(&self, ch: char) -> char {
        if ch == ' ' || self.glyph(ch).is_some() {
            ch
        } else {
            REPLACEMENT
        }
    }

    /// The advance width of `text` set at `size` points, in points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|ch| {
                let glyph = self.glyph(self.printable(ch)).unwrap_or(0);
                u32::from(self.parsed.get_glyph_width(glyph).unwrap_or(0))
            })
            .sum();
        units as f32 * size / self.units_per_em
    }

    fn glyph(&self, ch: char) -> Option<u16> {
        self.parsed
            .lookup_glyph_index(u32::from(ch))
            .filter(|glyph| *glyph != 0)
    }

    /// A copy of this face holding only the glyphs of `chars` (and `.notdef`), ready to
    /// embed. The subset is tagged as the PDF standard asks, with a tag derived from
    /// the characters, so the same text always gives the same bytes.
    pub(crate) fn subset(&self, chars: &BTreeSet<char>) -> Result<ParsedFont, PdfError> {
        let failed = || PdfError::Font(self.weight.postscript_name());
        let glyphs: BTreeSet<u16> = chars
            .iter()
            .filter_map(|ch| self.glyph(self.printable(*ch)))
            .collect();
        let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();
        let font_data = ReadScope::new(self.weight.program())
            .read::<FontData<'_>>()
            .map_err(|_| failed())?;
        let provider = font_data.table_provider(0).map_err(|_| failed())?;
        let bytes = subset(&provider, &ids, &embedded_tables(), CmapTarget::Unicode)
            .map_err(|_| failed())?;
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut Vec::new()).ok_or_else(failed)?;
        parsed.font_name = Some(format!(
            "{}+{}",
            subset_tag(self.weight, chars),
            self.weight.postscript_name()
        ));
        Ok(parsed)
    }
}

/// The tables a PDF needs of an embedded TrueType font (ISO 32000-1 §9.9), plus the
/// cmap and post tables printpdf reads back. The `name` table, a third of a small
/// subset, is left out: the PDF names the font itself.
fn embedded_tables() -> SubsetProfile {
    use allsorts::tag;
    SubsetProfile::Custom(vec![
        tag::CMAP,
        tag::CVT,
        tag::FPGM,
        tag::HEAD,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::POST,
        tag::PREP,
    ])
}

/// Both faces of the handout.
#[derive(Debug)]
pub(crate) struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    /// The bundled faces, parsed once per process and shared by every handout (parsing
    /// them took a tenth of a handout's time).
    pub(crate) fn shared() -> Result<&'static Fonts, PdfError> {
        static FONTS: std::sync::OnceLock<Result<Fonts, PdfError>> = std::sync::OnceLock::new();
        FONTS
            .get_or_init(Fonts::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    pub(crate) fn load() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::load(Weight::Regular)?,
            bold: Face::load(Weight::Bold)?,
        })
    }

    pub(crate) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// Six capital letters naming a subset, as ISO 32000-1 §9.6.4 asks: a hash of
/// the face and its characters, so it is stable from run to run.
fn subset_tag(weight: Weight, chars: &BTreeSet<char>) -> String {
    let mut hash = crate::fingerprint::Fnv::new();
    hash.write(weight.postscript_name().as_bytes());
    for ch in chars {
        hash.write(&u32::from(*ch).to_le_bytes());
    }
    let mut value = hash.finish();
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (value % 26) as u8);
            value /= 26;
            letter
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let fonts = Fonts::load().expect("DejaVu Sans loads");
        let regular = fonts.face(Weight::Regular);
        // DejaVu Sans: "i" is much narrower than "W"; bold is wider than regular.
        assert!(regular.width("i", 10.0) < regular.width("W", 10.0) / 2.0);
        assert!(fonts.face(Weight::Bold).width("hip pain", 10.0) > regular.width("hip pain", 10.0));
        let doubled = regular.width("abc", 20.0);
        assert!((doubled - 2.0 * regular.width("abc", 10.0)).abs() < 1e-3);
    }

    #[test]
    fn greek_and_cyrillic_have_glyphs() {
        let fonts = Fonts::load().expect("DejaVu Sans loads");
        for weight in Weight::ALL {
            let face = fonts.face(weight);
            for ch in "Πόνος στο ισχίο Боль в бедре".chars() {
                assert_eq!(face.printable(ch), ch, "{weight:?} lacks {ch}");
            }
            assert_eq!(face.printable('\u{4E2D}'), REPLACEMENT);
        }
    }

    #[test]
    fn subset_keeps_only_the_glyphs_used() {
        let fonts = Fonts::load().expect("DejaVu Sans loads");
        let face = fonts.face(Weight::Regular);
        let chars: BTreeSet<char> = "Hip pain Боль".chars().collect();
        let subset = face.subset(&chars).expect("subset");
        assert!(
            subset.original_bytes.len() < 20_000,
            "{}",
            subset.original_bytes.len()
        );
        for ch in &chars {
            assert!(subset.lookup_glyph_index(u32::from(*ch)).is_some(), "{ch}");
        }
        assert_eq!(subset.lookup_glyph_index(u32::from('z')), None);
        let name = subset.font_name.clone().unwrap_or_default();
        assert!(name.ends_with("+DejaVuSans") && name.len() == 17, "{name}");
    }
}
