//! `unprintable-text` (PAM603): text the handout cannot print: characters its fonts have
//! no glyph for, or a script that needs shaping or right-to-left setting.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::glyphs::{Glyphs, script_name, shaped};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every character of the text prints on the handout as itself: the handout's
    /// fonts (the bundled DejaVu Sans, regular and bold: Latin, Greek and Cyrillic with
    /// their accents, Vietnamese included; or the files `[handout]` names in
    /// `pamphlet.toml`) have a glyph for it, and its script needs neither letters
    /// joined and reordered (shaping) nor lines set right to left. Arabic, Hebrew and the
    /// scripts of South and South-East Asia need both, which pamphlet does not do yet; they
    /// are refused with a message that says so rather than printed wrongly.
    ///
    /// ## Why it matters
    /// A character with no glyph prints as an empty box. A reader sees "When to see a
    /// doctor" followed by boxes where the sign should be, or a title they cannot read, and
    /// nothing in the build says anything went wrong.
    ///
    /// ## Example
    /// ```yaml
    /// title: 髋关节疼痛
    /// ```
    ///
    /// ## How to fix
    /// Write the text in a script the handout's fonts cover, or name fonts that cover it:
    ///
    /// ```toml
    /// [handout]
    /// font-regular = "fonts/NotoSansSC-Regular.ttf"   # relative to pamphlet.toml
    /// font-bold = "fonts/NotoSansSC-Bold.ttf"
    /// ```
    ///
    /// A typographic character pasted from a word processor (a rare dash or symbol) can be
    /// replaced by a plain one.
}

/// At most this many distinct characters are named in one message.
const NAMED: usize = 8;

pub(crate) fn check(field: &TextField<'_>, glyphs: &Glyphs, findings: &mut Vec<Finding>) {
    // ASCII needs no shaping, and prints when the fonts have every ASCII character.
    if glyphs.covers_ascii() && field.text.is_ascii() {
        return;
    }
    let mut shaping: Vec<&str> = Vec::new();
    let mut missing: Vec<char> = Vec::new();
    let mut first: Option<(usize, char)> = None;
    for (at, ch) in field.text.char_indices() {
        if shaped(ch) {
            let script = script_name(ch);
            if !shaping.contains(&script) {
                shaping.push(script);
            }
        } else if glyphs.covers(ch) {
            continue;
        } else if !missing.contains(&ch) {
            missing.push(ch);
        }
        first.get_or_insert((at, ch));
    }
    let Some((at, ch)) = first else {
        return;
    };
    let target = Target::Text(at..at + ch.len_utf8());
    if !shaping.is_empty() {
        findings.push(
            Finding::new(
                Rule::UnprintableText,
                field.pointer.clone(),
                format!(
                    "`{}` is written in {}, which needs letters joined and set right to left or reordered; pamphlet's handouts cannot print it yet",
                    field.name,
                    shaping.join(" and ")
                ),
            )
            .help("leave this topic out of the handouts for now, or write it in a script the handout's fonts cover (Latin, Greek, Cyrillic)")
            .target(target.clone()),
        );
    }
    if !missing.is_empty() {
        let mut scripts: Vec<&str> = Vec::new();
        for ch in &missing {
            let script = script_name(*ch);
            if !scripts.contains(&script) {
                scripts.push(script);
            }
        }
        let mut named: Vec<String> = missing
            .iter()
            .take(NAMED)
            .map(|ch| format!("{ch} (U+{:04X})", u32::from(*ch)))
            .collect();
        if missing.len() > NAMED {
            named.push(format!("and {} more", missing.len() - NAMED));
        }
        findings.push(
            Finding::new(
                Rule::UnprintableText,
                field.pointer.clone(),
                format!(
                    "`{}` holds characters the handout's fonts cannot draw, so they would print as boxes: {} ({})",
                    field.name,
                    named.join(", "),
                    scripts.join(", ")
                ),
            )
            .help("replace them with characters the handout's fonts have, name fonts that have them under `[handout]` in pamphlet.toml (`font-regular`, `font-bold`), or leave this text out")
            .target(target),
        );
    }
}
