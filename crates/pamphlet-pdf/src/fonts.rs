//! The handout's two faces, regular and bold: the bundled DejaVu Sans, or the font files
//! a clinic names in `pamphlet.toml`. Advance widths for measuring text, and subsetting to
//! the characters a handout uses before they are embedded.
//!
//! Metrics come from printpdf's own `ParsedFont` (built on `allsorts`), and the
//! subset is made by the same `allsorts` subsetter printpdf uses, so there is one
//! font parser in the build.

use std::collections::{BTreeMap, BTreeSet};

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

/// Characters below this have their glyph and advance in a table (Latin, Greek,
/// Cyrillic, the general punctuation and the symbols a handout uses), so that measuring
/// a word is an index per character rather than two tree searches.
const TABLE_LIMIT: usize = 0x3000;

/// One parsed face with its metrics and its program (for subsetting).
#[derive(Debug)]
pub(crate) struct Face {
    /// The PostScript name the PDF gives the embedded subset.
    name: String,
    program: std::borrow::Cow<'static, [u8]>,
    parsed: ParsedFont,
    units_per_em: f32,
    /// For each character below `TABLE_LIMIT`: the glyph drawn for it (0 when the face
    /// has none) and the advance of the character actually printed, in font units.
    table: Vec<(u16, u16)>,
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
        let mut face = Face {
            name,
            program,
            parsed,
            units_per_em,
            table: Vec::new(),
        };
        face.table = (0..TABLE_LIMIT)
            .map(|code| {
                let ch = char::from_u32(code as u32).unwrap_or(REPLACEMENT);
                (face.glyph(ch).unwrap_or(0), face.advance_slow(ch))
            })
            .collect();
        Ok(face)
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
            .map(|ch| match self.table.get(ch as usize) {
                Some(&(_, advance)) => u32::from(advance),
                None => u32::from(self.advance_slow(ch)),
            })
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// The advance of the character printed for `ch`, in font units, from the font.
    fn advance_slow(&self, ch: char) -> u16 {
        let glyph = self.glyph(self.printable(ch)).unwrap_or(0);
        self.glyph_width(glyph)
    }

    /// The advance of `glyph`, in font units.
    fn glyph_width(&self, glyph: u16) -> u16 {
        self.parsed.get_glyph_width(glyph).unwrap_or(0)
    }

    /// The face's glyph for `ch`, if it has one.
    pub(crate) fn glyph(&self, ch: char) -> Option<u16> {
        if let Some(&(glyph, _)) = self.table.get(ch as usize) {
            return (glyph != 0).then_some(glyph);
        }
        self.parsed
            .lookup_glyph_index(u32::from(ch))
            .filter(|glyph| *glyph != 0)
    }

    /// A copy of this face holding only the glyphs of `chars` (and `.notdef`), ready to
    /// embed. The subset is tagged as the PDF standard asks, with a tag derived from
    /// the characters, so the same text always gives the same bytes.
    pub(crate) fn subset(&self, chars: &BTreeSet<char>) -> Result<Subset, PdfError> {
        let failed = || PdfError::Font("subset");
        let printed: Vec<(char, u16)> = chars
            .iter()
            .map(|ch| (*ch, self.glyph(self.printable(*ch)).unwrap_or(0)))
            .collect();
        let kept: BTreeSet<u16> = printed.iter().map(|(_, glyph)| *glyph).collect();
        // The subset numbers its glyphs in the order asked for: `.notdef` first, then
        // the kept glyphs in the face's order (the subsetter may append the parts of
        // composite glyphs after them, which no character maps to).
        let ids: Vec<u16> = std::iter::once(0)
            .chain(kept.into_iter().filter(|glyph| *glyph != 0))
            .collect();
        let new_id = |old: u16| ids.binary_search(&old).map_or(0, |index| index as u16);
        let font_data = ReadScope::new(&self.program)
            .read::<FontData<'_>>()
            .map_err(|_| failed())?;
        let provider = font_data.table_provider(0).map_err(|_| failed())?;
        let program = subset(&provider, &ids, &embedded_tables(), CmapTarget::Unicode)
            .map_err(|_| failed())?;
        let scale = 1000.0 / self.units_per_em;
        let thousandths = |units: i64| (units as f32 * scale).round() as i64;
        let metrics = &self.parsed.pdf_font_metrics;
        // The slant in degrees, counter-clockwise from upright (the caret's rise and run).
        let italic_angle = if metrics.caret_slope_rise == 0 {
            0
        } else {
            let run = f32::from(metrics.caret_slope_run);
            let rise = f32::from(metrics.caret_slope_rise);
            (-run.atan2(rise).to_degrees()).round() as i64
        };
        let ascent = thousandths(i64::from(self.parsed.font_metrics.ascent));
        Ok(Subset {
            name: format!("{}+{}", subset_tag(&self.name, chars), self.name),
            cff: program.starts_with(b"OTTO"),
            program,
            glyphs: printed
                .into_iter()
                .map(|(ch, glyph)| (ch, new_id(glyph)))
                .collect(),
            widths: ids
                .iter()
                .map(|glyph| thousandths(i64::from(self.glyph_width(*glyph))))
                .collect(),
            descriptor: Descriptor {
                ascent,
                descent: thousandths(i64::from(self.parsed.font_metrics.descent)),
                // The font tables read here carry no cap height; the ascent stands in.
                cap_height: ascent,
                bbox: [metrics.x_min, metrics.y_min, metrics.x_max, metrics.y_max]
                    .map(|value| thousandths(i64::from(value))),
                italic_angle,
                // The usual estimate of the stem width from the weight class (about 88
                // at 400, 166 at 700); 80 when the font has no OS/2 table.
                stem_v: if metrics.us_weight_class == 0 {
                    80
                } else {
                    50 + (f32::from(metrics.us_weight_class) / 65.0).powi(2).round() as i64
                },
            },
        })
    }
}

