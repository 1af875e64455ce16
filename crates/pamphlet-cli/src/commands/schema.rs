//! `pamphlet schema NAME` prints a JSON Schema as `schema/` publishes it, so that a
//! clinic's own repository can hold the schemas its editors check against;
//! `pamphlet completions SHELL` prints a completion script.

use std::io::Write;

use anyhow::Context;
use clap::CommandFactory;
use pamphlet_cli::args::{Arguments, CompletionsArguments, SchemaArguments, SchemaName};

use crate::ExitStatus;

pub(crate) fn run(arguments: &SchemaArguments) -> anyhow::Result<ExitStatus> {
    let text = schema_text(arguments.name)?;
    print(&text)
}

/// The text of a schema, byte for byte the file `cargo xtask codegen` writes.
pub(crate) fn schema_text(name: SchemaName) -> anyhow::Result<String> {
    let path = format!("schema/{}", name.file_name());
    pamphlet_check::codegen::generated_files()
        .into_iter()
        .chain(pamphlet_export::codegen::generated_files())
        .find_map(|(file, text)| (file == path).then_some(text))
        .with_context(|| format!("no generated schema is named {path}"))
}

pub(crate) fn completions(arguments: &CompletionsArguments) -> anyhow::Result<ExitStatus> {
    let mut script = Vec::new();
    clap_complete::generate(
        arguments.shell,
        &mut Arguments::command(),
        "pamphlet",
        &mut script,
    );
    print(&String::from_utf8_lossy(&script))
}

fn print(text: &str) -> anyhow::Result<ExitStatus> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing to standard output")?,
    }
    Ok(ExitStatus::Success)
}
