//! Which characters a handout can print: those the handout's fonts have glyphs for, in a
//! script that needs no shaping or right-to-left ordering (pamphlet sets text one glyph
//! after another, left to right). The fonts are the bundled DejaVu Sans, regular and
//! bold, read with `allsorts` (the font library the handout embeds fonts with;
//! `ttf-parser`, used before, is unmaintained: RUSTSEC-2026-0192).

use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tables::FontTableProvider;
use allsorts::tables::cmap::{Cmap, CmapSubtable, EncodingId, PlatformId};
use allsorts::tag;

use unicode_script::{Script, UnicodeScript};

use crate::text::WordSet;

/// The characters every face of the handout has a glyph for.
#[derive(Debug)]
pub(crate) struct Glyphs {
    covered: WordSet<char>,
    /// Whether every printable ASCII character is covered: most text is ASCII, and then
    /// needs no lookup at all.
    ascii: bool,
}

impl Glyphs {
    /// The bundled fonts' characters, read once per process.
    pub(crate) fn bundled() -> &'static Glyphs {
        static BUNDLED: OnceLock<Glyphs> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            Glyphs::of_faces(&[dejavu::sans::regular(), dejavu::sans::bold()]).unwrap_or(Glyphs {
                covered: WordSet::default(),
                ascii: false,
            })
        })
    }

    /// The characters every face in `faces` (TrueType or OpenType programs) covers, or
    /// `None` when one of them cannot be read as a font.
    pub(crate) fn of_faces(faces: &[&[u8]]) -> Option<Glyphs> {
        let mut covered: Option<WordSet<char>> = None;
        for program in faces {
            let chars = unicode_characters(program)?;
            covered = Some(match covered {
                None => chars,
                Some(before) => before.intersection(&chars).copied().collect(),
            });
        }
        covered.map(|covered| {
            let ascii = (' '..='~').all(|ch| covered.contains(&ch));
            Glyphs { covered, ascii }
        })
    }

    /// Whether every ASCII character prints as itself (control characters are not drawn).
    pub(crate) fn covers_ascii(&self) -> bool {
        self.ascii
    }

    /// Whether `ch` prints as itself: white space always does (it is not drawn).
    pub(crate) fn covers(&self, ch: char) -> bool {
        (self.ascii && ch.is_ascii())
            || ch.is_whitespace()
            || ch.is_control()
            || self.covered.contains(&ch)
    }
}

/// The characters the Unicode character maps of the first font in `program` give a glyph
/// (other than the missing-glyph box), or `None` when it is not a font with one.
fn unicode_characters(program: &[u8]) -> Option<WordSet<char>> {
    let font = ReadScope::new(program).read::<FontData<'_>>().ok()?;
    let provider = font.table_provider(0).ok()?;
    let data = provider.read_table_data(tag::CMAP).ok()?;
    let cmap = ReadScope::new(&data).read::<Cmap<'_>>().ok()?;
    let mut chars = WordSet::default();
    let mut unicode_maps = 0;
    for record in cmap.encoding_records() {
        let unicode = match record.platform_id {
            PlatformId::UNICODE => true,
            PlatformId::WINDOWS => matches!(
                record.encoding_id,
                EncodingId::WINDOWS_UNICODE_BMP_UCS2 | EncodingId::WINDOWS_UNICODE_UCS4
            ),
            _ => false,
        };
        if !unicode {
            continue;
        }
        // A subtable this reader cannot read (format 14, variation sequences, maps no
        // characters) is passed over: the font's character maps are in the others.
        let Some(subtable) = usize::try_from(record.offset)
            .ok()
            .and_then(|offset| cmap.scope.offset(offset).read::<CmapSubtable<'_>>().ok())
        else {
            continue;
        };
        let mut found = WordSet::default();
        let read = subtable.mappings_fn(|code, glyph| {
            if glyph != 0
                && let Some(ch) = char::from_u32(code)
            {
                found.insert(ch);
            }
        });
        if read.is_ok() {
            chars.extend(found);
            unicode_maps += 1;
        }
    }
    (unicode_maps > 0).then_some(chars)
}

/// Whether the first font of `program` has CFF outlines (a `CFF ` or `CFF2` table).
pub(crate) fn has_cff_table(program: &[u8]) -> bool {
    ReadScope::new(program)
        .read::<FontData<'_>>()
        .ok()
        .and_then(|font| font.table_provider(0).ok())
        .is_some_and(|provider| provider.has_table(tag::CFF) || provider.has_table(tag::CFF2))
}

/// Whether text in `script` needs what pamphlet's typesetting does not do yet: joining
/// and reordering letters (shaping), or setting lines right to left.
pub(crate) fn needs_shaping(script: Script) -> bool {
    matches!(
        script,
        Script::Arabic
            | Script::Hebrew
            | Script::Syriac
            | Script::Thaana
            | Script::Nko
            | Script::Adlam
            | Script::Devanagari
            | Script::Bengali
            | Script::Gurmukhi
            | Script::Gujarati
            | Script::Oriya
            | Script::Tamil
            | Script::Telugu
            | Script::Kannada
            | Script::Malayalam
            | Script::Sinhala
            | Script::Thai
            | Script::Lao
            | Script::Tibetan
            | Script::Myanmar
            | Script::Khmer
            | Script::Mongolian
            | Script::Javanese
            | Script::Balinese
    )
}

/// The script of `ch`, by name ("Han", "Arabic").
pub(crate) fn script_name(ch: char) -> &'static str {
    ch.script().full_name()
}

