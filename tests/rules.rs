//! Every rule has a fixture under `tests/fixtures/rules/<CODE>-<name>/`: a minimal
//! content tree that triggers it, with the diagnostics expected beside it in
//! `expected.txt`. This test runs the binary on each and compares.

mod support;

use pamphlet_check::Rule;

use support::{compact_check, expect_file, fixtures};

#[test]
fn every_rule_fixture_gives_its_expected_diagnostics() {
    let mut failures = Vec::new();
    for rule in Rule::ALL {
        let folder = fixtures()
            .join("rules")
            .join(format!("{}-{}", rule.code(), rule.name()));
        if !folder.is_dir() {
            failures.push(format!(
                "{} has no fixture at {}",
                rule.code(),
                folder.display()
            ));
            continue;
        }
        let actual = compact_check(&folder);
        let marker = format!(" {} {}:", rule.code(), rule.name());
        if !actual.contains(&marker) {
            failures.push(format!(
                "the fixture of {} does not trigger it:\n{actual}",
                rule.code()
            ));
        }
        let result =
            std::panic::catch_unwind(|| expect_file(&folder.join("expected.txt"), &actual));
        if let Err(panic) = result {
            let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
            failures.push(message);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_seed_article_is_refused_for_every_fault_it_has() {
    let folder = fixtures().join("seed-article");
    let actual = compact_check(&folder);
    expect_file(&folder.join("expected.txt"), &actual);
}
