//! Writing exported files: the one place where pamphlet writes to the file system. Every
//! file is written whole to a temporary file beside it, synced and renamed into place, so
//! a crash or a kill never leaves a half-written file; no path leaves the output folder.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};

/// Writes `bytes` to `path` atomically: to a temporary file `.<name>.<random>.tmp` in the
/// same folder (made by `tempfile`, locked while this run writes it), synced to disk, then
/// renamed over `path` (the folder is synced too, so the rename lasts). On failure the
/// temporary file is removed and `path` is left as it was.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    fs::create_dir_all(folder)?;
    let prefix = temporary_prefix(name);
    remove_stale_temporaries(folder, &prefix);
    // Dropped on any failure below, which removes the temporary file.
    let mut temporary = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TEMPORARY_SUFFIX)
        .tempfile_in(folder)?;
    // Held until the file is renamed and closed: a run that finds the file locked knows
    // its writer is alive, on every platform, where a process id would not tell.
    temporary.as_file().lock()?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|error| error.error)?;
    sync_folder(folder)
}

const TEMPORARY_SUFFIX: &str = ".tmp";

/// The start of the name of every temporary file of `name`: `.<name>.`.
fn temporary_prefix(name: &std::ffi::OsStr) -> String {
    format!(".{}.", name.to_string_lossy())
}

/// Removes the temporary files of a file that killed runs left in `folder`: those no
/// process holds locked. Another run writing the same folder holds its own. A failure here
/// only leaves a hidden file behind, so it is not an error.
fn remove_stale_temporaries(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let ours = file_name.to_str().is_some_and(|file_name| {
            file_name.starts_with(prefix) && file_name.ends_with(TEMPORARY_SUFFIX)
        });
        if !ours {
            continue;
        }
        let Ok(file) = File::open(entry.path()) else {
            continue;
        };
        // The lock of a writer that was killed went with its process.
        if file.try_lock().is_ok() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Makes a rename in `folder` durable. Only Unix can open a folder to sync it.
fn sync_folder(folder: &Path) -> io::Result<()> {
    if cfg!(unix) {
        File::open(folder)?.sync_all()?;
    }
    Ok(())
}

/// The place of an exported file inside `out`. `relative` comes from an exporter and is
/// built from validated slugs; it is checked again here, so that no file lands outside
/// `out` whatever an exporter returns.
pub(crate) fn output_path(out: &Path, relative: &str) -> anyhow::Result<PathBuf> {
    let safe = !relative.is_empty()
        && relative.split('/').all(|part| {
            !part.is_empty()
                && !part.starts_with('.')
                && !part.contains(['\\', ':', '\0'])
                && matches!(
                    Path::new(part).components().next(),
                    Some(Component::Normal(_))
                )
        });
    if !safe {
        bail!("internal error: an exporter returned the unsafe path `{relative}`");
    }
    Ok(relative
        .split('/')
        .fold(out.to_path_buf(), |path, part| path.join(part)))
}

/// Refuses an output folder inside the content tree (or the tree itself): exported files
/// there would be read back as content by the next check, or overwrite it.
pub(crate) fn ensure_outside(out: &Path, content: &Path) -> anyhow::Result<()> {
    let content_root = content
        .canonicalize()
        .with_context(|| format!("reading `{}`", content.display()))?;
    let out_resolved = resolve_lexically(out)?;
    if out_resolved.starts_with(&content_root) {
        bail!(
            "the output folder `{}` is inside the content tree `{}`; choose a folder outside it",
            out.display(),
            content.display()
        );
    }
    Ok(())
}

/// `path` made absolute with symbolic links resolved, even when its last parts do not exist
/// yet: the longest existing ancestor is canonicalised and the rest appended (`..` applied).
fn resolve_lexically(path: &Path) -> anyhow::Result<PathBuf> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .context("reading the current folder")?
            .join(path)
    };
    let mut existing = absolute.as_path();
    let mut missing = Vec::new();
    let mut resolved = loop {
        match existing.canonicalize() {
            Ok(resolved) => break resolved,
            Err(_) => {
                let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
                    break existing.to_path_buf();
                };
                missing.push(name.to_owned());
                existing = parent;
            }
        }
    };
    for name in missing.iter().rev() {
        if name == ".." {
            resolved.pop();
        } else if name != "." {
            resolved.push(name);
        }
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{ensure_outside, output_path, write_atomically};

    /// A temporary file no process holds locked was left by a killed run and is removed;
    /// one a live writer holds, and another output's, are kept.
    #[test]
    fn removes_temporary_files_a_killed_run_left() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let stale = folder.path().join(".topic.json.a1b2c3.tmp");
        let live = folder.path().join(".topic.json.d4e5f6.tmp");
        let other_file = folder.path().join(".other.json.a1b2c3.tmp");
        for path in [&stale, &live, &other_file] {
            std::fs::write(path, b"half a fi").expect("a temporary file");
        }
        let writer = std::fs::File::open(&live).expect("open");
        writer.lock().expect("locked, as a live run holds it");
        write_atomically(&folder.path().join("topic.json"), b"{}").expect("written");
        assert!(
            !stale.exists(),
            "the stale temporary file of topic.json is removed"
        );
        assert!(live.exists(), "a live run's temporary file is kept");
        assert!(
            other_file.exists(),
            "another output's temporary file is not touched"
        );
    }

    #[test]
    fn writes_whole_files_and_leaves_no_temporary_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("a/b.csv");
        write_atomically(&path, b"first").expect("written");
        write_atomically(&path, b"second").expect("rewritten");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let names: Vec<_> = std::fs::read_dir(folder.path().join("a"))
            .expect("a folder")
            .map(|entry| entry.expect("an entry").file_name())
            .collect();
        assert_eq!(names, ["b.csv"]);
    }

    #[test]
    fn exported_paths_stay_inside_the_output_folder() {
        let out = Path::new("out");
        assert_eq!(
            output_path(out, "topics/hip.json").expect("safe"),
            Path::new("out/topics/hip.json")
        );
        for unsafe_path in [
            "",
            "../x",
            "/etc/passwd",
            "a//b",
            "a/../../b",
            ".hidden",
            "a\\b",
            "C:x",
        ] {
            assert!(output_path(out, unsafe_path).is_err(), "{unsafe_path}");
        }
    }

    #[test]
    fn an_output_folder_inside_the_content_tree_is_refused() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let content = folder.path().join("content");
        std::fs::create_dir_all(content.join("topics")).expect("folders");
        assert!(ensure_outside(&content, &content).is_err());
        assert!(ensure_outside(&content.join("out/new"), &content).is_err());
        assert!(ensure_outside(&content.join("topics"), &content).is_err());
        assert!(ensure_outside(&folder.path().join("content/../content/x"), &content).is_err());
        assert!(ensure_outside(&folder.path().join("out"), &content).is_ok());
        assert!(ensure_outside(&folder.path().join("content-out"), &content).is_ok());
        assert!(ensure_outside(&folder.path().join("content/../out"), &content).is_ok());
    }
}
