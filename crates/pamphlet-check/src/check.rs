//! The check run: loads each content tree in parallel, runs the rules, applies
//! suppressions and settings, and resolves every finding to a positioned
//! `Diagnostic`. This is the entry point of the crate.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use pamphlet_schema::records::records;
use pamphlet_schema::{Bibliography, IsoDate, SchemaKind, Source, Topic};
use rayon::prelude::*;

use crate::codes::Rule;
use crate::diagnostic::{Diagnostic, Related, Severity, Span};
use crate::load::{Content, LoadedFile, discover, load_file};
use crate::locate::{locate, logical_path};
use crate::rules::sourcing::{duplicate_id, unused_source};
use crate::rules::{self, Finding, RelatedPlace, SAME_FILE, Target, TopicContext};
use crate::settings::{Settings, apply_config};
use crate::settle::settle;
use crate::source::SourceFile;

/// How a check run is set up.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// The date the currency rules compare against.
    pub today: IsoDate,
    /// Whether the report keeps the typed content of each tree (`CheckedTree::topics`
    /// and `bibliography`) for an exporter. Without it a check of any size runs in the
    /// memory of a few files: each file is dropped once its diagnostics are made.
    pub keep_content: bool,
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

/// A checked content tree: its settings, its typed content (when the run was asked to
/// keep it, `CheckOptions::keep_content`) and where it came from.
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
    /// Every file read, in the order they were read (`pamphlet.toml`, then the tree's
    /// files in path order).
    pub checked: Vec<PathBuf>,
    /// The text of each file that has diagnostics, for renderers that show source lines.
    /// Clean files are not kept, so that the memory of a run does not grow with the tree.
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

/// Checks one content tree in stages, each returning what the next reads: the settings
/// (`configure`), the bibliography (`TreeBibliography::read`), every topic on its own
/// (`check_topics`), the rules that need the whole tree (`apply_tree_rules`); then adds
/// the tree's share to the report.
fn check_tree(root: &Path, options: &CheckOptions, report: &mut Report) {
    let configuration = configure(root, options.today);
    let settings = configuration.settings;
    let discovered = discover(root);
    let bibliography = TreeBibliography::read(root, &discovered.files, &settings);
    let missing_bibliography = bibliography
        .index
        .is_none()
        .then(|| bibliography.path.clone());
    let mut files = check_topics(&discovered.files, &bibliography, &settings, options);
    apply_tree_rules(&mut files, bibliography, &settings, options);

    report.diagnostics.extend(configuration.diagnostics);
    report.checked.extend(configuration.path);
    report.files.extend(configuration.file);
    if let Some(path) = missing_bibliography {
        report.diagnostics.push(Diagnostic::whole_file(
            Rule::MissingBibliography,
            Severity::Error,
            path.clone(),
            format!(
                "the content tree has no bibliography: `{}` is missing",
                path.display()
            ),
            Some(
                "create it with a `sources:` list, or set `[content] bibliography` in pamphlet.toml"
                    .to_owned(),
            ),
        ));
    }
    for (path, finding) in discovered.problems {
        report.diagnostics.push(Diagnostic::whole_file(
            finding.rule,
            settings.severity(finding.rule).unwrap_or(Severity::Error),
            path,
            finding.message,
            finding.help,
        ));
    }
    let mut tree = CheckedTree {
        root: root.to_path_buf(),
        settings,
        topics: Vec::new(),
        bibliography: None,
    };
    for file in files.into_iter().flatten() {
        report.checked.push(file.path.clone());
        report.diagnostics.extend(file.diagnostics);
        report.files.extend(file.source);
        match file.content {
            Content::Topic(topic) => tree.topics.push((file.path, *topic)),
            Content::Bibliography(bibliography) => tree.bibliography = Some(bibliography),
            Content::Unusable => {}
        }
    }
    report.trees.push(tree);
}

