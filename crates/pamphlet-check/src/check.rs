//! The check run: loads each content tree in parallel, runs the rules, applies
//! suppressions and settings, and resolves every finding to a positioned
//! `Diagnostic`. This is the entry point of the crate.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use pamphlet_schema::{Bibliography, IsoDate, SchemaKind, Source, Topic};
use rayon::prelude::*;

use crate::codes::Rule;
use crate::diagnostic::{Diagnostic, Related, Severity};
use crate::load::{Content, LoadedFile, discover, load_file};
use crate::locate::{locate, logical_path};
use crate::rules::records::records;
use crate::rules::sourcing::duplicate_id;
use crate::rules::{self, Finding, SAME_FILE, TopicContext};
use crate::settings::{Settings, apply_config};
use crate::settle::settle;
use crate::source::SourceFile;

/// How a check run is set up.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// The date the currency rules compare against.
    pub today: IsoDate,
}

/// Why a run could not take place at all (as opposed to finding problems).
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error("`{0}` does not exist")]
    NotFound(PathBuf),
    #[error(
        "`{}` is not a content tree (no pamphlet.toml or bibliography.yaml here or above); \
         did you mean `pamphlet check {}`?",
        path.display(),
        suggestions.join(" ")
    )]
    NotAContentTree {
        path: PathBuf,
        suggestions: Vec<String>,
    },
}

/// A checked content tree: its settings, its typed content and where it came from.
#[derive(Debug)]
pub struct CheckedTree {
    pub root: PathBuf,
    pub settings: Settings,
    /// Topics that loaded, with the file they came from, in path order.
    pub topics: Vec<(PathBuf, Topic)>,
    pub bibliography: Option<Bibliography>,
}

/// The outcome of a check run.
#[derive(Debug, Default)]
pub struct Report {
    /// Every diagnostic, sorted by file, position and rule.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of every file read, for renderers that show source lines.
    pub files: Vec<SourceFile>,
    pub trees: Vec<CheckedTree>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// The text of a file read during the run.
    pub fn file(&self, path: &Path) -> Option<&SourceFile> {
        self.files.iter().find(|file| file.path == path)
    }
}

/// Checks the content trees named by `paths`: folders are content roots; a file is
/// checked with the tree it belongs to (the nearest folder above it holding
/// `pamphlet.toml`, or its own folder).
pub fn check(paths: &[PathBuf], options: &CheckOptions) -> Result<Report, CheckError> {
    let mut roots: Vec<PathBuf> = Vec::new();
    for path in paths {
        if !path.exists() && std::fs::symlink_metadata(path).is_err() {
            return Err(CheckError::NotFound(path.clone()));
        }
        let root = if path.is_dir() {
            content_root_of(path)?
        } else {
            tree_root_of(path)
        };
        if !roots.contains(&root) {
            roots.push(root);
        }
    }
    let mut report = Report::default();
    for root in roots {
        check_tree(&root, options, &mut report);
    }
    report.diagnostics.sort_by_cached_key(Diagnostic::sort_key);
    report.diagnostics.dedup();
    Ok(report)
}

/// The content tree a folder belongs to: the folder itself or the nearest folder above
/// it holding `pamphlet.toml`. A folder that is neither, but has content trees inside
/// (a repository root holding `content/`), is refused with their names as suggestions.
fn content_root_of(folder: &Path) -> Result<PathBuf, CheckError> {
    let is_root = |candidate: &Path| candidate.join("pamphlet.toml").is_file();
    if is_root(folder) || folder.join("bibliography.yaml").is_file() {
        return Ok(folder.to_path_buf());
    }
    let absolute = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    if let Some(ancestor) = absolute
        .ancestors()
        .skip(1)
        .find(|ancestor| is_root(ancestor))
    {
        // Keep paths relative when the user gave a relative one, so diagnostics read alike.
        let current = std::env::current_dir().unwrap_or_default();
        return Ok(match ancestor.strip_prefix(&current) {
            Ok(relative) if folder.is_relative() && relative.as_os_str().is_empty() => {
                PathBuf::from(".")
            }
            Ok(relative) if folder.is_relative() => relative.to_path_buf(),
            _ => ancestor.to_path_buf(),
        });
    }
    let mut suggestions: Vec<String> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|child| is_root(child))
        .map(|child| child.display().to_string())
        .collect();
    suggestions.sort();
    if suggestions.is_empty() {
        // A plain folder of YAML files: check it as a tree, and let the missing
        // bibliography be reported like any other problem.
        return Ok(folder.to_path_buf());
    }
    Err(CheckError::NotAContentTree {
        path: folder.to_path_buf(),
        suggestions,
    })
}

