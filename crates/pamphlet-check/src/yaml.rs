//! The YAML loader: parses one document into a `Node` tree that keeps the
//! position of every node and key, under budgets that bound depth, node count
//! and alias expansion, and reports duplicate keys.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span as YamlSpan};
use serde_json::{Map, Number, Value};

/// Limits that keep hostile input from exhausting time or memory.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    /// Deepest nesting of mappings and sequences.
    pub max_depth: usize,
    /// Most nodes in a document, counting every node an alias expands to.
    pub max_nodes: usize,
    /// Most bytes of scalar text in a document, counting every copy an alias makes:
    /// one long scalar repeated through aliases costs memory as the node count does not.
    pub max_text_bytes: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            max_depth: 64,
            max_nodes: 250_000,
            max_text_bytes: 16 * 1024 * 1024,
        }
    }
}

/// Where a node sits in its file: the 1-based line and 0-based character column
/// of its first and last character, as the parser reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    pub line: u32,
    pub column: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NodeSpan {
    pub start: Mark,
    pub end: Mark,
}

impl NodeSpan {
    fn from_yaml(span: &YamlSpan) -> NodeSpan {
        let mark = |marker: &saphyr_parser::Marker| Mark {
            line: u32::try_from(marker.line()).unwrap_or(u32::MAX),
            column: u32::try_from(marker.col()).unwrap_or(u32::MAX),
        };
        NodeSpan {
            start: mark(&span.start),
            end: mark(&span.end),
        }
    }
}

/// A mapping key: its text and where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub text: String,
    pub span: NodeSpan,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    Null,
    Bool(bool),
    Integer(i64),
    Float(f64),
    String(String),
    Sequence(Vec<Node>),
    Mapping(Vec<(Key, Node)>),
}

/// A YAML node with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub span: NodeSpan,
    /// Nodes in this subtree, itself included (counts alias expansions against the budget).
    size: usize,
}

/// A problem that stops a file from loading.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Syntax {
        message: String,
        at: Mark,
        /// Where each collection still open at the error starts, outermost first: a flow
        /// list's `[` or mapping's `{`, or a block collection's first item or key.
        open: Vec<Mark>,
    },
    DuplicateKey {
        key: String,
        at: NodeSpan,
        first: NodeSpan,
    },
    TooDeep {
        at: Mark,
        limit: usize,
    },
    TooManyNodes {
        at: Mark,
        limit: usize,
    },
    TooMuchText {
        at: Mark,
        limit: usize,
    },
    UnknownAlias {
        at: Mark,
    },
    ComplexKey {
        at: Mark,
    },
    MultipleDocuments {
        at: Mark,
    },
    Empty,
}

/// The result of loading: the tree if it could be built, and the problems found.
/// Duplicate keys do not stop loading (the first value is kept).
#[derive(Debug, Default)]
pub struct Loaded {
    pub root: Option<Node>,
    pub errors: Vec<LoadError>,
}

enum Frame {
    Sequence {
        items: Vec<Node>,
        start: NodeSpan,
        anchor: usize,
        size: usize,
    },
    Mapping {
        entries: Vec<(Key, Node)>,
        /// Each key's entry, once the mapping is wide enough for a search of its entries
        /// to cost more than a hash (so that a mapping of n keys costs O(n), not O(n²)).
        index: Option<HashMap<String, usize>>,
        pending_key: Option<Key>,
        start: NodeSpan,
        anchor: usize,
        size: usize,
    },
}

/// Mappings with more keys than this look a key up in a hash map, not by search.
const INDEXED_MAPPING: usize = 16;

/// Parses `text` as one YAML document under `budget`.
pub fn load(text: &str, budget: Budget) -> Loaded {
    let mut builder = Builder {
        budget,
        stack: Vec::new(),
        anchors: HashMap::new(),
        total_nodes: 0,
        total_text_bytes: 0,
        root: None,
        documents: 0,
        errors: Vec::new(),
    };
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_event() {
            None => break,
            Some(Err(error)) => {
                let marker = error.marker();
                let open = builder
                    .stack
                    .iter()
                    .map(|frame| match frame {
                        Frame::Sequence { start, .. } | Frame::Mapping { start, .. } => start.start,
                    })
                    .collect();
                builder.errors.push(LoadError::Syntax {
                    message: error.info().to_owned(),
                    at: Mark {
                        line: u32::try_from(marker.line()).unwrap_or(u32::MAX),
                        column: u32::try_from(marker.col()).unwrap_or(u32::MAX),
                    },
                    open,
                });
                return Loaded {
                    root: None,
                    errors: builder.errors,
                };
            }
            Some(Ok((event, span))) => {
                if let Err(error) = builder.handle(event, NodeSpan::from_yaml(&span)) {
                    builder.errors.push(error);
                    return Loaded {
                        root: None,
                        errors: builder.errors,
                    };
                }
            }
        }
    }
    if builder.root.is_none() && builder.errors.is_empty() {
        builder.errors.push(LoadError::Empty);
    }
    Loaded {
        root: builder.root,
        errors: builder.errors,
    }
}

