//! The YAML loader alone: any text gives a tree or errors with positions inside the text,
//! within the budgets, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pamphlet_check::yaml::{Budget, load};

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let loaded = load(text, Budget::default());
    if let Some(root) = &loaded.root {
        // Converting to JSON walks every node, as the schema stage does.
        let _ = root.to_json();
    }
});
