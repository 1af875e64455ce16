//! The GitHub format: one workflow command (`::error file=…::`) per diagnostic,
//! which GitHub Actions turns into annotations, and the Markdown step summary that
//! lists them all (GitHub shows only the first few annotations of a step).

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::check::Report;
use crate::diagnostic::{Diagnostic, Severity};
use crate::render::{display_path, summary_line};

/// A Markdown report for `$GITHUB_STEP_SUMMARY`: a heading, the counts and a table
/// of every diagnostic.
pub fn github_step_summary(report: &Report) -> String {
    let mut markdown = String::from("## pamphlet\n\n");
    if report.diagnostics.is_empty() {
        let _ = writeln!(
            markdown,
            "No problems found in {}.",
            plural_files(report.checked.len())
        );
        return markdown;
    }
    let _ = writeln!(markdown, "{}.\n", capitalise(&summary_line(report)));
    markdown.push_str("| Severity | Code | File | Line | Message |\n");
    markdown.push_str("| --- | --- | --- | --- | --- |\n");
    for diagnostic in &report.diagnostics {
        let line = diagnostic
            .span
            .as_ref()
            .map_or_else(String::new, |span| span.start.line.to_string());
        let mut message = diagnostic.message.clone();
        if let Some(help) = &diagnostic.help {
            message.push_str("\nHelp: ");
            message.push_str(help);
        }
        let _ = writeln!(
            markdown,
            "| {} | `{}` {} | {} | {} | {} |",
            diagnostic.severity,
            diagnostic.rule.code(),
            diagnostic.rule.name(),
            table_cell(&display_path(&diagnostic.path)),
            line,
            table_cell(&message),
        );
    }
    markdown
}

/// Writes one workflow command per diagnostic.
pub(crate) fn render_github(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for diagnostic in &report.diagnostics {
        writeln!(out, "{}", workflow_command(diagnostic))?;
    }
    Ok(())
}

fn workflow_command(diagnostic: &Diagnostic) -> String {
    let command = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut properties = vec![("file", display_path(&diagnostic.path))];
    if let Some(span) = &diagnostic.span {
        properties.extend([
            ("line", span.start.line.to_string()),
            ("col", span.start.column.to_string()),
            ("endLine", span.end.line.to_string()),
            ("endColumn", span.end.column.to_string()),
        ]);
    }
    properties.push((
        "title",
        format!("{} {}", diagnostic.rule.code(), diagnostic.rule.name()),
    ));
    let properties: Vec<String> = properties
        .into_iter()
        .map(|(key, value)| format!("{key}={}", escape_property(&value)))
        .collect();
    let mut message = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    format!(
        "::{command} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

/// Escapes a command's message as the Actions runner decodes it.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property, which also ends at `,` and `::`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Text made safe for a Markdown table cell: pipes escaped, line breaks as `<br>`,
/// and angle brackets outside code spans as entities so no HTML gets through.
fn table_cell(text: &str) -> String {
    let mut cell = String::with_capacity(text.len());
    let mut in_code = false;
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '`' => {
                in_code = !in_code;
                cell.push('`');
            }
            '|' => cell.push_str("\\|"),
            '\r' if characters.peek() == Some(&'\n') => {}
            '\r' | '\n' => {
                // A line break cannot live inside a code span; close and reopen it.
                if in_code {
                    cell.push_str("`<br>`");
                } else {
                    cell.push_str("<br>");
                }
            }
            '<' if !in_code => cell.push_str("&lt;"),
            '>' if !in_code => cell.push_str("&gt;"),
            '&' if !in_code => cell.push_str("&amp;"),
            _ => cell.push(character),
        }
    }
    cell
}

fn plural_files(count: usize) -> String {
    format!("{count} {}", if count == 1 { "file" } else { "files" })
}

fn capitalise(text: &str) -> String {
    let mut characters = text.chars();
    characters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(characters).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::{escape_data, escape_property, github_step_summary, table_cell};
    use crate::check::Report;
    use crate::render::Format;
    use crate::render::fixture::rendered;
    use crate::render::fixture::{sample_report, single_report};

    fn render(report: &Report) -> String {
        rendered(report, Format::Github)
    }

    #[test]
    fn sample_report_snapshot() {
        insta::assert_snapshot!(render(&sample_report()));
    }

    #[test]
    fn step_summary_snapshot() {
        insta::assert_snapshot!(github_step_summary(&sample_report()));
    }

    #[test]
    fn one_command_per_diagnostic_with_position_and_title() {
        let output = render(&sample_report());
        assert_eq!(output.lines().count(), 7);
        assert!(output.contains(
            "::error file=topics/hip-pain.yaml,line=8,col=14,endLine=8,endColumn=16,\
             title=PAM301 unsourced-record::treatment `heat` cites no source%0Ahelp: add the id"
        ));
        assert!(output.contains("::warning file=bibliography.yaml,line=5,"));
        assert!(output.contains("::notice file=topics/hip-pain.yaml,line=11,"));
        assert!(
            output.contains(
                "::error file=topics/locked.yaml,title=PAM005 unreadable-file::cannot read"
            )
        );
    }

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100%\r\nok: a,b"), "100%25%0D%0Aok: a,b");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        let report = single_report("dir,x/a:b.yaml", "sources: []\n", "[]", "50% done\nnext");
        let output = render(&report);
        assert!(
            output.starts_with("::error file=dir%2Cx/a%3Ab.yaml,line=1,"),
            "{output}"
        );
        assert!(
            output.contains("::50%25 done%0Anext%0Ahelp: add a source\n"),
            "{output}"
        );
        assert_eq!(output.lines().count(), 1);
    }

    #[test]
    fn table_cells_cannot_break_the_table() {
        assert_eq!(table_cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(table_cell("<script> `<b>`"), "&lt;script&gt; `<b>`");
        assert_eq!(table_cell("`x\ny`"), "`x`<br>`y`");
        assert_eq!(table_cell("a\r\nb"), "a<br>b");
    }

    #[test]
    fn step_summary_lists_every_diagnostic() {
        let summary = github_step_summary(&sample_report());
        assert!(
            summary.starts_with("## pamphlet\n\n5 errors, 1 warning, 1 info message in 4 files.\n")
        );
        assert!(summary.contains("| Severity | Code | File | Line | Message |"));
        let rows = summary
            .lines()
            .filter(|line| {
                line.starts_with("| error")
                    || line.starts_with("| warning")
                    || line.starts_with("| info")
            })
            .count();
        assert_eq!(rows, 7);
        assert!(
            summary.contains(
                "| error | `PAM005` unreadable-file | topics/locked.yaml |  | cannot read"
            )
        );
    }

    #[test]
    fn step_summary_of_a_clean_run() {
        let mut report = sample_report();
        report.diagnostics.clear();
        assert_eq!(
            github_step_summary(&report),
            "## pamphlet\n\nNo problems found in 4 files.\n"
        );
    }
}
