//! Command-line arguments: the one definition of pamphlet's interface, which the binary
//! parses and `cargo xtask codegen` turns into man pages.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_STATUS_HELP: &str = "Exit status:
  0  no errors (and no warnings with --deny-warnings)
  1  the content has errors (or warnings with --deny-warnings)
  2  the run itself failed: bad arguments, an unreadable path, an internal error";

/// Check patient-education content: complete, sourced, current and readable.
#[derive(Debug, Parser)]
#[command(name = "pamphlet", version, after_help = EXIT_STATUS_HELP)]
pub struct Arguments {
    #[command(subcommand)]
    pub command: Command,
}

impl Arguments {
    /// The number of threads asked for, by the commands that check files or print
    /// handouts (`explain` has no use for threads, and no `--jobs`).
    pub fn jobs(&self) -> Option<u16> {
        match &self.command {
            Command::Check(check) => check.threads.jobs,
            Command::Export(export) => export.output.threads.jobs,
            Command::Build(build) => build.output.threads.jobs,
            _ => None,
        }
    }
}

/// How many threads a command uses.
#[derive(Debug, Args)]
pub struct Threads {
    /// How many threads check files and print handouts (default: one per CPU). The
    /// output is the same whatever the number.
    #[arg(long, short = 'j', env = "PAMPHLET_JOBS", value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content trees and report every problem found.
    #[command(after_help = EXIT_STATUS_HELP)]
    Check(CheckArguments),
    /// Explain what a rule checks, why it matters and how to fix it.
    Explain(ExplainArguments),
    /// Check a content tree, then export it in one format into --out.
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArguments),
    /// Check a content tree, then write every format into --out: json/, csv/ and pdf/.
    #[command(after_help = EXPORT_HELP)]
    Build(BuildArguments),
    /// Start a content repository that passes `check`.
    ///
    /// Writes pamphlet.toml, the schemas editors check against, a bibliography, an
    /// example guide, a GitHub Actions workflow and a pre-commit configuration.
    Init(InitArguments),
    /// Add a file to a content tree.
    ///
    /// `pamphlet new topic ID` writes topics/ID.yaml with every field to fill in; `check`
    /// names each one until it is written.
    #[command(subcommand)]
    New(NewCommand),
    /// Print a JSON Schema of a content file or an export.
    Schema(SchemaArguments),
    /// Print a shell completion script.
    ///
    /// For bash: `pamphlet completions bash > ~/.local/share/bash-completion/completions/pamphlet`.
    Completions(CompletionsArguments),
    /// Serve the Language Server Protocol to an editor.
    ///
    /// Speaks on standard input and output: every finding as the writer types, quick
    /// fixes, completion of source ids and rule names, hover and go to definition on
    /// citations.
    Lsp(LspArguments),
}

#[derive(Debug, Args)]
pub struct InitArguments {
    /// The folder to set up; created when missing. It must not hold a content tree already.
    #[arg(default_value = ".")]
    pub directory: PathBuf,
    /// The clinic's name, printed on every handout (default: the folder's name).
    #[arg(long)]
    pub clinic: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A topic (condition guide) with every field and one record of each kind to fill in.
    Topic(NewTopicArguments),
}

#[derive(Debug, Args)]
pub struct NewTopicArguments {
    /// The topic's id, a kebab-case slug such as `knee-osteoarthritis`; also its file name.
    pub id: String,
    /// The title printed on the handout.
    #[arg(long)]
    pub title: Option<String>,
    /// The content tree to add it to (default: the one the current folder is in).
    #[arg(long, default_value = ".")]
    pub content: PathBuf,
}

#[derive(Debug, Args)]
pub struct SchemaArguments {
    /// Which schema.
    #[arg(value_enum)]
    pub name: SchemaName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// A topic file of a content tree.
    Topic,
    /// A bibliography file of a content tree.
    Bibliography,
    /// A topic file of the JSON export.
    ExportTopic,
    /// catalogue.json of the JSON export.
    ExportCatalogue,
}

