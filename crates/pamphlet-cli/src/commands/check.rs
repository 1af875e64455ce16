//! `pamphlet check`: check content trees and print the diagnostics.

use std::io::{IsTerminal, Write};

use anyhow::Context;
use pamphlet_check::render::{Format, RenderOptions, github_step_summary, render};
use pamphlet_check::{CheckOptions, Severity, check};
use pamphlet_schema::IsoDate;

use crate::ExitStatus;
use pamphlet_cli::args::{CheckArguments, ColorChoice, OutputFormat};

pub(crate) fn run(arguments: &CheckArguments) -> anyhow::Result<ExitStatus> {
    let options = CheckOptions {
        today: arguments.today.unwrap_or_else(today_utc),
        keep_content: false,
    };
    let report = check(&arguments.paths, &options)?;
    let format = match arguments.format {
        OutputFormat::Human => Format::Human,
        OutputFormat::Json => Format::Json,
        OutputFormat::Sarif => Format::Sarif,
        OutputFormat::Github => Format::Github,
        OutputFormat::Junit => Format::Junit,
    };
    let color = match arguments.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let mut stdout = std::io::stdout().lock();
    let written = render(&report, format, &RenderOptions { color }, &mut stdout)
        .and_then(|()| stdout.flush());
    match written {
        // A reader that stops early (`| head`) is not a failure of the check.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing the report")?,
    }
    if format == Format::Github
        && let Some(summary_path) = std::env::var_os("GITHUB_STEP_SUMMARY")
    {
        let mut summary = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&summary_path)
            .with_context(|| {
                format!(
                    "opening GITHUB_STEP_SUMMARY ({})",
                    summary_path.to_string_lossy()
                )
            })?;
        summary
            .write_all(github_step_summary(&report).as_bytes())
            .context("writing the step summary")?;
    }
    let failed =
        report.has_errors() || (arguments.deny_warnings && report.count(Severity::Warning) > 0);
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// Today's date in UTC, from the system clock.
pub(crate) fn today_utc() -> IsoDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        });
    IsoDate::from_unix_seconds(seconds)
        .expect("the system clock gives a date between 1970 and 9999")
}