/// Whether `ch` belongs to a script that needs shaping. Every such script is encoded from
/// U+0590 (Hebrew) up, so what comes before needs no lookup.
pub(crate) fn shaped(ch: char) -> bool {
    ch >= '\u{0590}' && needs_shaping(ch.script())
}

#[cfg(test)]
mod tests {
    use super::{Glyphs, has_cff_table, shaped, unicode_characters};

    /// A TrueType-flavoured font file holding one empty table named `tag`.
    fn one_table_font(tag: &[u8; 4]) -> Vec<u8> {
        let mut program = Vec::new();
        program.extend_from_slice(&0x0001_0000_u32.to_be_bytes());
        program.extend_from_slice(&[0, 1, 0, 16, 0, 0, 0, 0]);
        program.extend_from_slice(tag);
        program.extend_from_slice(&[0, 0, 0, 0]);
        program.extend_from_slice(&28_u32.to_be_bytes());
        program.extend_from_slice(&4_u32.to_be_bytes());
        program.extend_from_slice(&[0, 0, 0, 0]);
        program
    }

    /// A font whose only table is a character map of two Unicode subtables: variation
    /// sequences (format 14, first) and `first..=last` mapped to glyphs from 1 (format 12).
    fn variation_sequences_then_characters(first: char, last: char) -> Vec<u8> {
        let mut variations = Vec::new();
        variations.extend_from_slice(&14_u16.to_be_bytes());
        variations.extend_from_slice(&10_u32.to_be_bytes());
        variations.extend_from_slice(&0_u32.to_be_bytes());
        let mut characters = Vec::new();
        characters.extend_from_slice(&12_u16.to_be_bytes());
        characters.extend_from_slice(&0_u16.to_be_bytes());
        characters.extend_from_slice(&28_u32.to_be_bytes());
        characters.extend_from_slice(&0_u32.to_be_bytes());
        characters.extend_from_slice(&1_u32.to_be_bytes());
        characters.extend_from_slice(&u32::from(first).to_be_bytes());
        characters.extend_from_slice(&u32::from(last).to_be_bytes());
        characters.extend_from_slice(&1_u32.to_be_bytes());
        let mut cmap = Vec::new();
        cmap.extend_from_slice(&[0, 0, 0, 2]);
        let first_offset = 4 + 2 * 8;
        let second_offset = first_offset + variations.len();
        for (platform, encoding, offset) in [(0_u16, 5_u16, first_offset), (3, 10, second_offset)] {
            cmap.extend_from_slice(&platform.to_be_bytes());
            cmap.extend_from_slice(&encoding.to_be_bytes());
            cmap.extend_from_slice(&u32::try_from(offset).unwrap_or_default().to_be_bytes());
        }
        cmap.extend_from_slice(&variations);
        cmap.extend_from_slice(&characters);
        let mut program = Vec::new();
        program.extend_from_slice(&0x0001_0000_u32.to_be_bytes());
        program.extend_from_slice(&[0, 1, 0, 16, 0, 0, 0, 0]);
        program.extend_from_slice(b"cmap");
        program.extend_from_slice(&[0, 0, 0, 0]);
        program.extend_from_slice(&28_u32.to_be_bytes());
        program.extend_from_slice(&u32::try_from(cmap.len()).unwrap_or_default().to_be_bytes());
        program.extend_from_slice(&cmap);
        program
    }

    #[test]
    fn a_subtable_that_cannot_be_read_does_not_hide_the_others() {
        let characters = unicode_characters(&variation_sequences_then_characters('A', 'C'))
            .expect("the format 12 subtable is read");
        let mut found: Vec<char> = characters.into_iter().collect();
        found.sort_unstable();
        assert_eq!(found, ['A', 'B', 'C']);
    }

    #[test]
    fn a_cff_table_is_found_whatever_the_file_says_it_is() {
        assert!(has_cff_table(&one_table_font(b"CFF ")));
        assert!(has_cff_table(&one_table_font(b"CFF2")));
        assert!(!has_cff_table(&one_table_font(b"glyf")));
        assert!(!has_cff_table(dejavu::sans::regular()));
        assert!(!has_cff_table(b"not a font"));
    }

    #[test]
    fn the_bundled_fonts_cover_european_scripts_and_not_han() {
        let glyphs = Glyphs::bundled();
        for ch in
            "Dolor de cadera: ¿qué hacer? Ból biodra. Đau hông. Πόνος. Боль в бедре. ß".chars()
        {
            assert!(glyphs.covers(ch), "{ch:?}");
        }
        for ch in ['中', '文', '痛'] {
            assert!(!glyphs.covers(ch), "{ch:?}");
        }
        assert!(shaped('ع'));
        assert!(shaped('ש'));
        assert!(shaped('क'));
        assert!(!shaped('a'));
        assert!(!shaped('中'));
    }
}