/// A face cut down to the characters of one handout, as the PDF embeds it.
#[derive(Debug)]
pub(crate) struct Subset {
    /// The subset's PostScript name: a six-letter tag, `+`, the face's name.
    pub(crate) name: String,
    /// The font program: TrueType, or OpenType with CFF outlines when `cff`.
    pub(crate) program: Vec<u8>,
    pub(crate) cff: bool,
    /// Each character printed with this face, sorted, with its glyph in the subset.
    glyphs: Vec<(char, u16)>,
    /// The advance of each glyph of the subset, by its id, in thousandths of an em.
    pub(crate) widths: Vec<i64>,
    pub(crate) descriptor: Descriptor,
}

impl Subset {
    /// The subset's glyph for `ch` (`.notdef`, 0, for a character it was not made for).
    pub(crate) fn glyph(&self, ch: char) -> u16 {
        self.glyphs
            .binary_search_by_key(&ch, |(printed, _)| *printed)
            .map_or(0, |index| self.glyphs[index].1)
    }

    /// Each glyph that characters map to, with the first of them: what a text
    /// extractor is told each glyph means.
    pub(crate) fn meanings(&self) -> BTreeMap<u16, char> {
        let mut meanings = BTreeMap::new();
        for (ch, glyph) in &self.glyphs {
            if *glyph != 0 {
                meanings.entry(*glyph).or_insert(*ch);
            }
        }
        meanings
    }
}

/// The font descriptor's metrics (ISO 32000-1 §9.8), in thousandths of an em.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Descriptor {
    pub(crate) ascent: i64,
    pub(crate) descent: i64,
    pub(crate) cap_height: i64,
    pub(crate) bbox: [i64; 4],
    pub(crate) italic_angle: i64,
    pub(crate) stem_v: i64,
}

/// The tables a PDF needs of an embedded TrueType font (ISO 32000-1 §9.9), with the
/// cmap and post tables that some readers look for. The `name` table, a third of a
/// small subset, is left out: the PDF names the font itself.
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

    /// A clinic's own faces, from the bytes of their TrueType files (OpenType fonts with
    /// CFF outlines are refused: their subsets keep character ids the text would not match).
    pub fn from_programs(regular: Vec<u8>, bold: Vec<u8>) -> Result<Fonts, PdfError> {
        if regular.starts_with(b"OTTO") {
            return Err(PdfError::Font("regular"));
        }
        if bold.starts_with(b"OTTO") {
            return Err(PdfError::Font("bold"));
        }
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
    use std::hash::Hasher as _;
    let mut hash = fnv::FnvHasher::default();
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
        assert!(subset.program.len() < 20_000, "{}", subset.program.len());
        assert!(!subset.cff);
        // The glyph numbers the content stream uses are the subset's own: its cmap
        // (read back here) agrees for every character, and nothing else is in it.
        let parsed = ParsedFont::from_bytes(&subset.program, 0, &mut Vec::new()).expect("parses");
        for ch in &chars {
            let glyph = subset.glyph(*ch);
            assert_ne!(glyph, 0, "{ch}");
            assert_eq!(
                parsed.lookup_glyph_index(u32::from(*ch)),
                Some(glyph),
                "{ch}"
            );
            assert_eq!(
                subset.widths[usize::from(glyph)],
                (f32::from(face.glyph_width(face.glyph(*ch).unwrap_or(0))) * 1000.0
                    / face.units_per_em)
                    .round() as i64,
                "{ch}"
            );
        }
        assert_eq!(parsed.lookup_glyph_index(u32::from('z')), None);
        assert_eq!(subset.glyph('z'), 0);
        assert!(
            subset.name.ends_with("+DejaVuSans") && subset.name.len() == 17,
            "{}",
            subset.name
        );
    }

    #[test]
    fn the_width_table_agrees_with_the_font() {
        let fonts = Fonts::load().expect("DejaVu Sans loads");
        for weight in Weight::ALL {
            let face = fonts.face(weight);
            let parsed = &face.parsed;
            let glyph_of = |ch: char| {
                parsed
                    .lookup_glyph_index(u32::from(ch))
                    .filter(|glyph| *glyph != 0)
            };
            for ch in "Hip pain, Боль в бедре – “ok” № 12 ● 中".chars() {
                // What the font itself says: the advance of the glyph printed, the
                // replacement character's for one it lacks (中).
                let printed = glyph_of(ch).or_else(|| glyph_of(REPLACEMENT)).unwrap_or(0);
                let units = parsed.get_glyph_width(printed).unwrap_or(0);
                assert_eq!(
                    face.width(&ch.to_string(), 1000.0),
                    f32::from(units) * 1000.0 / face.units_per_em,
                    "{ch}"
                );
                assert_eq!(face.glyph(ch), glyph_of(ch), "{ch}");
            }
        }
    }
}
