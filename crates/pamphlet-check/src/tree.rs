//! One content tree's check, in stages that each return what the next reads: the
//! settings (`configure`), the bibliography (`TreeBibliography::read`), every topic on its
//! own (`check_topics`), the rules that need the whole tree (`apply_tree_rules`), then the
//! tree's share of the report (`check_tree`).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use pamphlet_schema::{IsoDate, SchemaKind, Source};
use rayon::prelude::*;

use crate::check::{CheckOptions, CheckedTree, Report};
use crate::checked_file::CheckedFile;
use crate::codes::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Content, LoadedFile, discover, load_file};
use crate::locate::locate;
use crate::rules::sourcing::{duplicate_id, unused_source};
use crate::rules::translations::{self, Variant};
use crate::rules::{Finding, RelatedPlace, SAME_FILE};
use crate::settings::{Settings, apply_config};
use crate::source::SourceFile;

/// Checks one content tree in stages, each returning what the next reads: the settings
/// (`configure`), the bibliography (`TreeBibliography::read`), every topic on its own
/// (`check_topics`), the rules that need the whole tree (`apply_tree_rules`); then adds
/// the tree's share to the report.
pub(crate) fn check_tree(root: &Path, options: &CheckOptions, report: &mut Report) {
    let configuration = configure(root, options.today);
    let settings = configuration.settings;
    let discovered = discover(root);
    let bibliography = TreeBibliography::read(root, &discovered.files, &settings);
    let missing_bibliography = bibliography.missing();
    let files = check_topics(&discovered.files, &bibliography, &settings, options);
    let files = apply_tree_rules(files, bibliography, &settings, options);

    report.diagnostics.extend(configuration.diagnostics);
    report.checked.extend(configuration.path);
    report.files.extend(configuration.file);
    report.diagnostics.extend(missing_bibliography);
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
    for file in files {
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
pub(crate) struct Configuration {
    pub(crate) settings: Settings,
    /// The file, when the tree has one.
    path: Option<PathBuf>,
    /// Its text, kept only when it has diagnostics to show.
    file: Option<SourceFile>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Reads the tree's `pamphlet.toml`. Every problem is reported, and the settings it
/// concerns keep their defaults, so one slip in the configuration hides nothing else.
pub(crate) fn configure(root: &Path, today: IsoDate) -> Configuration {
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
    let mut problems = apply_config(&mut settings, &text);
    problems.extend(settings.load_fonts(root));
    let diagnostics: Vec<Diagnostic> = problems
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
pub(crate) struct TreeBibliography {
    /// Where the settings say it is.
    pub(crate) path: PathBuf,
    /// Its place among the tree's files; `None` when it is missing.
    index: Option<usize>,
    pub(crate) file: Option<LoadedFile>,
    /// Its sources by id, when it is whole enough to tell a dangling citation from a
    /// source its own diagnostics are about (`citations_checkable`).
    pub(crate) sources: Option<HashMap<String, Source>>,
}

impl TreeBibliography {
    /// The diagnostic of a tree without its bibliography file.
    pub(crate) fn missing(&self) -> Option<Diagnostic> {
        self.index.is_none().then(|| {
            Diagnostic::whole_file(
                Rule::MissingBibliography,
                Severity::Error,
                self.path.clone(),
                format!(
                    "the content tree has no bibliography: `{}` is missing",
                    self.path.display()
                ),
                Some(
                    "create it with a `sources:` list, or set `[content] bibliography` in pamphlet.toml"
                        .to_owned(),
                ),
            )
        })
    }

    pub(crate) fn read(root: &Path, files: &[PathBuf], settings: &Settings) -> TreeBibliography {
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
/// is checked last, with its own. Returns every file of the tree, in path order.
fn apply_tree_rules(
    mut files: Vec<Option<CheckedFile>>,
    bibliography: TreeBibliography,
    settings: &Settings,
    options: &CheckOptions,
) -> Vec<CheckedFile> {
    let sources = bibliography.sources.as_ref();
    let library = library_findings(
        &files,
        bibliography.index,
        bibliography.file.as_ref(),
        settings,
    );
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
        // A related place in another file (where a duplicate id was first used, the
        // record of an original) is located in that file, read again once: rare, as
        // only findings across files have one.
        let reread: RefCell<HashMap<usize, LoadedFile>> = RefCell::new(HashMap::new());
        let elsewhere = |place: &RelatedPlace| {
            let topic = files.get(place.file)?.as_ref()?;
            let mut reread = reread.borrow_mut();
            let file = reread
                .entry(place.file)
                .or_insert_with(|| load_file(&topic.path, topic.kind, settings));
            let span = locate(
                &file.source,
                file.root.as_ref(),
                &place.pointer,
                &place.target,
            )
            .or_else(|| topic.id.as_ref()?.1.clone())?;
            Some((topic.path.clone(), span))
        };
        for (index, findings) in library {
            if Some(index) == bibliography.index {
                bibliography_findings = findings;
            } else if let Some(Some(topic)) = files.get(index) {
                // Only a file with a finding across files (a duplicate id, a translation
                // that differs from its original) is read again, so that its
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
    files.into_iter().flatten().collect()
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
    settings: &Settings,
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
    // Translations against their originals; a topic whose id another topic has too is
    // left out, and so is a translation of it, whose original would be ambiguous
    // (duplicate-id reports the two topics).
    let mut id_counts: HashMap<&str, usize> = HashMap::new();
    for (id, _, _) in &topic_ids {
        *id_counts.entry(id.as_str()).or_default() += 1;
    }
    let unique = |id: &str| id_counts.get(id) == Some(&1);
    let tree = translations::Tree {
        files: topic_ids
            .iter()
            .filter(|(id, _, _)| unique(id))
            .map(|(id, index, _)| (id.as_str(), *index))
            .collect(),
        ambiguous: id_counts
            .iter()
            .filter(|(_, count)| **count > 1)
            .map(|(id, _)| *id)
            .collect(),
        translations: topics()
            .filter_map(|(index, file)| Some((index, file.variant.as_ref()?)))
            .filter(|(_, variant)| unique(&variant.id))
            .collect(),
    };
    // Originals are read again only when a translation names them.
    let originals: HashMap<usize, Variant> = tree
        .originals()
        .into_par_iter()
        .filter_map(|index| {
            let file = files.get(index)?.as_ref()?;
            match load_file(&file.path, SchemaKind::Topic, settings).content {
                Content::Topic(topic) => Some((index, Variant::of(topic.as_ref()))),
                _ => None,
            }
        })
        .collect();
    findings.extend(translations::check_tree(&tree, &originals, settings));

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
