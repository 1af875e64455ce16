//! `hidden-character` (PAM704): a character a reader cannot see that hides, joins or
//! reorders text.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the text holds no character a reader cannot see but that changes what the
    /// text says or how it is read: control characters (other than tab and line
    /// breaks), direction overrides and isolates (U+202A to U+202E, U+2066 to U+2069),
    /// zero-width spaces and joiners that split words (U+200B, U+2060, U+FEFF), invisible
    /// operators (U+2061 to U+2064) and tag characters (U+E0000 to U+E007F). The marks
    /// that right-to-left and other scripts need (U+200C, U+200D, U+200E, U+200F) are
    /// allowed.
    ///
    /// ## Why it matters
    /// Such characters arrive with text pasted from web pages, chat tools and word
    /// processors, or are put there on purpose. A direction override can make a handout
    /// print words in an order other than the one reviewers read in the file; a
    /// zero-width space inside "cures" hides an absolute claim from every check; a
    /// control character can break the PDF text or a spreadsheet cell.
    ///
    /// ## Example
    /// `sign: Hip pain that gets <U+202E>esrow<U+202C> and worse.`
    ///
    /// ## How to fix
    /// Retype the text around the place shown, or paste it as plain text. Most editors
    /// show hidden characters with "show invisibles" or "render whitespace".
}

pub(crate) fn check(field: &TextField<'_>, findings: &mut Vec<Finding>) {
    // Most text is printable ASCII, tabs and line breaks, none of them hidden: one pass
    // over the bytes settles it.
    let plain = |byte: &u8| matches!(byte, b' '..=b'~' | b'\t' | b'\n' | b'\r');
    if field.text.as_bytes().iter().all(plain) {
        return;
    }
    let mut hidden = field
        .text
        .char_indices()
        .filter(|(_, character)| is_hidden(*character));
    let Some((first, character)) = hidden.next() else {
        return;
    };
    let more = hidden.count();
    let also = match more {
        0 => String::new(),
        1 => " and 1 more".to_owned(),
        count => format!(" and {count} more"),
    };
    findings.push(
        Finding::new(
            Rule::HiddenCharacter,
            field.pointer.clone(),
            format!(
                "`{}` holds an invisible character, U+{:04X} ({}){also}, that can hide or reorder text",
                field.name,
                u32::from(character),
                describe(character)
            ),
        )
        .help("retype the text around this place, or paste it as plain text")
        .target(Target::Text(first..first + character.len_utf8())),
    );
}

fn is_hidden(character: char) -> bool {
    matches!(character,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        | '\u{200B}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{E0000}'..='\u{E007F}')
}

fn describe(character: char) -> &'static str {
    match character {
        '\u{200B}' => "zero-width space",
        '\u{2060}' => "word joiner",
        '\u{FEFF}' => "zero-width no-break space",
        '\u{202A}'..='\u{202E}' => "a direction embedding or override",
        '\u{2066}'..='\u{2069}' => "a direction isolate",
        '\u{2061}'..='\u{2064}' => "an invisible operator",
        '\u{E0000}'..='\u{E007F}' => "a tag character",
        _ => "a control character",
    }
}
