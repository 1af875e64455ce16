//! The `pamphlet` binary: parses arguments, runs one command, maps the outcome
//! to an exit status.

mod commands;
mod lsp;
mod progress;
mod write;

use std::process::ExitCode;

use clap::Parser;

use pamphlet_cli::args::{Arguments, Command};

/// The exit status of a run, as documented in `--help` and the README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExitStatus {
    /// No errors (and no warnings with `--deny-warnings`).
    Success = 0,
    /// The content has errors, or warnings with `--deny-warnings`.
    Failure = 1,
    /// The run itself failed: bad arguments, an unreadable path, an internal error.
    Error = 2,
}

fn main() -> ExitCode {
    let arguments = Arguments::parse();
    if let Some(jobs) = arguments.jobs()
        && let Err(error) = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(jobs))
            .build_global()
    {
        eprintln!("pamphlet: error: cannot start {jobs} threads: {error}");
        return ExitCode::from(ExitStatus::Error as u8);
    }
    let status = match arguments.command {
        Command::Check(check) => commands::check::run(&check),
        Command::Explain(explain) => commands::explain::run(&explain),
        Command::Export(export) => commands::export::run(&export),
        Command::Build(build) => commands::build::run(&build),
        Command::Init(init) => commands::scaffold::init(&init),
        Command::New(new) => commands::scaffold::new(&new),
        Command::Schema(schema) => commands::schema::run(&schema),
        Command::Completions(completions) => commands::schema::completions(&completions),
        Command::Lsp(lsp) => lsp::run(lsp.today.unwrap_or_else(commands::check::today_utc)),
    };
    let status = status.unwrap_or_else(|error| {
        eprintln!("pamphlet: error: {error:#}");
        ExitStatus::Error
    });
    ExitCode::from(status as u8)
}