struct Builder {
    budget: Budget,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    total_nodes: usize,
    total_text_bytes: usize,
    root: Option<Node>,
    documents: usize,
    errors: Vec<LoadError>,
}

impl Builder {
    fn handle(&mut self, event: Event<'_>, span: NodeSpan) -> Result<(), LoadError> {
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(LoadError::MultipleDocuments { at: span.start });
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                self.count_text(value.len(), span.start)?;
                let kind = resolve_scalar(&value, style, tag.as_deref());
                self.count(1, span.start)?;
                let node = Node {
                    kind,
                    span,
                    size: 1,
                };
                self.remember(anchor, &node);
                self.attach(node)?;
            }
            Event::Alias(anchor) => {
                let Some(node) = self.anchors.get(&anchor).cloned() else {
                    return Err(LoadError::UnknownAlias { at: span.start });
                };
                self.count(node.size, span.start)?;
                self.count_text(text_bytes(&node), span.start)?;
                self.attach(node)?;
            }
            Event::SequenceStart(anchor, _) => {
                self.push(
                    Frame::Sequence {
                        items: Vec::new(),
                        start: span,
                        anchor,
                        size: 1,
                    },
                    span.start,
                )?;
            }
            Event::MappingStart(anchor, _) => {
                self.push(
                    Frame::Mapping {
                        entries: Vec::new(),
                        index: None,
                        pending_key: None,
                        start: span,
                        anchor,
                        size: 1,
                    },
                    span.start,
                )?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = self.stack.pop() else {
                    return Ok(());
                };
                let (node, anchor) = match frame {
                    Frame::Sequence {
                        items,
                        start,
                        anchor,
                        size,
                    } => (
                        Node {
                            kind: NodeKind::Sequence(items),
                            span: NodeSpan {
                                start: start.start,
                                end: span.start,
                            },
                            size,
                        },
                        anchor,
                    ),
                    Frame::Mapping {
                        entries,
                        start,
                        anchor,
                        size,
                        ..
                    } => (
                        Node {
                            kind: NodeKind::Mapping(entries),
                            span: NodeSpan {
                                start: start.start,
                                end: span.start,
                            },
                            size,
                        },
                        anchor,
                    ),
                };
                self.remember(anchor, &node);
                self.attach(node)?;
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
        }
        Ok(())
    }

    fn count(&mut self, nodes: usize, at: Mark) -> Result<(), LoadError> {
        self.total_nodes = self.total_nodes.saturating_add(nodes);
        if self.total_nodes > self.budget.max_nodes {
            return Err(LoadError::TooManyNodes {
                at,
                limit: self.budget.max_nodes,
            });
        }
        Ok(())
    }

    fn count_text(&mut self, bytes: usize, at: Mark) -> Result<(), LoadError> {
        self.total_text_bytes = self.total_text_bytes.saturating_add(bytes);
        if self.total_text_bytes > self.budget.max_text_bytes {
            return Err(LoadError::TooMuchText {
                at,
                limit: self.budget.max_text_bytes,
            });
        }
        Ok(())
    }

    fn push(&mut self, frame: Frame, at: Mark) -> Result<(), LoadError> {
        if self.stack.len() >= self.budget.max_depth {
            return Err(LoadError::TooDeep {
                at,
                limit: self.budget.max_depth,
            });
        }
        self.count(1, at)?;
        self.stack.push(frame);
        Ok(())
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    fn attach(&mut self, node: Node) -> Result<(), LoadError> {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Sequence { items, size, .. }) => {
                *size += node.size;
                items.push(node);
            }
            Some(Frame::Mapping {
                entries,
                index,
                pending_key,
                size,
                ..
            }) => match pending_key.take() {
                None => {
                    let text = match &node.kind {
                        NodeKind::String(text) => text.clone(),
                        NodeKind::Null => String::new(),
                        NodeKind::Bool(value) => value.to_string(),
                        NodeKind::Integer(value) => value.to_string(),
                        NodeKind::Float(value) => value.to_string(),
                        NodeKind::Sequence(_) | NodeKind::Mapping(_) => {
                            return Err(LoadError::ComplexKey {
                                at: node.span.start,
                            });
                        }
                    };
                    *pending_key = Some(Key {
                        text,
                        span: node.span,
                    });
                }
                Some(key) => {
                    let earlier = match index {
                        Some(index) => index.get(&key.text).copied(),
                        None => entries.iter().position(|(seen, _)| seen.text == key.text),
                    };
                    if let Some(first) = earlier {
                        self.errors.push(LoadError::DuplicateKey {
                            key: key.text.clone(),
                            at: key.span,
                            first: entries[first].0.span,
                        });
                    } else {
                        *size += node.size;
                        if let Some(index) = index {
                            index.insert(key.text.clone(), entries.len());
                        }
                        entries.push((key, node));
                        if index.is_none() && entries.len() > INDEXED_MAPPING {
                            *index = Some(
                                entries
                                    .iter()
                                    .enumerate()
                                    .map(|(position, (seen, _))| (seen.text.clone(), position))
                                    .collect(),
                            );
                        }
                    }
                }
            },
        }
        Ok(())
    }
}

