//! Diagnostics are data: a rule, a severity, a message with a fix hint, and the
//! place in a file it concerns. Renderers in `render/` turn them into text.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use crate::codes::Rule;

/// How serious a finding is. Ordered from least to most serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A place in a file: 1-based line and 1-based column counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// The stretch of a file a diagnostic points at, as positions and as byte offsets
/// into the file's text (for snippet rendering).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: Position,
    pub end: Position,
    pub bytes: Range<usize>,
}

/// A secondary place that explains a diagnostic, such as the first of two duplicate ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub message: String,
    pub path: PathBuf,
    pub span: Span,
}

/// One finding of one rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    /// What is wrong, in a sentence an author understands.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The file, as the user named it (relative paths stay relative).
    pub path: PathBuf,
    /// Where in the file; `None` only when the file could not be read at all.
    pub span: Option<Span>,
    /// The JSON pointer of the node concerned (`/treatments/2/sources`), empty for the
    /// whole file. Stable across edits elsewhere in the file, so it feeds fingerprints.
    pub pointer: String,
    /// The node as a reader names it: the pointer with list positions replaced by record
    /// ids (`/symptoms[fatigue]/sources`), so it survives records being added or moved.
    /// Feeds the SARIF fingerprint.
    pub logical: String,
    pub related: Vec<Related>,
}

impl Diagnostic {
    /// A diagnostic about a file as a whole, or about a place found before the file had a
    /// tree to point into (a line of `pamphlet.toml`, a file that cannot be listed):
    /// no JSON pointer, no related places, and a span only when `at` gives one.
    pub fn whole_file(
        rule: Rule,
        severity: Severity,
        path: PathBuf,
        message: String,
        help: Option<String>,
    ) -> Diagnostic {
        Diagnostic {
            rule,
            severity,
            message,
            help,
            path,
            span: None,
            pointer: String::new(),
            logical: String::new(),
            related: Vec::new(),
        }
    }

    /// The same diagnostic at `span`.
    pub fn at(self, span: Option<Span>) -> Diagnostic {
        Diagnostic { span, ..self }
    }

    /// The 1-based line of the diagnostic, or 1 when it has no position.
    pub fn line(&self) -> u32 {
        self.span.as_ref().map_or(1, |span| span.start.line)
    }

    /// The 1-based column of the diagnostic, or 1 when it has no position.
    pub fn column(&self) -> u32 {
        self.span.as_ref().map_or(1, |span| span.start.column)
    }

    /// The replacement a "did you mean `x`?" hint offers for the text at the span: a
    /// misspelt field, value, citation or rule name. Every rule that suggests writes its
    /// hint in that one form, so editors can offer it as a fix and SARIF as a `fix`.
    pub fn suggestion(&self) -> Option<&str> {
        let help = self.help.as_deref()?;
        let (_, rest) = help.split_once("did you mean `")?;
        let (suggestion, _) = rest.split_once("`?")?;
        (!suggestion.is_empty()).then_some(suggestion)
    }

    /// The order diagnostics are reported in: by file, then position, then rule.
    pub fn sort_key(&self) -> (PathBuf, u32, u32, &'static str, String) {
        (
            self.path.clone(),
            self.line(),
            self.column(),
            self.rule.code(),
            self.message.clone(),
        )
    }
}
