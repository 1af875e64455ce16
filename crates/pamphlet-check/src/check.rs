//! The check run: loads each content tree in parallel, runs the rules, applies
//! suppressions and settings, and resolves every finding to a positioned
//! `Diagnostic`. This is the entry point of the crate.

use std::path::{Path, PathBuf};

use pamphlet_schema::{Bibliography, IsoDate, Topic};

use crate::diagnostic::{Diagnostic, Severity};
use crate::settings::Settings;
use crate::source::SourceFile;
use crate::tree::check_tree;

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

/// The content tree a file belongs to: the nearest folder above it holding
/// `pamphlet.toml`, or its own folder.
pub fn tree_root_of(file: &Path) -> PathBuf {
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use pamphlet_schema::{IsoDate, SchemaKind};

    use super::{CheckOptions, check};

    fn bundled() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
    }

    /// A check keeps nothing of a clean file but its name, so that a tree of any size is
    /// checked in the memory of a few files; an exporter asks for the typed content.
    #[test]
    fn a_clean_file_leaves_only_its_name_unless_content_is_kept() {
        let today = IsoDate::parse("2026-12-02").expect("a date");
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
                "hip-trigger-points.es.yaml",
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
        assert_eq!(kept.trees[0].topics.len(), 2);
        assert!(kept.trees[0].bibliography.is_some());
    }

    /// A duplicate topic id is reported on the second file with the first as a related
    /// place, and the first file's text is kept for renderers to quote, although that file
    /// has no diagnostics of its own.
    #[test]
    fn a_related_place_in_a_clean_file_keeps_that_file_text() {
        let base = std::env::temp_dir().join(format!("pamphlet-related-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        // As in the repository, with the schemas the files' comments point at beside them.
        let tree = base.join("content");
        std::fs::create_dir_all(tree.join("topics")).expect("a folder");
        std::fs::create_dir_all(base.join("schema")).expect("a folder");
        for kind in SchemaKind::ALL {
            let name = format!("schema/{}", kind.file_name());
            std::fs::copy(bundled().join("..").join(&name), base.join(&name)).expect("copied");
        }
        for name in [
            "pamphlet.toml",
            "bibliography.yaml",
            "topics/hip-trigger-points.yaml",
        ] {
            std::fs::copy(bundled().join(name), tree.join(name)).expect("copied");
        }
        let first = tree.join("topics/hip-trigger-points.yaml");
        std::fs::copy(&first, tree.join("topics/zz-copy.yaml")).expect("copied");
        let today = IsoDate::parse("2026-12-02").expect("a date");
        let options = CheckOptions {
            today,
            keep_content: false,
        };
        let report = check(std::slice::from_ref(&tree), &options).expect("readable");
        let _ = std::fs::remove_dir_all(&base);
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