fn tree_root_of(file: &Path) -> PathBuf {
    let parent = file
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent
        .ancestors()
        .find(|folder| folder.join("pamphlet.toml").is_file())
        .unwrap_or(parent)
        .to_path_buf()
}

fn check_tree(root: &Path, options: &CheckOptions, report: &mut Report) {
    let mut settings = Settings::new(options.today);
    let config_path = root.join("pamphlet.toml");
    if let Ok(text) = std::fs::read_to_string(&config_path) {
        let config_file = SourceFile::new(config_path.clone(), text.as_str());
        // Every problem is reported; the settings it concerns keep their defaults and the
        // content is still checked, so one slip in the configuration hides nothing else.
        let problems = apply_config(&mut settings, &text);
        for problem in problems {
            report.diagnostics.push(Diagnostic {
                rule: problem.rule,
                severity: Severity::Error,
                message: problem.message,
                help: Some(problem.help),
                path: config_path.clone(),
                span: problem.bytes.map(|bytes| config_file.span_of(bytes)),
                pointer: String::new(),
                logical: String::new(),
                related: Vec::new(),
            });
        }
        report.files.push(config_file);
    }

    let discovered = discover(root);
    let bibliography_path = root.join(&settings.bibliography);
    let mut files: Vec<LoadedFile> = discovered
        .files
        .par_iter()
        .map(|path| {
            let kind = if *path == bibliography_path {
                SchemaKind::Bibliography
            } else {
                SchemaKind::Topic
            };
            load_file(path, kind, &settings)
        })
        .collect();

    let bibliography_index = files
        .iter()
        .position(|file| file.kind == SchemaKind::Bibliography);
    let mut sources: HashMap<String, Source> = HashMap::new();
    let mut bibliography_loaded = false;
    if let Some(file) = bibliography_index.map(|index| &files[index])
        && let Content::Bibliography(bibliography) = &file.content
    {
        bibliography_loaded = citations_checkable(file);
        for source in &bibliography.sources {
            sources
                .entry(source.id.clone())
                .or_insert_with(|| source.clone());
        }
    }

    // Rules that look at one file at a time run in parallel.
    let per_file: Vec<Vec<Finding>> = files
        .par_iter()
        .map(|file| file_findings(file, &settings, bibliography_loaded.then_some(&sources)))
        .collect();
    for (file, findings) in files.iter_mut().zip(per_file) {
        file.findings.extend(findings);
    }

    for (file_index, finding) in library_findings(&files, bibliography_index) {
        files[file_index].findings.push(finding);
    }

    let mut tree = CheckedTree {
        root: root.to_path_buf(),
        settings: settings.clone(),
        topics: Vec::new(),
        bibliography: None,
    };
    if bibliography_index.is_none() {
        report.diagnostics.push(Diagnostic {
            rule: Rule::MissingBibliography,
            severity: Severity::Error,
            message: format!("the content tree has no bibliography: `{}` is missing", bibliography_path.display()),
            help: Some("create it with a `sources:` list, or set `[content] bibliography` in pamphlet.toml".to_owned()),
            path: bibliography_path.clone(),
            span: None,
            pointer: String::new(),
            logical: String::new(),
            related: Vec::new(),
        });
    }
    for (path, finding) in discovered.problems {
        report.diagnostics.push(Diagnostic {
            rule: finding.rule,
            severity: settings.severity(finding.rule).unwrap_or(Severity::Error),
            message: finding.message,
            help: finding.help,
            path,
            span: None,
            pointer: String::new(),
            logical: String::new(),
            related: Vec::new(),
        });
    }

    let paths: Vec<PathBuf> = files.iter().map(|file| file.source.path.clone()).collect();
    for index in 0..files.len() {
        let findings = std::mem::take(&mut files[index].findings);
        let findings = settle(&files[index], findings);
        for finding in findings {
            if let Some(diagnostic) = to_diagnostic(&files, &paths, index, finding, &settings) {
                report.diagnostics.push(diagnostic);
            }
        }
    }
    for file in files {
        match file.content {
            Content::Topic(topic) => tree.topics.push((file.source.path.clone(), *topic)),
            Content::Bibliography(bibliography) => tree.bibliography = Some(bibliography),
            Content::Unusable => {}
        }
        report.files.push(file.source);
    }
    tree.settings = settings;
    report.trees.push(tree);
}

