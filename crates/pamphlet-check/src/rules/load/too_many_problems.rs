//! `too-many-problems` (PAM008): a file has more problems than a report shows.

use std::path::Path;

use crate::codes::Rule;
use crate::diagnostic::Diagnostic;
use crate::settings::Settings;

crate::rules::rule_doc! {
    /// ## What it checks
    /// Whether a file has more problems than `max-problems-per-file` (`[check]` of
    /// `pamphlet.toml`, 200 unless set). The first ones are shown, errors before
    /// warnings; the rest are counted in this one note, at the head of the file's list.
    ///
    /// ## Why it matters
    /// A file with thousands of problems (a paste of the wrong data, a generated file in
    /// the content tree) would otherwise print thousands of lines, bury the other files'
    /// problems and slow the CI log to a crawl. The first problems are usually enough to
    /// see what went wrong; the check still fails on them.
    ///
    /// ## Example
    /// A topic file with 60,000 unknown fields: 200 are shown, then "59,800 more problems
    /// in this file are not shown".
    ///
    /// ## How to fix
    /// Fix the problems shown and check again. To see more at once, raise
    /// `max-problems-per-file`.
}

/// The note that `hidden` problems of the file at `path` were not shown, if any were.
pub(crate) fn note(path: &Path, hidden: usize, settings: &Settings) -> Option<Diagnostic> {
    if hidden == 0 {
        return None;
    }
    let severity = settings.severity(Rule::TooManyProblems)?;
    Some(Diagnostic::whole_file(
        Rule::TooManyProblems,
        severity,
        path.to_path_buf(),
        format!(
            "{} more problem(s) in this file are not shown: only the first {} are",
            thousands(hidden),
            thousands(settings.max_problems_per_file)
        ),
        Some(
            "fix the problems shown and check again; raise `max-problems-per-file` in `[check]` of pamphlet.toml to see more at once"
                .to_owned(),
        ),
    ))
}

/// `value` with a comma between thousands: 59,800.
fn thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(200), "200");
        assert_eq!(thousands(59_800), "59,800");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
