//! Turning a finding's JSON pointer and target into a span of the file: the
//! value or key of a node, a sentence inside a string, or a raw byte range.

use crate::diagnostic::Span;
use crate::rules::Target;
use crate::source::SourceFile;
use crate::yaml::{Node, NodeKind, NodeSpan};

/// The span a finding points at; `None` when the file has no text to point into.
pub(crate) fn locate(
    source: &SourceFile,
    root: Option<&Node>,
    pointer: &str,
    target: &Target,
) -> Option<Span> {
    if let Target::Bytes(bytes) = target {
        return Some(source.span_of(bytes.clone()));
    }
    let Some(root) = root else {
        return (!source.text.is_empty()).then(|| source.rest_of_line(0));
    };
    let resolved = root.resolve(pointer);
    let node = resolved.node;
    let node_bytes = bytes_of(source, node.span);
    if !resolved.complete {
        // The field is missing: point at the first line of the nearest enclosing node.
        return Some(source.rest_of_line(node_bytes.start));
    }
    match target {
        Target::Key => {
            let key_span = resolved.key.map_or(node.span, |key| key.span);
            Some(source.span_of(bytes_of(source, key_span)))
        }
        Target::Text(range) => {
            if let NodeKind::String(value) = &node.kind
                && let Some(bytes) =
                    find_in_source(&source.text[node_bytes.clone()], value, range.clone())
            {
                return Some(
                    source.span_of(node_bytes.start + bytes.start..node_bytes.start + bytes.end),
                );
            }
            Some(first_line(source, node_bytes))
        }
        Target::Value | Target::Bytes(_) => {
            let mut bytes = node_bytes;
            // A flow collection's span ends where its closing bracket starts; include it.
            if matches!(node.kind, NodeKind::Mapping(_) | NodeKind::Sequence(_))
                && matches!(source.text.as_bytes().get(bytes.end), Some(b']' | b'}'))
            {
                bytes.end += 1;
            }
            Some(first_line(source, bytes))
        }
    }
}

/// The pointer with each list position replaced by the id of the record there
/// (`/symptoms/7/sources` becomes `/symptoms[fatigue]/sources`), where it has one.
pub(crate) fn logical_path(root: &Node, pointer: &str) -> String {
    let mut logical = String::new();
    let mut node = Some(root);
    for segment in pointer.split('/').skip(1) {
        let next = node.and_then(|current| match &current.kind {
            NodeKind::Mapping(entries) => entries
                .iter()
                .find(|(key, _)| key.text == segment)
                .map(|(_, value)| value),
            NodeKind::Sequence(items) => segment
                .parse::<usize>()
                .ok()
                .and_then(|index| items.get(index)),
            _ => None,
        });
        let is_item = node.is_some_and(|current| matches!(current.kind, NodeKind::Sequence(_)));
        let id = next.and_then(|item| match &item.kind {
            NodeKind::Mapping(entries) => {
                entries.iter().find_map(|(key, value)| match &value.kind {
                    NodeKind::String(id) if key.text == "id" && !id.is_empty() => Some(id.as_str()),
                    _ => None,
                })
            }
            _ => None,
        });
        match (is_item, id) {
            (true, Some(id)) => logical.push_str(&format!("[{id}]")),
            (true, None) => logical.push_str(&format!("[{segment}]")),
            (false, _) => {
                logical.push('/');
                logical.push_str(segment);
            }
        }
        node = next;
    }
    logical
}

fn bytes_of(source: &SourceFile, span: NodeSpan) -> std::ops::Range<usize> {
    let start = source.byte_of(span.start.line.max(1), span.start.column as usize);
    let end = source
        .byte_of(span.end.line.max(1), span.end.column as usize)
        .max(start);
    start..end
}

/// The part of `bytes` on its first line (a whole multi-line block would bury the caret).
fn first_line(source: &SourceFile, bytes: std::ops::Range<usize>) -> Span {
    let line_span = source.rest_of_line(bytes.start);
    let end = bytes.end.min(line_span.bytes.end).max(bytes.start);
    let end = if end == bytes.start {
        line_span.bytes.end
    } else {
        end
    };
    source.span_of(bytes.start..end)
}

/// Finds where a range of a parsed string value is written in the raw scalar text, by
/// matching words while ignoring differences in whitespace, line folding and indentation.
fn find_in_source(
    raw: &str,
    value: &str,
    range: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let wanted = value.get(range)?;
    let wanted_words: Vec<&str> = wanted.split_whitespace().collect();
    let first = *wanted_words.first()?;
    let mut search_from = 0;
    while let Some(found) = raw.get(search_from..).and_then(|rest| rest.find(first)) {
        let start = search_from + found;
        if let Some(end) = match_words(raw, start, &wanted_words) {
            return Some(start..end);
        }
        search_from = start + first.len();
    }
    None
}

/// If the words follow one another in `raw` from `start` (separated by any whitespace
/// and, across lines, by YAML indentation), the byte offset where the last one ends.
fn match_words(raw: &str, start: usize, words: &[&str]) -> Option<usize> {
    let mut position = start;
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let skipped = raw.get(position..)?.len() - raw.get(position..)?.trim_start().len();
            if skipped == 0 {
                return None;
            }
            position += skipped;
        }
        if !raw.get(position..)?.starts_with(word) {
            return None;
        }
        position += word.len();
    }
    Some(position)
}

#[cfg(test)]
mod tests {
    use super::find_in_source;

    #[test]
    fn logical_paths_name_records_by_id() {
        let loaded = crate::yaml::load(
            "symptoms:\n  - id: ache\n  - id: fatigue\n    sources: [a]\nnotes: [x]\n",
            crate::yaml::Budget::default(),
        );
        let root = loaded.root.expect("a tree");
        assert_eq!(
            super::logical_path(&root, "/symptoms/1/sources/0"),
            "/symptoms[fatigue]/sources[0]"
        );
        assert_eq!(super::logical_path(&root, "/notes/0"), "/notes[0]");
        assert_eq!(
            super::logical_path(&root, "/symptoms/1/missing"),
            "/symptoms[fatigue]/missing"
        );
    }

    #[test]
    fn finds_a_sentence_across_folded_lines() {
        let raw = ">\n    First one.\n    Second sentence is\n    here.\n";
        let value = "First one. Second sentence is here.\n";
        let start = value.find("Second").expect("present");
        let found = find_in_source(raw, value, start..value.len() - 1).expect("found");
        assert_eq!(&raw[found], "Second sentence is\n    here.");
    }
}
