//! Tests of the YAML loader: positions, scalar typing, budgets and duplicate keys.

use super::{Budget, LoadError, NodeKind, load};

#[test]
fn keeps_the_position_of_every_node_and_key() {
    let loaded = load("id: hip\nlist:\n  - one\n  - two: 2\n", Budget::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let root = loaded.root.expect("a tree");
    let resolved = root.resolve("/list/1/two");
    assert!(resolved.complete);
    assert_eq!(resolved.node.kind, NodeKind::Integer(2));
    assert_eq!(
        (
            resolved.node.span.start.line,
            resolved.node.span.start.column
        ),
        (4, 9)
    );
    let key = resolved.key.expect("a key");
    assert_eq!((key.span.start.line, key.span.start.column), (4, 4));
    let missing = root.resolve("/list/1/three");
    assert!(!missing.complete);
    assert_eq!(missing.node.span.start.line, 4);
}

#[test]
fn types_scalars_by_the_core_schema() {
    let loaded = load(
        "a: 12\nb: '12'\nc: true\nd: ~\ne: 2026-01-01\nf: no\ng: 1.5\nh: !!str 7\n",
        Budget::default(),
    );
    let json = loaded.root.expect("a tree").to_json();
    assert_eq!(
        json.to_string(),
        r#"{"a":12,"b":"12","c":true,"d":null,"e":"2026-01-01","f":"no","g":1.5,"h":"7"}"#
    );
}

#[test]
fn reports_duplicate_keys_and_keeps_the_first_value() {
    let loaded = load("id: one\ntitle: x\nid: two\n", Budget::default());
    let root = loaded.root.expect("a tree");
    assert_eq!(root.to_json()["id"], "one");
    match loaded.errors.as_slice() {
        [LoadError::DuplicateKey { key, at, first }] => {
            assert_eq!(key, "id");
            assert_eq!((at.start.line, first.start.line), (3, 1));
        }
        other => panic!("expected one duplicate key, got {other:?}"),
    }
}

#[test]
fn stops_alias_bombs_at_the_node_budget() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let mut previous = 'a';
    for name in 'b'..='j' {
        let items = vec![format!("*{previous}"); 10].join(", ");
        text.push_str(&format!("{name}: &{name} [{items}]\n"));
        previous = name;
    }
    let loaded = load(&text, Budget::default());
    assert!(loaded.root.is_none());
    assert!(matches!(
        loaded.errors.as_slice(),
        [LoadError::TooManyNodes { .. }]
    ));
}

#[test]
fn stops_long_text_repeated_by_aliases_at_the_text_budget() {
    let long = "x".repeat(1024 * 1024);
    let items = vec!["*a"; 20].join(", ");
    let text = format!("a: &a {long}\nb: [{items}]\n");
    let loaded = load(&text, Budget::default());
    assert!(loaded.root.is_none());
    assert!(matches!(
        loaded.errors.as_slice(),
        [LoadError::TooMuchText { limit, .. }] if *limit == 16 * 1024 * 1024
    ));
    // The same text written out once is within the budget.
    let once = format!("a: {long}\n");
    assert!(load(&once, Budget::default()).errors.is_empty());
}

#[test]
fn stops_deep_nesting_at_the_depth_budget() {
    let depth = 10_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let loaded = load(&text, Budget::default());
    assert!(loaded.root.is_none());
    assert!(matches!(
        loaded.errors.as_slice(),
        [LoadError::TooDeep { .. } | LoadError::Syntax { .. }]
    ));
    let block: String = (0..200)
        .map(|level| format!("{}k:\n", "  ".repeat(level)))
        .collect();
    let loaded = load(&block, Budget::default());
    assert!(matches!(
        loaded.errors.as_slice(),
        [LoadError::TooDeep { limit: 64, .. }]
    ));
}

#[test]
fn reports_syntax_errors_with_their_position() {
    let loaded = load("a: [1, 2\nb: c\n", Budget::default());
    match loaded.errors.as_slice() {
        [LoadError::Syntax { at, .. }] => assert!(at.line >= 1),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn refuses_empty_files_and_several_documents() {
    assert_eq!(load("", Budget::default()).errors, vec![LoadError::Empty]);
    assert_eq!(
        load("# only a comment\n", Budget::default()).errors,
        vec![LoadError::Empty]
    );
    let loaded = load("a: 1\n---\nb: 2\n", Budget::default());
    assert!(matches!(
        loaded.errors.as_slice(),
        [LoadError::MultipleDocuments { .. }]
    ));
}

#[test]
fn reads_crlf_line_endings() {
    let loaded = load("a: 1\r\nb:\r\n  - x\r\n", Budget::default());
    let root = loaded.root.expect("a tree");
    assert_eq!(root.resolve("/b/0").node.span.start.line, 3);
}

#[test]
fn finds_the_text_at_a_place() {
    let text = "id: hip\ncauses:\n  - id: strain\n    sources: [smith-2020, jones-2019]\n";
    let root = load(text, Budget::default()).root.expect("a tree");
    let at = |line, column| root.text_at(super::Mark { line, column });
    // Inside, at the start and just after the second citation of a flow list.
    for column in [26, 30, 36] {
        let found = at(4, column).expect("a citation");
        assert_eq!(found.pointer, "/causes/0/sources/1");
        assert_eq!(found.text, "jones-2019");
        assert!(!found.is_key);
    }
    let key = at(4, 6).expect("a key");
    assert_eq!(
        (key.pointer.as_str(), key.text, key.is_key),
        ("/causes/0/sources", "sources", true)
    );
    assert_eq!(at(3, 11).expect("a value").pointer, "/causes/0/id");
    // Between list items, and beyond the text.
    assert_eq!(at(4, 25), None);
    assert_eq!(at(9, 0), None);
}
