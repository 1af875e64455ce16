//! Places in a text as the protocol counts them and as pamphlet does. The protocol
//! counts a line's characters in UTF-16 code units (its default position encoding);
//! pamphlet's diagnostics count characters, and its YAML tree counts lines from 1 and
//! characters from 0.

use lsp_types::{Position as LspPosition, Range};
use pamphlet_check::yaml::Mark;
use pamphlet_check::{Position, Span};

/// The lines of one text, for converting places both ways.
pub(crate) struct Lines<'a> {
    text: &'a str,
    /// The byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as in YAML and in pamphlet's diagnostics.
    pub(crate) fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for (index, byte) in bytes.iter().enumerate() {
            let ends_line =
                *byte == b'\n' || (*byte == b'\r' && bytes.get(index + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(index + 1);
            }
        }
        Lines { text, starts }
    }

    /// The text of a 0-based line, without its line end; empty past the end.
    pub(crate) fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line) else {
            return "";
        };
        let end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// A pamphlet position (1-based line, 1-based character column) in protocol terms.
    pub(crate) fn to_lsp(&self, position: Position) -> LspPosition {
        let line = position.line.saturating_sub(1) as usize;
        let characters = position.column.saturating_sub(1) as usize;
        let units: usize = self
            .line(line)
            .chars()
            .take(characters)
            .map(char::len_utf16)
            .sum();
        LspPosition::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(units).unwrap_or(u32::MAX),
        )
    }

    /// A diagnostic's span in protocol terms; the start of the file when it has none.
    pub(crate) fn range(&self, span: Option<&Span>) -> Range {
        span.map_or_else(Range::default, |span| {
            Range::new(self.to_lsp(span.start), self.to_lsp(span.end))
        })
    }

    /// A protocol position as a place in the YAML tree (1-based line, 0-based
    /// character), and the characters of its line before it.
    pub(crate) fn to_mark(&self, position: LspPosition) -> (Mark, &'a str) {
        let line = self.line(position.line as usize);
        let mut units = 0;
        let mut characters = 0;
        let mut byte = line.len();
        for (offset, character) in line.char_indices() {
            if units >= position.character as usize {
                byte = offset;
                break;
            }
            units += character.len_utf16();
            characters += 1;
        }
        let mark = Mark {
            line: position.line.saturating_add(1),
            column: u32::try_from(characters).unwrap_or(u32::MAX),
        };
        (mark, &line[..byte])
    }
}

#[cfg(test)]
mod tests {
    use lsp_types::Position as LspPosition;
    use pamphlet_check::Position;

    use super::Lines;

    /// "é" is one UTF-16 unit, "𝄞" two: a client and pamphlet agree on where the text after
    /// them is, and every kind of line end counts.
    #[test]
    fn counts_characters_as_the_protocol_does() {
        let lines = Lines::new("a: é𝄞x\r\nb: y\rc: z\n");
        assert_eq!(lines.line(0), "a: é𝄞x");
        assert_eq!(lines.line(1), "b: y");
        assert_eq!(lines.line(2), "c: z");
        assert_eq!(lines.line(9), "");
        let x = Position { line: 1, column: 6 };
        assert_eq!(lines.to_lsp(x), LspPosition::new(0, 6));
        let (mark, before) = lines.to_mark(LspPosition::new(0, 6));
        assert_eq!((mark.line, mark.column, before), (1, 5, "a: é𝄞"));
        let (mark, before) = lines.to_mark(LspPosition::new(2, 40));
        assert_eq!((mark.line, mark.column, before), (3, 4, "c: z"));
    }
}
