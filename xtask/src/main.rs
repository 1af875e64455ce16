//! `cargo xtask`: project automation. One module per task.

mod advisories;
mod bench;
mod codegen;
mod corpus;
mod deps;
mod handouts;
mod heuristics;
mod interop;
mod layering;
mod linearity;
mod lsp_latency;
mod picture;
mod tools;
mod train;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  advisories --from DIR
                     refresh xtask/advisories.toml from a clone of the RustSec advisory database
  bench [--quick]    measure pamphlet against its floors and peers; writes BENCHMARKS.md
  codegen [--check]  write the generated files (schemas, docs/rules.md), or check they are current
  deps               cargo deny (licences, sources, duplicate versions, and advisories from the
                     snapshot in xtask/advisories.toml) and cargo machete (unused dependencies),
                     installed at pinned versions into target/tools
  corpus --topics N [--seed S] [--faults F] --out DIR
                     generate a synthetic content tree for benchmarks (same arguments, same bytes)
  handouts DIR --out OUT
                     typeset each topic's handout on one thread, printing the time and size of each
  heuristics [--write | --tuning-only]
                     measure the text heuristics on the labelled corpus in tests/heuristics/
                     (recall, false alarms); --write updates BENCHMARKS.md; --tuning-only
                     leaves the held-out half unchecked (while tuning)
  train              learn the checker's cue models (adverts, claims, editing leftovers) from the
                     tuning half of tests/heuristics/ and write their weights; prints the
                     cross-validated recall
  interop            build content/ and validate every output with check-jsonschema, frictionless,
                     qpdf, pdftotext, pdfua, Ajv and the SARIF schema (installs them when missing)
  test [ARGS]        install the programs and files the tests need (as `tools`), then run
                     `cargo test --workspace --locked ARGS`: the README's test command
  linearity          grow each dimension of a topic tenfold and time check on both sizes
  lsp-latency        time pamphlet lsp from an edit of a 25 KB topic to its diagnostics
  tools              install the programs the tests run besides cargo (qpdf, poppler-utils)
  picture            render page 1 of the bundled handout into docs/handout-page-1.png";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let result = match arguments.first().map(String::as_str) {
        Some("codegen") => codegen::run(codegen::Mode::from_flag(arguments.get(1))),
        Some("bench") => bench::run(&arguments[1..]),
        Some("floor") => bench::floor(&arguments[1..]),
        Some("corpus") => corpus::run(&arguments[1..]),
        Some("deps") => deps::run(),
        Some("advisories") => advisories::run(&arguments[1..]),
        Some("handouts") => handouts::run(&arguments[1..]),
        Some("heuristics") => heuristics::run(&arguments[1..]),
        Some("interop") => interop::run(),
        Some("picture") => picture::run(),
        Some("tools") => tools::run(),
        Some("train") => train::run(),
        Some("linearity") => linearity::run(),
        Some("lsp-latency") => lsp_latency::run(),
        Some("test") => tools::test(&arguments[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever folder cargo was started in.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Cargo's target folder, where the xtasks keep their tools and outputs.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project_root().join("target"))
}