/// A tree's settings from its `pamphlet.toml`, and what is wrong with that file.
struct Configuration {
    settings: Settings,
    /// The file, when the tree has one.
    path: Option<PathBuf>,
    /// Its text, kept only when it has diagnostics to show.
    file: Option<SourceFile>,
    diagnostics: Vec<Diagnostic>,
}

/// Reads the tree's `pamphlet.toml`. Every problem is reported, and the settings it
/// concerns keep their defaults, so one slip in the configuration hides nothing else.
fn configure(root: &Path, today: IsoDate) -> Configuration {
    let mut settings = Settings::new(today);
    let path = root.join("pamphlet.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Configuration {
            settings,
            path: None,
            file: None,
            diagnostics: Vec::new(),
        };
    };
    let file = SourceFile::new(path.clone(), text.as_str());
    let diagnostics: Vec<Diagnostic> = apply_config(&mut settings, &text)
        .into_iter()
        .map(|problem| {
            Diagnostic::whole_file(
                problem.rule,
                Severity::Error,
                path.clone(),
                problem.message,
                Some(problem.help),
            )
            .at(problem.bytes.map(|bytes| file.span_of(bytes)))
        })
        .collect();
    Configuration {
        settings,
        file: (!diagnostics.is_empty()).then_some(file),
        path: Some(path),
        diagnostics,
    }
}

/// A tree's bibliography, read before any topic: every citation is checked against it.
struct TreeBibliography {
    /// Where the settings say it is.
    path: PathBuf,
    /// Its place among the tree's files; `None` when it is missing.
    index: Option<usize>,
    file: Option<LoadedFile>,
    /// Its sources by id, when it is whole enough to tell a dangling citation from a
    /// source its own diagnostics are about (`citations_checkable`).
    sources: Option<HashMap<String, Source>>,
}

impl TreeBibliography {
    fn read(root: &Path, files: &[PathBuf], settings: &Settings) -> TreeBibliography {
        let path = root.join(&settings.bibliography);
        let index = files.iter().position(|file| *file == path);
        let file = index.map(|index| load_file(&files[index], SchemaKind::Bibliography, settings));
        let sources = file.as_ref().and_then(|file| match &file.content {
            Content::Bibliography(bibliography) if citations_checkable(file) => {
                let mut sources = HashMap::new();
                for source in &bibliography.sources {
                    // The first of two sources with one id wins.
                    sources
                        .entry(source.id.clone())
                        .or_insert_with(|| source.clone());
                }
                Some(sources)
            }
            _ => None,
        });
        TreeBibliography {
            path,
            index,
            file,
            sources,
        }
    }
}

/// Every topic file of the tree checked on its own, in parallel, through to its
/// diagnostics; only what the whole-tree rules need is kept of each (and its text while it
/// has diagnostics), so memory does not grow with the size of the tree. The bibliography's
/// place is left empty for `apply_tree_rules`.
fn check_topics(
    paths: &[PathBuf],
    bibliography: &TreeBibliography,
    settings: &Settings,
    options: &CheckOptions,
) -> Vec<Option<CheckedFile>> {
    let sources = bibliography.sources.as_ref();
    paths
        .par_iter()
        .enumerate()
        .map(|(index, path)| {
            (Some(index) != bibliography.index).then(|| {
                let file = load_file(path, SchemaKind::Topic, settings);
                CheckedFile::new(file, Vec::new(), settings, sources, options, &|_| None)
            })
        })
        .collect()
}

