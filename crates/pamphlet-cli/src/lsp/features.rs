//! What the server answers about a place in a document: hover, completion, go to
//! definition and quick fixes. Each works on the text as the editor holds it; completion
//! reads the lines around the cursor, as a half-typed line is rarely valid YAML.

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CompletionItem, CompletionItemKind,
    CompletionTextEdit, Diagnostic as LspDiagnostic, Hover, HoverContents, MarkupContent,
    MarkupKind, Position as LspPosition, Range, TextEdit, Url, WorkspaceEdit,
};
use pamphlet_check::yaml::{Budget, TextAt, load};
use pamphlet_check::{Rule, TreeView};
use pamphlet_schema::Source;
use serde::{Deserialize, Serialize};

use super::lines::Lines;

/// What the server keeps in a published diagnostic for its quick fix.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct FixData {
    pub(crate) suggestion: String,
}

/// What stands at `position`: a citation, a rule, or neither.
enum Subject<'a> {
    Citation(&'a str),
    Rule(Rule),
}

/// What `found` makes of the string or key at `position`, when the text is valid
/// enough to have a tree.
fn with_text_at<R>(
    text: &str,
    position: LspPosition,
    found: impl FnOnce(TextAt<'_>) -> Option<R>,
) -> Option<R> {
    let (mark, _) = Lines::new(text).to_mark(position);
    let root = load(text, Budget::default()).root?;
    found(root.text_at(mark)?)
}

fn subject<'a>(at: &TextAt<'a>, is_topic: bool) -> Option<Subject<'a>> {
    if is_topic && !at.is_key && is_citation(&at.pointer) {
        return Some(Subject::Citation(at.text));
    }
    Rule::find(at.text.trim()).map(Subject::Rule)
}

/// Whether a pointer names an item of a record's `sources` list (`/causes/0/sources/1`).
fn is_citation(pointer: &str) -> bool {
    let mut segments = pointer.rsplit('/');
    let index = segments.next().unwrap_or_default();
    !index.is_empty()
        && index.bytes().all(|byte| byte.is_ascii_digit())
        && segments.next() == Some("sources")
}

/// Hover on a citation: the formatted reference; on a rule's code or name: what `explain`
/// prints.
pub(crate) fn hover(
    view: &TreeView,
    text: &str,
    position: LspPosition,
    is_topic: bool,
) -> Option<Hover> {
    with_text_at(text, position, |at| {
        let markdown = match subject(&at, is_topic)? {
            Subject::Citation(id) => match view.source(id) {
                Some(source) => reference(source),
                None => format!(
                    "`{id}` is not in the bibliography (`{}`).",
                    view.bibliography_path().display()
                ),
            },
            Subject::Rule(rule) => explanation(rule),
        };
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: markdown,
            }),
            range: None,
        })
    })
}

/// A source as a reference list gives it, with its locators as links.
fn reference(source: &Source) -> String {
    let mut lines = Vec::new();
    let mut first = String::new();
    if !source.authors.is_empty() {
        first.push_str(&source.authors.join(", "));
        first.push_str(". ");
    }
    first.push_str(&format!("**{}**", source.title.trim()));
    lines.push(first);
    let mut published = source.container.trim().to_owned();
    if let Some(year) = source.year {
        published.push_str(&format!(" {year}"));
    }
    if let Some(pages) = source.pages.as_deref() {
        published.push_str(&format!(";{}", pages.trim()));
    }
    if !published.trim().is_empty() {
        lines.push(published.trim().to_owned());
    }
    if let Some(doi) = source.doi.as_deref() {
        lines.push(format!("DOI [{doi}](https://doi.org/{doi})"));
    }
    if let Some(pmid) = source.pmid.as_deref() {
        lines.push(format!(
            "PMID [{pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/)"
        ));
    }
    if let Some(isbn) = source.isbn.as_deref() {
        lines.push(format!("ISBN {isbn}"));
    }
    if let Some(url) = source.url.as_deref() {
        lines.push(format!("<{url}>"));
    }
    if let Some(accessed) = source.accessed {
        lines.push(format!("accessed {accessed}"));
    }
    lines.push(format!("`{}`", source.id));
    lines.join("  \n")
}

/// A rule as `pamphlet explain` gives it.
fn explanation(rule: Rule) -> String {
    format!(
        "**{} {}** ({} by default)\n\n{}",
        rule.code(),
        rule.name(),
        rule.default_severity(),
        rule.doc().trim()
    )
}

/// From a citation to the entry of the bibliography that defines it.
pub(crate) fn definition(
    view: &TreeView,
    text: &str,
    position: LspPosition,
    is_topic: bool,
    text_of: &dyn Fn(&std::path::Path) -> Option<String>,
) -> Option<lsp_types::Location> {
    with_text_at(text, position, |at| {
        let Subject::Citation(id) = subject(&at, is_topic)? else {
            return None;
        };
        let (path, span) = view.source_definition(id)?;
        let bibliography = text_of(&path)?;
        let range = Lines::new(&bibliography).range(Some(&span));
        Some(lsp_types::Location::new(
            Url::from_file_path(&path).ok()?,
            range,
        ))
    })
}

