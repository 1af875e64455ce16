//! What a check run keeps of each file (`CheckedFile`), and the two steps every file goes
//! through on its own: its rules (`file_findings`) and its findings turned into located
//! diagnostics (`to_diagnostic`). `check_bytes` runs the same steps on bytes in memory.

use crate::codes::Rule;
use std::collections::HashMap;
use std::path::PathBuf;

use pamphlet_schema::records::records;
use pamphlet_schema::{SchemaKind, Source};

use crate::check::CheckOptions;
use crate::diagnostic::{Diagnostic, Related, Severity, Span};
use crate::load::{Content, LoadedFile};
use crate::locate::{locate, logical_path};
use crate::rules::load::too_many_problems;
use crate::rules::translations::Variant;
use crate::rules::{self, Finding, RelatedPlace, SAME_FILE, Target, TopicContext};
use crate::settings::Settings;
use crate::settle::settle;
use crate::source::SourceFile;

/// What a check run keeps of a file once its rules have run: its diagnostics, its text
/// only when they need it, its typed content only when the caller asked for it, and what
/// the rules that need the whole tree look at.
pub(crate) struct CheckedFile {
    pub(crate) path: PathBuf,
    pub(crate) kind: SchemaKind,
    /// Whether the file was typed (a topic or a bibliography the rules could read).
    pub(crate) usable: bool,
    /// A topic's id, with where it stands in the file.
    pub(crate) id: Option<(String, Option<Span>)>,
    /// The ids of the sources a topic's records cite.
    pub(crate) cited: Vec<String>,
    /// What the translation rules compare of a translation with its original; `None`
    /// for anything else (an original is read again when a translation names it).
    pub(crate) variant: Option<Variant>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) source: Option<SourceFile>,
    pub(crate) content: Content,
}

impl CheckedFile {
    /// Runs the rules that look at `file` on its own, adds the whole-tree `findings` on
    /// it, settles them and turns them into diagnostics; `elsewhere` locates a related
    /// place in another file.
    pub(crate) fn new(
        mut file: LoadedFile,
        findings: Vec<Finding>,
        settings: &Settings,
        sources: Option<&HashMap<String, Source>>,
        options: &CheckOptions,
        elsewhere: &dyn Fn(&RelatedPlace) -> Option<(PathBuf, Span)>,
    ) -> CheckedFile {
        let own = file_findings(&file, settings, sources);
        file.findings.extend(own);
        file.findings.extend(findings);
        let findings = std::mem::take(&mut file.findings);
        let (shown, hidden) = capped(settle(&file, findings), settings);
        // Sorted with the whole report's, in `check`.
        let mut diagnostics: Vec<Diagnostic> = shown
            .into_iter()
            .filter_map(|finding| to_diagnostic(&file, finding, settings, elsewhere))
            .collect();
        if let Some(note) = too_many_problems::note(&file.source.path, hidden, settings) {
            diagnostics.push(note);
        }
        let variant = match &file.content {
            Content::Topic(topic) if topic.translation_of.is_some() => {
                Some(Variant::of(topic.as_ref()))
            }
            _ => None,
        };
        let (id, cited) = match &file.content {
            Content::Topic(topic) => {
                let span = locate(&file.source, file.root.as_ref(), "/id", &Target::Value);
                let mut cited: Vec<String> = records(topic.as_ref())
                    .flat_map(|entry| entry.citations().iter().cloned())
                    .collect();
                cited.sort_unstable();
                cited.dedup();
                (Some((topic.id.clone(), span)), cited)
            }
            _ => (None, Vec::new()),
        };
        CheckedFile {
            path: file.source.path.clone(),
            kind: file.kind,
            usable: !matches!(file.content, Content::Unusable),
            id,
            cited,
            variant,
            source: (!diagnostics.is_empty()).then_some(file.source),
            diagnostics,
            content: if options.keep_content {
                file.content
            } else {
                Content::Unusable
            },
        }
    }
}

/// At most `max-problems-per-file` of `findings` (errors first, then in the order the
/// rules found them), and how many were left out: a file with 60,000 faults is reported
/// in a screenful, and only the findings shown are located in the file.
fn capped(mut findings: Vec<Finding>, settings: &Settings) -> (Vec<Finding>, usize) {
    // A finding of a rule turned off is never shown, so it is not counted either.
    findings.retain(|finding| settings.severity(finding.rule).is_some());
    let limit = settings.max_problems_per_file;
    if findings.len() <= limit {
        return (findings, 0);
    }
    // Stable: within each severity, the rules' order stays.
    findings.sort_by_key(|finding| match settings.severity(finding.rule) {
        Some(Severity::Error) => 0,
        Some(Severity::Warning) => 1,
        Some(Severity::Info) => 2,
        None => 3,
    });
    let hidden = findings.len() - limit;
    findings.truncate(limit);
    (findings, hidden)
}

/// The findings of the rules that look at one file on its own; `sources` is the tree's
/// bibliography by id, or `None` when citations cannot be checked.
pub(crate) fn file_findings(
    file: &LoadedFile,
    settings: &Settings,
    sources: Option<&HashMap<String, Source>>,
) -> Vec<Finding> {
    match &file.content {
        Content::Topic(topic) => rules::check_topic(&TopicContext::new(topic, settings, sources)),
        Content::Bibliography(bibliography) => bibliography
            .sources
            .iter()
            .enumerate()
            .flat_map(|(index, source)| {
                let pointer = format!("/sources/{index}");
                // An `accessed` the schema refused (`invalid-value`) was written: it is
                // malformed, not missing.
                let written = file
                    .root
                    .as_ref()
                    .is_some_and(|root| root.resolve(&format!("{pointer}/accessed")).complete);
                rules::check_source(source, &pointer, settings)
                    .into_iter()
                    .filter(move |finding| !(written && finding.rule == Rule::MissingAccessDate))
            })
            .collect(),
        Content::Unusable => Vec::new(),
    }
}

/// Resolves a finding's pointer and target to a span, and applies the configured
/// severity; `elsewhere` locates a related place in another file of the run.
pub(crate) fn to_diagnostic(
    file: &LoadedFile,
    finding: Finding,
    settings: &Settings,
    elsewhere: &dyn Fn(&RelatedPlace) -> Option<(PathBuf, Span)>,
) -> Option<Diagnostic> {
    let severity = settings.severity(finding.rule)?;
    let span = locate(
        &file.source,
        file.root.as_ref(),
        &finding.pointer,
        &finding.target,
    );
    let related = finding
        .related
        .into_iter()
        .filter_map(|place| {
            let (path, span) = if place.file == SAME_FILE {
                let span = locate(
                    &file.source,
                    file.root.as_ref(),
                    &place.pointer,
                    &place.target,
                )?;
                (file.source.path.clone(), span)
            } else {
                elsewhere(&place)?
            };
            Some(Related {
                message: place.message,
                path,
                span,
            })
        })
        .collect();
    Some(Diagnostic {
        rule: finding.rule,
        severity,
        message: finding.message,
        help: finding.help,
        path: file.source.path.clone(),
        span,
        logical: file
            .root
            .as_ref()
            .map_or_else(String::new, |root| logical_path(root, &finding.pointer)),
        pointer: finding.pointer,
        related,
    })
}