/// The rules that need the whole tree (unique topic and source ids, unused sources): their
/// findings join the file they are on, which is settled again with them; the bibliography
/// is checked last, with its own.
fn apply_tree_rules(
    files: &mut [Option<CheckedFile>],
    bibliography: TreeBibliography,
    settings: &Settings,
    options: &CheckOptions,
) {
    let sources = bibliography.sources.as_ref();
    let library = library_findings(files, bibliography.index, bibliography.file.as_ref());
    // Files that a whole-tree finding points into (where a duplicate id was first used).
    let related_files: BTreeSet<usize> = library
        .values()
        .flatten()
        .flat_map(|finding| &finding.related)
        .map(|place| place.file)
        .filter(|file| *file != SAME_FILE)
        .collect();
    let mut redone: Vec<(usize, CheckedFile)> = Vec::new();
    let mut bibliography_findings = Vec::new();
    let checked_bibliography = {
        let elsewhere = |place: &RelatedPlace| {
            let topic = files.get(place.file)?.as_ref()?;
            let (_, span) = topic.id.as_ref()?;
            Some((topic.path.clone(), span.clone()?))
        };
        for (index, findings) in library {
            if Some(index) == bibliography.index {
                bibliography_findings = findings;
            } else if let Some(Some(topic)) = files.get(index) {
                // Rare (two topics with one id): the file is read again, so that its
                // suppressions and settling see the whole-tree findings with its own.
                let file = load_file(&topic.path, SchemaKind::Topic, settings);
                redone.push((
                    index,
                    CheckedFile::new(file, findings, settings, sources, options, &elsewhere),
                ));
            }
        }
        bibliography.file.map(|file| {
            CheckedFile::new(
                file,
                bibliography_findings,
                settings,
                sources,
                options,
                &elsewhere,
            )
        })
    };
    for (index, topic) in redone {
        files[index] = Some(topic);
    }
    if let (Some(index), Some(checked)) = (bibliography.index, checked_bibliography) {
        files[index] = Some(checked);
    }
    // Renderers quote a related place's line; a file that has no diagnostics of its own
    // no longer has its text, so it is read again (rare: a duplicate id).
    for index in related_files {
        if let Some(Some(file)) = files.get_mut(index)
            && file.source.is_none()
        {
            file.source = Some(load_file(&file.path, file.kind, settings).source);
        }
    }
}

/// What a check run keeps of a file once its rules have run: its diagnostics, its text
/// only when they need it, its typed content only when the caller asked for it, and what
/// the rules that need the whole tree look at.
struct CheckedFile {
    path: PathBuf,
    kind: SchemaKind,
    /// Whether the file was typed (a topic or a bibliography the rules could read).
    usable: bool,
    /// A topic's id, with where it stands in the file.
    id: Option<(String, Option<Span>)>,
    /// The ids of the sources a topic's records cite.
    cited: Vec<String>,
    diagnostics: Vec<Diagnostic>,
    source: Option<SourceFile>,
    content: Content,
}

