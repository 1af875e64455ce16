//! `SourceFile`: a file's text with a line index, converting between byte
//! offsets, character columns and `Position`s.

use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostic::{Position, Span};

/// The text of one content file as read from disk (after decoding), shared by the
/// loader, the rules and the renderers.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: impl Into<Arc<str>>) -> SourceFile {
        let text: Arc<str> = text.into();
        // Lines end at LF, CRLF or a lone CR, as YAML counts them, so that a file
        // saved with old Mac line ends is pointed into at the parser's line numbers.
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(index, byte)| {
                    **byte == b'\n' || (**byte == b'\r' && bytes.get(index + 1) != Some(&b'\n'))
                })
                .map(|(index, _)| index + 1),
        );
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> &str {
        let Some(start) = self.line_start(line) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line as usize)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    fn line_start(&self, line: u32) -> Option<usize> {
        let index = (line as usize).checked_sub(1)?;
        self.line_starts.get(index).copied()
    }

    /// The byte offset of a 1-based line and 0-based character column, clamped to the line.
    pub fn byte_of(&self, line: u32, column_chars: usize) -> usize {
        let Some(start) = self.line_start(line) else {
            return self.text.len();
        };
        let line_text = self.line_text(line);
        let within = line_text
            .char_indices()
            .nth(column_chars)
            .map_or(line_text.len(), |(offset, _)| offset);
        start + within
    }

    /// The position of a byte offset (clamped to the text, rounded down to a character).
    pub fn position_of(&self, byte: usize) -> Position {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line_index = self
            .line_starts
            .partition_point(|start| *start <= byte)
            .saturating_sub(1);
        let line_start = self.line_starts.get(line_index).copied().unwrap_or(0);
        let column = self.text[line_start..byte].chars().count();
        Position {
            line: u32::try_from(line_index + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }

    /// The span of a byte range.
    pub fn span_of(&self, bytes: std::ops::Range<usize>) -> Span {
        let start = self.position_of(bytes.start);
        let end = self.position_of(bytes.end.max(bytes.start));
        Span {
            start,
            end,
            bytes: bytes.start.min(self.text.len())..bytes.end.clamp(bytes.start, self.text.len()),
        }
    }

    /// The span from a byte offset to the end of its line (at least one character,
    /// unless the line is empty).
    pub fn rest_of_line(&self, byte: usize) -> Span {
        let line = self.position_of(byte).line;
        let line_end = self
            .line_start(line)
            .map_or(self.text.len(), |start| start + self.line_text(line).len());
        self.span_of(byte..line_end.max(byte))
    }
}

#[cfg(test)]
mod tests {
    use super::SourceFile;

    #[test]
    fn converts_between_bytes_and_positions() {
        let file = SourceFile::new("x.yaml".into(), "ab\r\nçd: é\n\nlast");
        assert_eq!(file.line_text(1), "ab");
        assert_eq!(file.line_text(2), "çd: é");
        assert_eq!(file.line_text(4), "last");
        let byte = file.byte_of(2, 4);
        assert_eq!(&file.text[byte..], "é\n\nlast");
        let position = file.position_of(byte);
        assert_eq!((position.line, position.column), (2, 5));
        assert_eq!(file.rest_of_line(byte).bytes.len(), "é".len());
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_as_in_yaml() {
        let file = SourceFile::new("x.yaml".into(), "a: 1\rb: 2\r\nc: 3");
        assert_eq!(file.line_text(1), "a: 1");
        assert_eq!(file.line_text(2), "b: 2");
        assert_eq!(file.line_text(3), "c: 3");
        let position = file.position_of(file.text.find('c').expect("c"));
        assert_eq!((position.line, position.column), (3, 1));
    }
}