/// The findings of the rules that look at one file on its own; `sources` is the tree's
/// bibliography by id, or `None` when citations cannot be checked.
pub(crate) fn file_findings(
    file: &LoadedFile,
    settings: &Settings,
    sources: Option<&HashMap<String, Source>>,
) -> Vec<Finding> {
    match &file.content {
        Content::Topic(topic) => rules::check_topic(&TopicContext {
            topic,
            settings,
            sources,
        }),
        Content::Bibliography(bibliography) => bibliography
            .sources
            .iter()
            .enumerate()
            .flat_map(|(index, source)| {
                rules::check_source(source, &format!("/sources/{index}"), settings)
            })
            .collect(),
        Content::Unusable => Vec::new(),
    }
}

/// Whether the bibliography is whole enough to tell a dangling citation from a source
/// whose entry the schema rejected: if `sources` is missing or an id is invalid, every
/// citation of it would be reported again as dangling.
fn citations_checkable(file: &LoadedFile) -> bool {
    let ids_intact = !file
        .pruned
        .iter()
        .any(|pointer| pointer == "/sources" || pointer.ends_with("/id"));
    let sources_present = !file
        .findings
        .iter()
        .any(|finding| finding.rule == Rule::MissingField && finding.pointer == "/sources");
    ids_intact && sources_present
}

/// Rules that need the whole tree: unique topic and source ids, unused sources.
fn library_findings(
    files: &[LoadedFile],
    bibliography_index: Option<usize>,
) -> Vec<(usize, Finding)> {
    let mut findings = Vec::new();
    let topic_ids: Vec<(String, usize, String)> = files
        .iter()
        .enumerate()
        .filter_map(|(index, file)| match &file.content {
            Content::Topic(topic) => Some((topic.id.clone(), index, "/id".to_owned())),
            _ => None,
        })
        .collect();
    duplicate_id::check_list("topic", &topic_ids, &mut findings);

    let Some(bibliography_index) = bibliography_index else {
        return findings;
    };
    let Content::Bibliography(bibliography) = &files[bibliography_index].content else {
        return findings;
    };
    let source_ids: Vec<(String, usize, String)> = bibliography
        .sources
        .iter()
        .enumerate()
        .map(|(index, source)| {
            (
                source.id.clone(),
                bibliography_index,
                format!("/sources/{index}/id"),
            )
        })
        .collect();
    duplicate_id::check_list("source", &source_ids, &mut findings);

    // Citations of a topic that did not load are unknown; do not call sources unused.
    let every_topic_loaded = files
        .iter()
        .all(|file| file.kind != SchemaKind::Topic || matches!(file.content, Content::Topic(_)));
    if every_topic_loaded {
        let cited: HashSet<&str> = files
            .iter()
            .filter_map(|file| match &file.content {
                Content::Topic(topic) => Some(topic.as_ref()),
                _ => None,
            })
            .flat_map(|topic| {
                records(topic)
                    .into_iter()
                    .flat_map(|record| record.sources.iter().map(String::as_str))
            })
            .collect();
        for (index, source) in bibliography.sources.iter().enumerate() {
            if !source.id.is_empty() && !cited.contains(source.id.as_str()) {
                findings.push((
                    bibliography_index,
                    Finding::new(
                        Rule::UnusedSource,
                        format!("/sources/{index}"),
                        format!("source `{}` is not cited by any record", source.id),
                    )
                    .help(
                        "cite it from the record it supports, or remove it from the bibliography",
                    ),
                ));
            }
        }
    }
    findings
}

/// Resolves a finding's pointer and target to a span, and applies the configured severity.
pub(crate) fn to_diagnostic(
    files: &[LoadedFile],
    paths: &[PathBuf],
    index: usize,
    finding: Finding,
    settings: &Settings,
) -> Option<Diagnostic> {
    let severity = settings.severity(finding.rule)?;
    let file = &files[index];
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
            let other_index = if place.file == SAME_FILE {
                index
            } else {
                place.file
            };
            let other = files.get(other_index)?;
            let span = locate(
                &other.source,
                other.root.as_ref(),
                &place.pointer,
                &place.target,
            )?;
            Some(Related {
                message: place.message,
                path: paths[other_index].clone(),
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