impl CheckedFile {
    /// Runs the rules that look at `file` on its own, adds the whole-tree `findings` on
    /// it, settles them and turns them into diagnostics; `elsewhere` locates a related
    /// place in another file.
    fn new(
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
        // Sorted with the whole report's, in `check`.
        let diagnostics: Vec<Diagnostic> = settle(&file, findings)
            .into_iter()
            .filter_map(|finding| to_diagnostic(&file, finding, settings, elsewhere))
            .collect();
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

/// Rules that need the whole tree: unique topic and source ids, unused sources. The
/// findings come grouped by the index of the file they are on.
fn library_findings(
    files: &[Option<CheckedFile>],
    bibliography_index: Option<usize>,
    bibliography: Option<&LoadedFile>,
) -> BTreeMap<usize, Vec<Finding>> {
    let mut findings = Vec::new();
    let topics = || {
        files
            .iter()
            .enumerate()
            .filter_map(|(index, file)| Some((index, file.as_ref()?)))
    };
    let topic_ids: Vec<(String, usize, String)> = topics()
        .filter_map(|(index, file)| {
            let (id, _) = file.id.as_ref()?;
            Some((id.clone(), index, "/id".to_owned()))
        })
        .collect();
    duplicate_id::check_list("topic", &topic_ids, &mut findings);

    if let (Some(bibliography_index), Some(file)) = (bibliography_index, bibliography)
        && let Content::Bibliography(bibliography) = &file.content
    {
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
        let every_topic_loaded =
            topics().all(|(_, file)| file.kind != SchemaKind::Topic || file.usable);
        if every_topic_loaded {
            let cited: HashSet<&str> = topics()
                .flat_map(|(_, file)| file.cited.iter().map(String::as_str))
                .collect();
            findings.extend(
                unused_source::check(bibliography, &cited)
                    .into_iter()
                    .map(|finding| (bibliography_index, finding)),
            );
        }
    }
    let mut grouped: BTreeMap<usize, Vec<Finding>> = BTreeMap::new();
    for (index, mut finding) in findings {
        for place in &mut finding.related {
            if place.file == index {
                place.file = SAME_FILE;
            }
        }
        grouped.entry(index).or_default().push(finding);
    }
    grouped
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use pamphlet_schema::IsoDate;

    use super::{CheckOptions, check};

    fn bundled() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
    }

    /// A check keeps nothing of a clean file but its name, so that a tree of any size is
    /// checked in the memory of a few files; an exporter asks for the typed content.
    #[test]
    fn a_clean_file_leaves_only_its_name_unless_content_is_kept() {
        let today = IsoDate::parse("2026-11-23").expect("a date");
        let lean = check(
            &[bundled()],
            &CheckOptions {
                today,
                keep_content: false,
            },
        )
        .expect("readable");
        assert!(lean.diagnostics.is_empty(), "{:#?}", lean.diagnostics);
        let names: Vec<String> = lean
            .checked
            .iter()
            .filter_map(|path| Some(path.file_name()?.to_str()?.to_owned()))
            .collect();
        assert_eq!(
            names,
            [
                "pamphlet.toml",
                "bibliography.yaml",
                "hip-trigger-points.yaml"
            ]
        );
        assert!(lean.files.is_empty());
        assert!(lean.trees[0].topics.is_empty());
        assert!(lean.trees[0].bibliography.is_none());

        let kept = check(
            &[bundled()],
            &CheckOptions {
                today,
                keep_content: true,
            },
        )
        .expect("readable");
        assert_eq!(kept.checked, lean.checked);
        assert_eq!(kept.trees[0].topics.len(), 1);
        assert!(kept.trees[0].bibliography.is_some());
    }

    /// A duplicate topic id is reported on the second file with the first as a related
    /// place, and the first file's text is kept for renderers to quote, although that file
    /// has no diagnostics of its own.
    #[test]
    fn a_related_place_in_a_clean_file_keeps_that_file_text() {
        let tree = std::env::temp_dir().join(format!("pamphlet-related-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tree);
        std::fs::create_dir_all(tree.join("topics")).expect("a folder");
        for name in [
            "pamphlet.toml",
            "bibliography.yaml",
            "topics/hip-trigger-points.yaml",
        ] {
            std::fs::copy(bundled().join(name), tree.join(name)).expect("copied");
        }
        let first = tree.join("topics/hip-trigger-points.yaml");
        std::fs::copy(&first, tree.join("topics/zz-copy.yaml")).expect("copied");
        let today = IsoDate::parse("2026-11-23").expect("a date");
        let options = CheckOptions {
            today,
            keep_content: false,
        };
        let report = check(std::slice::from_ref(&tree), &options).expect("readable");
        let _ = std::fs::remove_dir_all(&tree);
        assert_eq!(report.diagnostics.len(), 1, "{:#?}", report.diagnostics);
        let diagnostic = &report.diagnostics[0];
        assert_eq!(diagnostic.rule, crate::codes::Rule::DuplicateId);
        assert_eq!(diagnostic.related.len(), 1);
        let related = &diagnostic.related[0];
        assert_eq!(related.path, first);
        assert_eq!((related.span.start.line, related.span.start.column), (2, 5));
        let text = report.file(&first).expect("the first file's text is kept");
        assert_eq!(text.line_text(2), "id: hip-trigger-points");
    }
}
