//! One file of a content tree checked as an editor holds it: the text comes from the
//! caller, not from the disk, and the tree around it (its settings and bibliography) is
//! read once and kept (`TreeView`), so each change costs one file's rules. The language
//! server checks every change this way; the rules that need the whole tree run on the
//! saved tree through `check`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pamphlet_schema::{IsoDate, SchemaKind, Source};

use crate::check::CheckOptions;
use crate::checked_file::CheckedFile;
use crate::diagnostic::{Diagnostic, Span};
use crate::load::{Content, LoadedFile, load_in_memory, unresolved_schema_comment};
use crate::locate::locate;
use crate::rules::Target;
use crate::settings::Settings;
use crate::tree::{TreeBibliography, configure};

/// A content tree's settings and bibliography, read from the disk once, against which
/// single files are checked as they change.
pub struct TreeView {
    root: PathBuf,
    settings: Settings,
    bibliography: TreeBibliography,
}

impl TreeView {
    /// Reads the settings and the bibliography of the tree at `root`. A broken
    /// `pamphlet.toml` leaves the defaults in place, as `check` does; a missing or broken
    /// bibliography leaves citations unchecked.
    pub fn read(root: &Path, today: IsoDate) -> TreeView {
        let settings = configure(root, today).settings;
        let path = root.join(&settings.bibliography);
        let files: Vec<PathBuf> = path.is_file().then_some(path).into_iter().collect();
        let bibliography = TreeBibliography::read(root, &files, &settings);
        TreeView {
            root: root.to_path_buf(),
            settings,
            bibliography,
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Where the settings say the bibliography is.
    pub fn bibliography_path(&self) -> &Path {
        &self.bibliography.path
    }

    /// Whether `path` is the tree's bibliography (compared as written, then as the disk
    /// resolves both).
    pub fn is_bibliography(&self, path: &Path) -> bool {
        path == self.bibliography.path
            || matches!(
                (path.canonicalize(), self.bibliography.path.canonicalize()),
                (Ok(one), Ok(other)) if one == other
            )
    }

    /// Checks `text` as the file `path` of this tree, with every rule that looks at one
    /// file and its citations resolved against the bibliography; diagnostics come sorted
    /// as a `Report`'s. Rules that need the whole tree (unique ids across files, unused
    /// sources, translations against their originals) are left to `check`.
    pub fn check_text(&self, path: &Path, text: &str) -> Vec<Diagnostic> {
        let kind = if self.is_bibliography(path) {
            SchemaKind::Bibliography
        } else {
            SchemaKind::Topic
        };
        let mut file = load_in_memory(path, text.as_bytes(), kind, self.settings.max_file_bytes);
        // The buffer is a file of the tree, so its schema comment resolves as on disk.
        file.findings
            .extend(unresolved_schema_comment(&file.source, kind));
        let options = CheckOptions {
            today: self.settings.today,
            keep_content: false,
        };
        let sources = self.bibliography.sources.as_ref();
        let checked =
            CheckedFile::new(file, Vec::new(), &self.settings, sources, &options, &|_| {
                None
            });
        let mut diagnostics = checked.diagnostics;
        diagnostics.sort_by_cached_key(Diagnostic::sort_key);
        diagnostics.dedup();
        diagnostics
    }

    /// The bibliography's source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources()?.get(id)
    }

    /// The ids of the bibliography's sources, sorted.
    pub fn source_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .sources()
            .into_iter()
            .flat_map(HashMap::keys)
            .map(String::as_str)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// Where the source with this id is defined: the bibliography and the span of the
    /// entry's `id` value.
    pub fn source_definition(&self, id: &str) -> Option<(PathBuf, Span)> {
        let file: &LoadedFile = self.bibliography.file.as_ref()?;
        let Content::Bibliography(bibliography) = &file.content else {
            return None;
        };
        let index = bibliography
            .sources
            .iter()
            .position(|source| source.id == id)?;
        let span = locate(
            &file.source,
            file.root.as_ref(),
            &format!("/sources/{index}/id"),
            &Target::Value,
        )?;
        Some((file.source.path.clone(), span))
    }

    fn sources(&self) -> Option<&HashMap<String, Source>> {
        self.bibliography.sources.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use pamphlet_schema::IsoDate;

    use super::TreeView;
    use crate::check::{CheckOptions, check};
    use crate::codes::Rule;

    fn bundled() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
    }

    fn today() -> IsoDate {
        IsoDate::parse("2026-12-02").expect("a date")
    }

    /// A saved file gives the diagnostics `check` gives it, except for the whole-tree
    /// rules; an edit shows at once, with citations checked against the bibliography.
    #[test]
    fn checks_unsaved_text_against_the_trees_bibliography() {
        let view = TreeView::read(&bundled(), today());
        let path = bundled().join("topics/hip-trigger-points.yaml");
        let text = std::fs::read_to_string(&path).expect("the bundled topic");
        assert_eq!(view.check_text(&path, &text), Vec::new());

        let (_, after) = text
            .split_once("sources: [")
            .expect("a flow list of citations");
        let cited = after
            .split([',', ']'])
            .next()
            .expect("a citation")
            .to_owned();
        assert!(view.source(&cited).is_some());
        let misspelt = format!("{cited}x");
        let edited = text.replacen(
            &format!("sources: [{cited}"),
            &format!("sources: [{misspelt}"),
            1,
        );
        let diagnostics = view.check_text(&path, &edited);
        let dangling: Vec<_> = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.rule == Rule::DanglingCitation)
            .collect();
        assert_eq!(dangling.len(), 1, "{diagnostics:#?}");
        assert_eq!(dangling[0].suggestion(), Some(cited.as_str()));
        let span = dangling[0].span.as_ref().expect("a place");
        assert_eq!(&edited[span.bytes.clone()], misspelt);
    }

    #[test]
    fn the_bibliography_is_checked_as_a_bibliography() {
        let view = TreeView::read(&bundled(), today());
        let path = bundled().join("bibliography.yaml");
        let text = std::fs::read_to_string(&path).expect("the bundled bibliography");
        let report = check(
            std::slice::from_ref(&bundled()),
            &CheckOptions {
                today: today(),
                keep_content: false,
            },
        )
        .expect("readable");
        assert!(report.diagnostics.is_empty());
        assert_eq!(view.check_text(&path, &text), Vec::new());
        let broken = text.replacen("year:", "yaer:", 1);
        let rules: Vec<Rule> = view
            .check_text(&path, &broken)
            .iter()
            .map(|diagnostic| diagnostic.rule)
            .collect();
        assert!(rules.contains(&Rule::UnknownField), "{rules:?}");
    }

    #[test]
    fn a_citation_leads_to_its_entry() {
        let view = TreeView::read(&bundled(), today());
        let id = view.source_ids()[1];
        let (path, span) = view.source_definition(id).expect("defined");
        assert!(path.ends_with("bibliography.yaml"));
        let text = std::fs::read_to_string(&path).expect("the bibliography");
        assert_eq!(&text[span.bytes], id);
        assert!(view.source(id).is_some());
        assert!(view.source_definition("no-such-source").is_none());
    }
}
