//! Which characters a handout can print: those the handout's fonts have glyphs for, in a
//! script that needs no shaping or right-to-left ordering (pamphlet sets text one glyph
//! after another, left to right). The fonts are the bundled DejaVu Sans, regular and
//! bold, read with `ttf-parser`.

use std::sync::OnceLock;

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
            let face = ttf_parser::Face::parse(program, 0).ok()?;
            let mut chars = WordSet::default();
            for table in face.tables().cmap?.subtables {
                if !table.is_unicode() {
                    continue;
                }
                table.codepoints(|code| {
                    if let Some(ch) = char::from_u32(code)
                        && table.glyph_index(code).is_some_and(|glyph| glyph.0 != 0)
                    {
                        chars.insert(ch);
                    }
                });
            }
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

    /// Whether `ch` prints as itself: white space always does (it is not drawn).
    pub(crate) fn covers(&self, ch: char) -> bool {
        (self.ascii && ch.is_ascii())
            || ch.is_whitespace()
            || ch.is_control()
            || self.covered.contains(&ch)
    }
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
    use super::{Glyphs, shaped};

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
