//! The handout's two faces, regular and bold: the bundled DejaVu Sans, or the font files
//! a clinic names in `pamphlet.toml`. Advance widths for measuring text, and subsetting to
//! the characters a handout uses before they are embedded.
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

    /// The face's name in error messages.
    fn noun(self) -> &'static str {
        match self {
            Weight::Regular => "regular",
            Weight::Bold => "bold",
        }
    }
}

/// One parsed face with its metrics and its program (for subsetting).
#[derive(Debug)]
pub(crate) struct Face {
    /// The PostScript name the PDF gives the embedded subset.
    name: String,
    program: std::borrow::Cow<'static, [u8]>,
    parsed: ParsedFont,
    units_per_em: f32,
}

impl Face {
    fn load(
        weight: Weight,
        program: std::borrow::Cow<'static, [u8]>,
        name: Option<&str>,
    ) -> Result<Face, PdfError> {
        let parsed = ParsedFont::from_bytes(&program, 0, &mut Vec::new())
            .ok_or(PdfError::Font(weight.noun()))?;
        let units_per_em = f32::from(parsed.units_per_em.max(1));
        // A name of the font's own, made safe for a PDF name (letters, digits, hyphens).
        let name = name
            .map(str::to_owned)
            .or_else(|| parsed.font_name.clone())
            .unwrap_or_else(|| format!("Handout-{}", weight.noun()))
            .chars()
            .filter(|ch| ch.is_ascii_alphanumeric() || *ch == '-')
            .collect();
        Ok(Face {
            name,
            program,
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
        let failed = || PdfError::Font("subset");
        let glyphs: BTreeSet<u16> = chars
            .iter()
            .filter_map(|ch| self.glyph(self.printable(*ch)))
            .collect();
        let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();
        let font_data = ReadScope::new(&self.program)
            .read::<FontData<'_>>()
            .map_err(|_| failed())?;
        let provider = font_data.table_provider(0).map_err(|_| failed())?;
        let bytes = subset(&provider, &ids, &embedded_tables(), CmapTarget::Unicode)
            .map_err(|_| failed())?;
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut Vec::new()).ok_or_else(failed)?;
        parsed.font_name = Some(format!("{}+{}", subset_tag(&self.name, chars), self.name));
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

/// Both faces of the handout: the bundled DejaVu Sans (`Fonts::shared`), or a clinic's
/// own (`Fonts::from_programs`), parsed once and shared by every handout of a run.
#[derive(Debug)]
pub struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    /// The bundled faces, parsed once per process and shared by every handout (parsing
    /// them took a tenth of a handout's time).
    pub fn shared() -> Result<&'static Fonts, PdfError> {
        static FONTS: std::sync::OnceLock<Result<Fonts, PdfError>> = std::sync::OnceLock::new();
        FONTS
            .get_or_init(Fonts::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    pub(crate) fn load() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::load(
                Weight::Regular,
                dejavu::sans::regular().into(),
                Some("DejaVuSans"),
            )?,
            bold: Face::load(
                Weight::Bold,
                dejavu::sans::bold().into(),
                Some("DejaVuSans-Bold"),
            )?,
        })
    }

    /// A clinic's own faces, from the bytes of their TrueType or OpenType files.
    pub fn from_programs(regular: Vec<u8>, bold: Vec<u8>) -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::load(Weight::Regular, regular.into(), None)?,
            bold: Face::load(Weight::Bold, bold.into(), None)?,
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
fn subset_tag(name: &str, chars: &BTreeSet<char>) -> String {
    let mut hash = crate::fingerprint::Fnv::new();
    hash.write(name.as_bytes());
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
