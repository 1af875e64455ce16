//! Generated files (`schema/*.json`, `docs/rules.md`; the list is
//! `pamphlet_export::codegen::generated_files`) must match what the code
//! generates; a stale one fails here with the command that refreshes it.

use std::path::Path;

#[test]
fn generated_files_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut stale = Vec::new();
    for (path, expected) in pamphlet_export::codegen::generated_files() {
        let actual = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        if actual != expected {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}; run `cargo xtask codegen`",
        stale.join(", ")
    );
}