/// The bytes of scalar text in a subtree (keys included). Walking it costs no more than
/// the node budget already charged for it.
fn text_bytes(node: &Node) -> usize {
    match &node.kind {
        NodeKind::String(text) => text.len(),
        NodeKind::Sequence(items) => items.iter().map(text_bytes).sum(),
        NodeKind::Mapping(entries) => entries
            .iter()
            .map(|(key, value)| key.text.len() + text_bytes(value))
            .sum(),
        _ => 0,
    }
}

/// Resolves a scalar to a type by the YAML 1.2 core schema: only plain
/// (unquoted) scalars can be null, booleans or numbers.
fn resolve_scalar(value: &str, style: ScalarStyle, tag: Option<&saphyr_parser::Tag>) -> NodeKind {
    let tag_suffix = tag
        .filter(|tag| tag.is_yaml_core_schema())
        .map(|tag| tag.suffix.as_str());
    if tag_suffix == Some("str") || (style != ScalarStyle::Plain && tag_suffix.is_none()) {
        return NodeKind::String(value.to_owned());
    }
    match value {
        "" | "~" | "null" | "Null" | "NULL" => return NodeKind::Null,
        "true" | "True" | "TRUE" => return NodeKind::Bool(true),
        "false" | "False" | "FALSE" => return NodeKind::Bool(false),
        _ => {}
    }
    if let Some(integer) = parse_integer(value) {
        return NodeKind::Integer(integer);
    }
    // An integer too large for 64 bits stays text, so that it is reported where it
    // stands instead of passing the schema as a rounded float.
    if is_integer_syntax(value) {
        return NodeKind::String(value.to_owned());
    }
    if let Some(float) = parse_float(value) {
        return NodeKind::Float(float);
    }
    NodeKind::String(value.to_owned())
}

fn parse_integer(value: &str) -> Option<i64> {
    if let Some(octal) = value.strip_prefix("0o") {
        return i64::from_str_radix(octal, 8).ok();
    }
    if let Some(hex) = value.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok();
    }
    if !is_integer_syntax(value) {
        return None;
    }
    value.parse().ok()
}

/// Whether a plain scalar is written as a decimal integer, whatever its size.
fn is_integer_syntax(value: &str) -> bool {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit())
}

