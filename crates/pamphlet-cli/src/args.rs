//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_STATUS_HELP: &str = "Exit status:
  0  no errors (and no warnings with --deny-warnings)
  1  the content has errors (or warnings with --deny-warnings)
  2  the run itself failed: bad arguments, an unreadable path, an internal error";

/// Check patient-education content: complete, sourced, current and readable.
#[derive(Debug, Parser)]
#[command(name = "pamphlet", version, about, after_help = EXIT_STATUS_HELP)]
pub(crate) struct Arguments {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check content trees and report every problem found.
    #[command(after_help = EXIT_STATUS_HELP)]
    Check(CheckArguments),
    /// Explain what a rule checks, why it matters and how to fix it.
    Explain(ExplainArguments),
}

#[derive(Debug, Args)]
pub(crate) struct CheckArguments {
    /// Content trees (folders holding pamphlet.toml, a bibliography and topics) or files
    /// inside them.
    #[arg(default_value = ".")]
    pub(crate) paths: Vec<PathBuf>,
    /// How to print the diagnostics.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub(crate) format: OutputFormat,
    /// Fail (exit 1) on warnings as well as errors.
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// The date to check review and source dates against, as YYYY-MM-DD (default: today,
    /// in UTC). Fix it in CI jobs and tests so results do not change overnight.
    #[arg(long, env = "PAMPHLET_TODAY", value_parser = parse_date)]
    pub(crate) today: Option<pamphlet_schema::IsoDate>,
    /// When to colour human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
}

#[derive(Debug, Args)]
pub(crate) struct ExplainArguments {
    /// A rule code (PAM301) or name (unsourced-record).
    #[arg(required_unless_present = "list")]
    pub(crate) rule: Option<String>,
    /// List every rule with its code, severity and summary.
    #[arg(long)]
    pub(crate) list: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
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
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(text: &str) -> Result<pamphlet_schema::IsoDate, String> {
    pamphlet_schema::IsoDate::parse(text)
}