impl SchemaName {
    /// The file the schema is published as, in `schema/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaName::Topic => "topic.schema.json",
            SchemaName::Bibliography => "bibliography.schema.json",
            SchemaName::ExportTopic => "export-topic.schema.json",
            SchemaName::ExportCatalogue => "export-catalogue.schema.json",
        }
    }
}

#[derive(Debug, Args)]
pub struct CompletionsArguments {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct LspArguments {
    /// The date to check review and source dates against, as YYYY-MM-DD (default: today,
    /// in UTC).
    #[arg(long, env = "PAMPHLET_TODAY", value_parser = parse_date)]
    pub today: Option<pamphlet_schema::IsoDate>,
}

const EXPORT_HELP: &str =
    "Content with errors is refused: the diagnostics are printed and nothing is
written. Every file is written to a temporary file beside it and renamed into place.

Exit status:
  0  the content was exported
  1  the content has errors; nothing was written
  2  the run itself failed: bad arguments, an unreadable path, an unwritable folder";

#[derive(Debug, Args)]
pub struct ExportArguments {
    /// The format to write.
    #[arg(value_enum)]
    pub format: ExportFormat,
    #[command(flatten)]
    pub output: OutputArguments,
}

#[derive(Debug, Args)]
pub struct BuildArguments {
    #[command(flatten)]
    pub output: OutputArguments,
}

/// What `export` and `build` read, where they write, and how.
#[derive(Debug, Args)]
pub struct OutputArguments {
    /// The content tree (a folder holding pamphlet.toml, a bibliography and topics).
    #[arg(default_value = ".")]
    pub content: PathBuf,
    /// The folder to write into; created when missing. It may not be inside the content tree.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,
    /// Start every CSV file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.
    #[arg(long)]
    pub excel: bool,
    /// The paper size of PDF handouts.
    #[arg(long, value_enum, default_value_t = PaperSize::A4)]
    pub paper: PaperSize,
    /// Print PDF handouts in large print (body text of 16 pt or more).
    #[arg(long)]
    pub large_print: bool,
    /// The date to check review and source dates against, as YYYY-MM-DD (default: today,
    /// in UTC).
    #[arg(long, env = "PAMPHLET_TODAY", value_parser = parse_date)]
    pub today: Option<pamphlet_schema::IsoDate>,
    #[command(flatten)]
    pub threads: Threads,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON file per topic (citations resolved) and catalogue.json.
    Json,
    /// One CSV table per record type, citations.csv and a Frictionless datapackage.json.
    Csv,
    /// One PDF handout per topic.
    Pdf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperSize {
    A4,
    Letter,
}

#[derive(Debug, Args)]
pub struct CheckArguments {
    /// Content trees (folders holding pamphlet.toml, a bibliography and topics) or files
    /// inside them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// How to print the diagnostics.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Fail (exit 1) on warnings as well as errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// The date to check review and source dates against, as YYYY-MM-DD (default: today,
    /// in UTC). For tests and for reproducing a past run only: CI must use the real date,
    /// or an overdue review is never reported.
    #[arg(long, env = "PAMPHLET_TODAY", value_parser = parse_date)]
    pub today: Option<pamphlet_schema::IsoDate>,
    /// When to colour human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(flatten)]
    pub threads: Threads,
}

#[derive(Debug, Args)]
pub struct ExplainArguments {
    /// A rule code (PAM301) or name (unsourced-record).
    #[arg(required_unless_present = "list")]
    pub rule: Option<String>,
    /// List every rule with its code, severity and summary.
    #[arg(long)]
    pub list: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Coloured text with the source line and a caret under the problem.
    Human,
    /// A JSON array, one object per diagnostic.
    Json,
    /// SARIF 2.1.0, for code-scanning uploads.
    Sarif,
    /// GitHub Actions workflow commands (annotations), plus a step summary.
    Github,
    /// JUnit XML, for CI test reports.
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(text: &str) -> Result<pamphlet_schema::IsoDate, String> {
    pamphlet_schema::IsoDate::parse(text)
}