/// Source ids in a `sources:` list, rule names after `rule:`; each replaces the part of
/// the id already typed.
pub(crate) fn completion(
    view: &TreeView,
    text: &str,
    position: LspPosition,
) -> Vec<CompletionItem> {
    let lines = Lines::new(text);
    let (_, before) = lines.to_mark(position);
    let typed = before
        .char_indices()
        .rev()
        .take_while(|(_, character)| character.is_ascii_alphanumeric() || *character == '-')
        .last()
        .map_or(before.len(), |(offset, _)| offset);
    let start = LspPosition::new(
        position.line,
        position.character - utf16_length(&before[typed..]),
    );
    let range = Range::new(start, position);
    let head = &before[..typed];
    let item = |label: &str, detail: String, kind: CompletionItemKind| CompletionItem {
        label: label.to_owned(),
        kind: Some(kind),
        detail: Some(detail),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
            range,
            label.to_owned(),
        ))),
        ..CompletionItem::default()
    };
    match context(&lines, position.line as usize, head) {
        Some(ListOf::Sources) => view
            .source_ids()
            .into_iter()
            .filter_map(|id| {
                let source = view.source(id)?;
                Some(item(
                    id,
                    source.title.trim().to_owned(),
                    CompletionItemKind::REFERENCE,
                ))
            })
            .collect(),
        Some(ListOf::Rules) => Rule::ALL
            .iter()
            .map(|rule| {
                item(
                    rule.name(),
                    format!("{}: {}", rule.code(), rule.summary()),
                    CompletionItemKind::ENUM_MEMBER,
                )
            })
            .collect(),
        None => Vec::new(),
    }
}

fn utf16_length(text: &str) -> u32 {
    u32::try_from(text.chars().map(char::len_utf16).sum::<usize>()).unwrap_or(u32::MAX)
}

enum ListOf {
    Sources,
    Rules,
}

/// What the cursor's line asks for, from the text before the word being typed: a flow
/// list after `sources: [`, an item of a block list under `sources:`, or a `rule:` value.
fn context(lines: &Lines<'_>, line: usize, head: &str) -> Option<ListOf> {
    let trimmed = head.trim_start();
    let key_value = trimmed.strip_prefix("- ").unwrap_or(trimmed).trim_start();
    if key_value.trim_end() == "rule:" {
        return Some(ListOf::Rules);
    }
    if let Some((key, list)) = key_value.split_once(':')
        && key.trim() == "sources"
        && list.trim_start().starts_with('[')
        && !list.contains(']')
    {
        let after = list.trim_start()[1..].trim_end();
        if after.is_empty() || after.ends_with(',') {
            return Some(ListOf::Sources);
        }
    }
    // A block list item: `- ` and nothing else before the word.
    if trimmed.trim_end() != "-" {
        return None;
    }
    let indent = head.len() - trimmed.len();
    let parent = (0..line)
        .rev()
        .map(|above| lines.line(above))
        .find(|text| {
            let content = text.trim_start();
            let above_indent = text.len() - content.len();
            let comment_or_blank = content.is_empty() || content.starts_with('#');
            let sibling = above_indent == indent && content.starts_with('-');
            !comment_or_blank && !sibling && above_indent <= indent
        })?;
    let key = parent.trim_start();
    let key = key.strip_prefix("- ").unwrap_or(key);
    (key.trim_end() == "sources:").then_some(ListOf::Sources)
}

/// A quick fix for each diagnostic that carries a suggestion: replace its text with it.
pub(crate) fn code_actions(uri: &Url, diagnostics: &[LspDiagnostic]) -> Vec<CodeActionOrCommand> {
    diagnostics
        .iter()
        .filter_map(|diagnostic| {
            let data: FixData = serde_json::from_value(diagnostic.data.clone()?).ok()?;
            let edit = TextEdit::new(diagnostic.range, data.suggestion.clone());
            let changes = std::iter::once((uri.clone(), vec![edit])).collect();
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Replace with `{}`", data.suggestion),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{ListOf, context, is_citation};
    use crate::lsp::lines::Lines;

    #[test]
    fn knows_a_citation_by_its_pointer() {
        assert!(is_citation("/causes/0/sources/1"));
        assert!(is_citation("/treatments/12/sources/0"));
        assert!(!is_citation("/causes/0/sources"));
        assert!(!is_citation("/causes/0/name"));
        assert!(!is_citation("/sources/0/id"));
    }

    #[test]
    fn reads_what_a_half_typed_line_asks_for() {
        let text = "causes:\n  - id: strain\n    sources:\n      - ali\n      - \n    name: x\nsuppress:\n  - rule: \n";
        let lines = Lines::new(text);
        let asks = |line: usize, head: &str| context(&lines, line, head);
        assert!(matches!(asks(3, "      - "), Some(ListOf::Sources)));
        assert!(matches!(asks(4, "      - "), Some(ListOf::Sources)));
        assert!(matches!(asks(7, "  - rule: "), Some(ListOf::Rules)));
        assert!(matches!(
            asks(9, "    sources: [a, "),
            Some(ListOf::Sources)
        ));
        assert!(matches!(asks(9, "    sources: ["), Some(ListOf::Sources)));
        assert!(asks(9, "    sources: [a] ").is_none());
        assert!(asks(5, "    name: ").is_none());
        // A list item under another key.
        let other = Lines::new("aims:\n  - \n");
        assert!(context(&other, 1, "  - ").is_none());
    }
}
