//! The binary's own help: the exit statuses every CI integration relies on are
//! documented where users look first. (Being an integration test of this package,
//! it also makes `cargo test --workspace` build the `pamphlet` binary that the
//! end-to-end tests in `tests/` run.)

use std::process::Command;

fn pamphlet(arguments: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_pamphlet"))
        .args(arguments)
        .output()
        .expect("the pamphlet binary runs");
    assert!(output.status.success(), "{arguments:?} failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn help_documents_the_exit_statuses() {
    for arguments in [&["--help"][..], &["check", "--help"][..]] {
        let help = pamphlet(arguments);
        for status in [
            "0  no errors",
            "1  the content has errors",
            "2  the run itself failed",
        ] {
            assert!(
                help.contains(status),
                "`{arguments:?}` does not say `{status}`:\n{help}"
            );
        }
    }
}

#[test]
fn version_names_the_package_version() {
    assert_eq!(
        pamphlet(&["--version"]).trim(),
        format!("pamphlet {}", env!("CARGO_PKG_VERSION"))
    );
}

/// `--jobs` is offered where threads are used (check, build, export) and not by
/// `explain`, which prints a text and starts none.
#[test]
fn only_commands_that_use_threads_offer_jobs() {
    for command in ["check", "build", "export"] {
        assert!(
            pamphlet(&[command, "--help"]).contains("--jobs"),
            "{command}"
        );
    }
    assert!(!pamphlet(&["explain", "--help"]).contains("--jobs"));
}
