//! `pamphlet explain`: print a rule's documentation, or list every rule.

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::{Context, bail};
use pamphlet_check::Rule;

use crate::ExitStatus;
use pamphlet_cli::args::ExplainArguments;

pub(crate) fn run(arguments: &ExplainArguments) -> anyhow::Result<ExitStatus> {
    let mut text = String::new();
    if arguments.list {
        // Columns as wide as their widest entry (`Severity`'s Display ignores widths, so
        // its text is padded as a string).
        let name_width = Rule::ALL
            .iter()
            .map(|rule| rule.name().len())
            .max()
            .unwrap_or(0);
        let severity_width = Rule::ALL
            .iter()
            .map(|rule| rule.default_severity().as_str().len())
            .max()
            .unwrap_or(0);
        for rule in Rule::ALL {
            let _ = writeln!(
                text,
                "{}  {:<name_width$}  {:<severity_width$}  {}",
                rule.code(),
                rule.name(),
                rule.default_severity().as_str(),
                rule.summary()
            );
        }
    } else {
        let wanted = arguments.rule.as_deref().unwrap_or_default();
        let Some(rule) = Rule::find(wanted) else {
            bail!("`{wanted}` is not a rule; `pamphlet explain --list` lists them");
        };
        let _ = writeln!(
            text,
            "# {} {}\n\n{}\n",
            rule.code(),
            rule.name(),
            rule.summary()
        );
        let _ = writeln!(
            text,
            "Default severity: {}. Family: {}.\n",
            rule.default_severity(),
            rule.family().title()
        );
        text.push_str(&rule.documentation());
    }
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        // A reader that stops early (`| head`) is not an error.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing the explanation")?,
    }
    Ok(ExitStatus::Success)
}