fn parse_float(value: &str) -> Option<f64> {
    match value {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    let body = value.strip_prefix(['-', '+']).unwrap_or(value);
    let looks_numeric = body
        .chars()
        .next()
        .is_some_and(|first| first.is_ascii_digit() || first == '.')
        && body.chars().all(|character| {
            character.is_ascii_digit() || matches!(character, '.' | 'e' | 'E' | '-' | '+')
        })
        && body.chars().any(|character| character.is_ascii_digit());
    if !looks_numeric {
        return None;
    }
    value.parse().ok()
}

impl Node {
    /// The node as JSON, for schema validation and typed deserialisation.
    /// Non-finite floats, which JSON cannot hold, become strings.
    pub fn to_json(&self) -> Value {
        match &self.kind {
            NodeKind::Null => Value::Null,
            NodeKind::Bool(value) => Value::Bool(*value),
            NodeKind::Integer(value) => Value::Number(Number::from(*value)),
            NodeKind::Float(value) => Number::from_f64(*value)
                .map_or_else(|| Value::String(value.to_string()), Value::Number),
            NodeKind::String(text) => Value::String(text.clone()),
            NodeKind::Sequence(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            NodeKind::Mapping(entries) => {
                let mut map = Map::new();
                for (key, value) in entries {
                    map.insert(key.text.clone(), value.to_json());
                }
                Value::Object(map)
            }
        }
    }

    /// Follows a JSON pointer as far as it goes. Returns the deepest node reached,
    /// the key that leads to it (when its parent is a mapping) and whether the whole
    /// pointer was found.
    pub fn resolve(&self, pointer: &str) -> Resolved<'_> {
        let mut resolved = Resolved {
            node: self,
            key: None,
            complete: true,
        };
        for segment in pointer.split('/').skip(1) {
            let segment = segment.replace("~1", "/").replace("~0", "~");
            let next = match &resolved.node.kind {
                NodeKind::Mapping(entries) => entries
                    .iter()
                    .find(|(key, _)| key.text == segment)
                    .map(|(key, value)| (value, Some(key))),
                NodeKind::Sequence(items) => segment
                    .parse::<usize>()
                    .ok()
                    .and_then(|index| items.get(index))
                    .map(|value| (value, None)),
                _ => None,
            };
            match next {
                Some((node, key)) => {
                    resolved.node = node;
                    resolved.key = key;
                }
                None => {
                    resolved.complete = false;
                    break;
                }
            }
        }
        resolved
    }
}

/// The text at a place in the file: a string value or a mapping key, with the JSON
/// pointer of its node (for a key, the node it names).
#[derive(Debug, PartialEq)]
pub struct TextAt<'a> {
    pub pointer: String,
    pub text: &'a str,
    pub span: NodeSpan,
    pub is_key: bool,
}

impl NodeSpan {
    /// Whether `mark` lies within the span, its end included (a cursor just after a word
    /// is still on it).
    pub fn contains(&self, mark: Mark) -> bool {
        let at = (mark.line, mark.column);
        (self.start.line, self.start.column) <= at && at <= (self.end.line, self.end.column)
    }
}

impl Node {
    /// The string value or key at `mark`, searched through the whole tree (collections'
    /// own spans are not relied on). `None` on anything else: a number, punctuation,
    /// white space.
    pub fn text_at(&self, mark: Mark) -> Option<TextAt<'_>> {
        let mut pointer = String::new();
        self.text_at_under(mark, &mut pointer)
    }

    fn text_at_under(&self, mark: Mark, pointer: &mut String) -> Option<TextAt<'_>> {
        let length = pointer.len();
        let found = match &self.kind {
            NodeKind::String(text) => self.span.contains(mark).then(|| TextAt {
                pointer: pointer.clone(),
                text,
                span: self.span,
                is_key: false,
            }),
            NodeKind::Sequence(items) => items.iter().enumerate().find_map(|(index, item)| {
                pointer.truncate(length);
                pointer.push('/');
                pointer.push_str(&index.to_string());
                item.text_at_under(mark, pointer)
            }),
            NodeKind::Mapping(entries) => entries.iter().find_map(|(key, value)| {
                pointer.truncate(length);
                pointer.push('/');
                pointer.push_str(&key.text.replace('~', "~0").replace('/', "~1"));
                if key.span.contains(mark) {
                    return Some(TextAt {
                        pointer: pointer.clone(),
                        text: &key.text,
                        span: key.span,
                        is_key: true,
                    });
                }
                value.text_at_under(mark, pointer)
            }),
            _ => None,
        };
        pointer.truncate(length);
        found
    }
}

/// What a JSON pointer led to in a `Node` tree.
#[derive(Debug)]
pub struct Resolved<'a> {
    pub node: &'a Node,
    pub key: Option<&'a Key>,
    pub complete: bool,
}

#[cfg(test)]
mod tests;
