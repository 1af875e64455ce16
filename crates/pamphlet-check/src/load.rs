//! Reading a content tree: finding its files, reading and decoding each one
//! under the size budget, parsing it, validating it against its schema and
//! deserialising it into the typed model. Each file is parsed exactly once.

use std::io::Read;
use std::path::{Path, PathBuf};

use pamphlet_schema::{Bibliography, SchemaKind, Topic};
use serde_json::Value;

use crate::codes::{Family, Rule};
use crate::rules::load::invalid_yaml;
use crate::rules::{Finding, Target, schema};
use crate::settings::Settings;
use crate::source::SourceFile;
use crate::yaml::{self, Budget, LoadError, Mark, Node};

/// What a file turned out to hold.
#[derive(Debug)]
pub(crate) enum Content {
    Topic(Box<Topic>),
    Bibliography(Bibliography),
    /// The file could not be read, parsed or typed; its findings say why.
    Unusable,
}

/// One content file after loading, with the findings loading produced.
#[derive(Debug)]
pub(crate) struct LoadedFile {
    pub(crate) source: SourceFile,
    pub(crate) kind: SchemaKind,
    pub(crate) root: Option<Node>,
    pub(crate) content: Content,
    pub(crate) findings: Vec<Finding>,
    /// Pointers of nodes the schema rejected (see `schema::SchemaOutcome::pruned`).
    pub(crate) pruned: Vec<String>,
}

/// A file of the tree that could not even be listed or opened.
#[derive(Debug)]
pub(crate) struct Discovered {
    pub(crate) files: Vec<PathBuf>,
    pub(crate) problems: Vec<(PathBuf, Finding)>,
}

/// Deepest folder nesting followed inside a content tree.
const MAX_FOLDER_DEPTH: usize = 32;

/// Lists the YAML files under `root` in a stable order. Hidden entries are skipped;
/// symbolic links to folders are reported rather than followed, so loops cannot occur.
pub(crate) fn discover(root: &Path) -> Discovered {
    let mut discovered = Discovered {
        files: Vec::new(),
        problems: Vec::new(),
    };
    let mut pending = vec![(root.to_path_buf(), 0usize)];
    while let Some((folder, depth)) = pending.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(error) => {
                discovered.problems.push((
                    folder.clone(),
                    unreadable(&format!("the folder cannot be read: {error}")),
                ));
                continue;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .collect();
        paths.sort();
        for path in paths {
            let hidden = path
                .file_name()
                .and_then(|name| name.to_str())
                .is_none_or(|name| name.starts_with('.'));
            if hidden {
                continue;
            }
            let is_yaml = path
                .extension()
                .and_then(|extension| extension.to_str())
                .is_some_and(|extension| {
                    extension.eq_ignore_ascii_case("yaml") || extension.eq_ignore_ascii_case("yml")
                });
            let link = std::fs::symlink_metadata(&path)
                .map(|metadata| metadata.file_type().is_symlink())
                .unwrap_or(false);
            match std::fs::metadata(&path) {
                Ok(metadata) if metadata.is_dir() => {
                    if link {
                        discovered.problems.push((path, unreadable("this symbolic link to a folder is not followed, so its files are not checked")));
                    } else if depth + 1 > MAX_FOLDER_DEPTH {
                        discovered.problems.push((
                            path,
                            unreadable("folders are nested too deeply to be checked"),
                        ));
                    } else {
                        pending.push((path, depth + 1));
                    }
                }
                Ok(metadata) if metadata.is_file() => {
                    if is_yaml {
                        discovered.files.push(path);
                    }
                }
                Ok(_) => {
                    if is_yaml {
                        discovered
                            .problems
                            .push((path, unreadable("this is not a regular file")));
                    }
                }
                Err(error) => {
                    if is_yaml || link {
                        discovered
                            .problems
                            .push((path, unreadable(&format!("it cannot be opened: {error}"))));
                    }
                }
            }
        }
    }
    discovered.files.sort();
    discovered
        .problems
        .sort_by(|left, right| left.0.cmp(&right.0));
    discovered
}

fn unreadable(message: &str) -> Finding {
    Finding::new(Rule::UnreadableFile, "", message)
        .help("restore the file or its permissions, or remove it from the content tree")
}

/// Reads, parses, validates and types one file.
pub(crate) fn load_file(path: &Path, kind: SchemaKind, settings: &Settings) -> LoadedFile {
    match read_limited(path, settings.max_file_bytes) {
        Ok(bytes) => {
            let mut loaded = load_bytes(path, &bytes, kind);
            loaded
                .findings
                .extend(unresolved_schema_comment(&loaded.source, kind));
            loaded
        }
        Err(finding) => {
            let mut loaded = unusable(path, kind);
            loaded.findings.push(*finding);
            loaded
        }
    }
}

fn unusable(path: &Path, kind: SchemaKind) -> LoadedFile {
    LoadedFile {
        source: SourceFile::new(path.to_path_buf(), ""),
        kind,
        root: None,
        content: Content::Unusable,
        findings: Vec::new(),
        pruned: Vec::new(),
    }
}

/// Decodes, parses, validates and types the bytes of one file named `path` (which is
/// not read: it only names the file in findings). The size budget is the caller's.
pub(crate) fn load_bytes(path: &Path, bytes: &[u8], kind: SchemaKind) -> LoadedFile {
    let mut loaded = unusable(path, kind);
    let text = match decode(bytes) {
        Ok(text) => text,
        Err((offset, message)) => {
            let prefix = String::from_utf8_lossy(&bytes[..offset.min(bytes.len())]).into_owned();
            loaded.source = SourceFile::new(path.to_path_buf(), prefix);
            let at = loaded.source.text.len();
            loaded.findings.push(
                Finding::new(Rule::InvalidEncoding, "", message)
                    .help("save the file as UTF-8 text, or remove it if it is not a content file")
                    .target(Target::Bytes(at..at)),
            );
            return loaded;
        }
    };
    loaded.source = SourceFile::new(path.to_path_buf(), text);
    // An empty file is reported as empty; asking for its schema comment would only add noise.
    if !loaded.source.text.trim().is_empty()
        && let Some(finding) = schema_comment_problem(&loaded.source, kind)
    {
        loaded.findings.push(finding);
    }
    let outcome = yaml::load(&loaded.source.text, Budget::default());
    for error in outcome.errors {
        loaded
            .findings
            .push(load_error_finding(&loaded.source, error));
    }
    let Some(root) = outcome.root else {
        return loaded;
    };
    let instance = root.to_json();
    loaded.root = Some(root);
    let outcome = schema::validate(kind, instance);
    loaded.findings.extend(outcome.findings);
    loaded.pruned = outcome.pruned;
    let schema_clean = loaded
        .findings
        .iter()
        .all(|finding| finding.rule.family() != Family::Schema);
    if let Some(instance) = outcome.instance {
        match typed(kind, instance) {
            Ok(content) => loaded.content = content,
            // The schema is generated from the same types, so this is a gap between them;
            // say so rather than skip the file's rules silently.
            Err(error) if schema_clean => loaded.findings.push(
                Finding::new(
                    Rule::InvalidValue,
                    "",
                    format!("the file could not be read as a {}: {error}", kind_noun(kind)),
                )
                .help("this value passes the schema but not pamphlet's model; please report it with the file"),
            ),
            Err(_) => {}
        }
    }
    loaded
}

fn typed(kind: SchemaKind, instance: Value) -> Result<Content, serde_json::Error> {
    Ok(match kind {
        SchemaKind::Topic => Content::Topic(Box::new(serde_json::from_value::<Topic>(instance)?)),
        SchemaKind::Bibliography => {
            Content::Bibliography(serde_json::from_value::<Bibliography>(instance)?)
        }
    })
}

fn kind_noun(kind: SchemaKind) -> &'static str {
    match kind {
        SchemaKind::Topic => "topic",
        SchemaKind::Bibliography => "bibliography",
    }
}

fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Box<Finding>> {
    let file = std::fs::File::open(path)
        .map_err(|error| unreadable(&format!("the file cannot be opened: {error}")))?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| Box::new(unreadable(&format!("the file cannot be read: {error}"))))?;
    if bytes.len() as u64 > limit {
        return Err(Box::new(too_large(limit)));
    }
    Ok(bytes)
}

/// `load_bytes` for bytes held in memory (an editor's buffer, a fuzzer's input), under the
/// same `max-file-bytes` budget `load_file` reads files with.
pub(crate) fn load_in_memory(
    path: &Path,
    bytes: &[u8],
    kind: SchemaKind,
    limit: u64,
) -> LoadedFile {
    if bytes.len() as u64 > limit {
        let mut file = unusable(path, kind);
        file.findings.push(too_large(limit));
        file
    } else {
        load_bytes(path, bytes, kind)
    }
}

/// The finding for a file over the `max-file-bytes` budget.
fn too_large(limit: u64) -> Finding {
    Finding::new(
        Rule::InputTooLarge,
        "",
        format!("the file is larger than the {limit}-byte limit"),
    )
    .help("split the guide into several topics or remove pasted data; `max-file-bytes` in pamphlet.toml sets the limit")
    .target(Target::Bytes(0..0))
}

/// Decodes UTF-8 (dropping a byte-order mark). Refuses UTF-16, NUL bytes and invalid
/// UTF-8, returning the byte offset of the problem and a message.
fn decode(bytes: &[u8]) -> Result<String, (usize, String)> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err((
            0,
            "the file is UTF-16 text; pamphlet reads UTF-8".to_owned(),
        ));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let skipped = bytes.len() - body.len();
    if let Some(offset) = body.iter().position(|byte| *byte == 0) {
        return Err((
            skipped + offset,
            "the file contains a NUL byte: it looks like a binary file, not text".to_owned(),
        ));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => Err((
            skipped + error.valid_up_to(),
            format!(
                "the file is not valid UTF-8 (byte {} is not part of a UTF-8 character)",
                skipped + error.valid_up_to()
            ),
        )),
    }
}

/// A missing schema comment, or one that points at the other kind's schema.
fn schema_comment_problem(source: &SourceFile, kind: SchemaKind) -> Option<Finding> {
    let first_line = source.line_text(1);
    let wanted = kind.file_name();
    let message = match first_line.strip_prefix("# yaml-language-server: $schema=") {
        None => "the file does not start with the schema comment for editors".to_owned(),
        Some(target) if !target.trim_end().ends_with(wanted) => {
            format!(
                "the schema comment points at `{}`, not at the {wanted} this file needs",
                target.trim()
            )
        }
        Some(_) => return None,
    };
    Some(
        Finding::new(Rule::MissingSchemaComment, "", message)
            .help(format!(
                "make the first line `# yaml-language-server: $schema=<path to>/schema/{wanted}` so editors check fields as you type"
            ))
            .target(Target::Bytes(0..first_line.len())),
    )
}

/// A schema comment that names a file which is not there, seen from the folder of the
/// file on disk: an editor then checks nothing, and says so quietly if at all. A web
/// address is taken as written, as checking it would need the network; a `file:` address
/// is followed like a path.
pub(crate) fn unresolved_schema_comment(source: &SourceFile, kind: SchemaKind) -> Option<Finding> {
    let first_line = source.line_text(1);
    let target = first_line
        .strip_prefix("# yaml-language-server: $schema=")?
        .trim();
    if !target.ends_with(kind.file_name()) {
        return None;
    }
    let folder = source.path.parent().unwrap_or(Path::new(""));
    let resolved = if target.starts_with("file:") {
        // An address that is not a local file's is reported as a path that leads nowhere.
        url::Url::parse(target)
            .ok()
            .and_then(|address| address.to_file_path().ok())
            .unwrap_or_else(|| PathBuf::from(target))
    } else if target.contains("://") {
        return None;
    } else {
        // The system resolves the path, links and all; `tidy` only writes it for a reader.
        folder.join(target)
    };
    if resolved.is_file() {
        return None;
    }
    let resolved = tidy(&resolved);
    let target_start = first_line.find(target).unwrap_or(0);
    let name = match kind {
        SchemaKind::Topic => "topic",
        SchemaKind::Bibliography => "bibliography",
    };
    let there = if resolved.is_dir() {
        "a folder is there, not the schema"
    } else {
        "no file is there"
    };
    let help = match schema_above(folder, kind).filter(|found| found != target) {
        Some(found) => format!(
            "the schema is at `{found}` from this file's folder: write that path after `$schema=`"
        ),
        None => format!(
            "write the schema into the tree with `pamphlet schema {name} > schema/{}` (`pamphlet init` does this), then give its path relative to this file's folder",
            kind.file_name()
        ),
    };
    Some(
        Finding::new(
            Rule::MissingSchemaComment,
            "",
            format!(
                "the schema comment points at `{target}`, but {there} (looked for `{}`{})",
                resolved.display(),
                if resolved.is_relative() {
                    ", from the folder pamphlet runs in"
                } else {
                    ""
                }
            ),
        )
        .help(help)
        .target(Target::Bytes(target_start..target_start + target.len())),
    )
}

/// `path` with each `name/..` pair taken out, as a reader would write it
/// (`content/topics/../../schema` is `schema`). Links are not followed, so the result is
/// for messages only: whether a file is there is asked of the path as written.
fn tidy(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut tidied = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(tidied.components().next_back(), Some(Component::Normal(_))) =>
            {
                tidied.pop();
            }
            other => tidied.push(other),
        }
    }
    if tidied.as_os_str().is_empty() {
        tidied.push(".");
    }
    tidied
}

/// The path, from `folder`, of the nearest `schema/<file>` for `kind` in `folder` or a
/// folder above it: where `pamphlet init` writes the schemas, and where this repository
/// keeps them.
fn schema_above(folder: &Path, kind: SchemaKind) -> Option<String> {
    let start = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let absolute = start.canonicalize().ok()?;
    absolute
        .ancestors()
        .enumerate()
        .find(|(_, above)| above.join("schema").join(kind.file_name()).is_file())
        .map(|(depth, _)| format!("{}schema/{}", "../".repeat(depth), kind.file_name()))
}

/// The flow lists and mappings (`[`, `{`) still open at a syntax error at `at`, innermost
/// first, as byte offsets of their brackets, when the error is where one was left
/// unclosed: on a later line that is indented no deeper than the line the outermost opened
/// on, the next key or item of the block around it. A comma missing inside a list that
/// closes on its own line is not such an error.
fn unclosed_flow(source: &SourceFile, at: Mark, open: &[Mark]) -> Vec<usize> {
    let flows: Vec<(Mark, usize)> = open
        .iter()
        .map(|mark| (*mark, source.byte_of(mark.line, mark.column as usize)))
        .filter(|(_, byte)| source.text[*byte..].starts_with(['[', '{']))
        .collect();
    let Some((outermost, _)) = flows.first() else {
        return Vec::new();
    };
    let indent = |line: u32| {
        let text = source.line_text(line);
        text.len() - text.trim_start_matches(' ').len()
    };
    if at.line <= outermost.line || indent(at.line) > indent(outermost.line) {
        return Vec::new();
    }
    flows.iter().rev().map(|(_, byte)| *byte).collect()
}

/// The byte offset of the first tab at or after the line before `at`.
fn first_tab_near(source: &SourceFile, at: Mark) -> Option<usize> {
    let from = source.byte_of(at.line.saturating_sub(1).max(1), 0);
    source
        .text
        .get(from..)?
        .find('\t')
        .map(|offset| from + offset)
}

fn load_error_finding(source: &SourceFile, error: LoadError) -> Finding {
    let bytes_at = |mark: Mark| {
        let start = source.byte_of(mark.line.max(1), mark.column as usize);
        let end = source.text[start..]
            .chars()
            .next()
            .map_or(start, |character| start + character.len_utf8());
        start..end
    };
    match error {
        LoadError::Syntax { message, at, open } => match first_tab_near(source, at) {
            // The parser reports a tab where it gave up, often a line early; point at the tab.
            Some(tab) if message.contains("tab") => {
                Finding::new(Rule::InvalidYaml, "", "a tab is used for indentation; YAML indents with spaces only")
                    .help("replace the tab with spaces (editors can show tabs and convert them)")
                    .target(Target::Bytes(tab..tab + 1))
            }
            // An unclosed `[` or `{` makes the parser give up lines later, where the next
            // key looks wrong inside the list; point at the bracket instead.
            // (A list nested past the parser's depth limit is open too, but that is not
            // its fault.)
            _ if !message.contains("recursion")
                && let unclosed = unclosed_flow(source, at, &open)
                && let Some(&opener) = unclosed.first() =>
            {
                let bracket = if source.text[opener..].starts_with('{') { '{' } else { '[' };
                let closers: String = unclosed
                    .iter()
                    .map(|byte| if source.text[*byte..].starts_with('{') { '}' } else { ']' })
                    .collect();
                let opened = source.position_of(opener).line;
                let example = if bracket == '{' {
                    "`weeks: {from: 1, to: 2}`"
                } else {
                    "`sources: [first-source, second-source]`"
                };
                Finding::new(
                    Rule::InvalidYaml,
                    "",
                    format!(
                        "this `{bracket}` is never closed (the YAML parser gave up at line {}:{}: {message})",
                        at.line,
                        at.column + 1
                    ),
                )
                .help(format!(
                    "add the closing `{closers}` where the {} ends, usually at the end of line {opened}, as in {example}",
                    if bracket == '{' { "mapping" } else { "list" }
                ))
                .target(Target::Bytes(opener..opener + 1))
            }
            _ => Finding::new(Rule::InvalidYaml, "", format!("invalid YAML: {message}"))
                .help(invalid_yaml::HELP)
                .target(Target::Bytes(bytes_at(at))),
        },
        LoadError::DuplicateKey { key, at, first } => {
            let first_bytes = bytes_at(first.start);
            Finding::new(Rule::DuplicateKey, "", format!("the key `{key}` appears twice in this mapping; the first value is kept"))
                .help("merge the two entries, or delete the one you do not want")
                .target(Target::Bytes(source.byte_of(at.start.line, at.start.column as usize)..source.byte_of(at.end.line, at.end.column as usize)))
                .related_bytes(first_bytes, "first written here")
        }
        LoadError::TooDeep { at, limit } => Finding::new(Rule::InputTooLarge, "", format!("the file nests deeper than {limit} levels"))
            .help("content files are at most a few levels deep; remove the deep nesting")
            .target(Target::Bytes(bytes_at(at))),
        LoadError::TooManyNodes { at, limit } => Finding::new(
            Rule::InputTooLarge,
            "",
            format!("the file expands to more than {limit} values (are aliases repeating a list many times?)"),
        )
        .help("write lists out instead of repeating them through YAML aliases")
        .target(Target::Bytes(bytes_at(at))),
        LoadError::TooMuchText { at, limit } => Finding::new(
            Rule::InputTooLarge,
            "",
            format!("the file holds more than {limit} bytes of text (counting every copy an alias makes)"),
        )
        .help("content files hold a few pages of text; split or shorten this value")
        .target(Target::Bytes(bytes_at(at))),
        LoadError::UnknownAlias { at } => Finding::new(Rule::InvalidYaml, "", "this alias refers to an anchor that is not defined before it")
            .help("define the anchor (`&name`) before using it (`*name`)")
            .target(Target::Bytes(bytes_at(at))),
        LoadError::ComplexKey { at } => Finding::new(Rule::InvalidYaml, "", "a mapping key must be plain text, not a list or mapping")
            .help("write the key as plain text followed by a colon")
            .target(Target::Bytes(bytes_at(at))),
        LoadError::MultipleDocuments { at } => Finding::new(Rule::InvalidYaml, "", "the file holds more than one YAML document (a second `---`)")
            .help("keep one topic per file; move the second document to a file of its own")
            .target(Target::Bytes(bytes_at(at))),
        LoadError::Empty => Finding::new(Rule::InvalidYaml, "", "the file is empty")
            .help("write the topic or bibliography, or delete the file")
            .target(Target::Bytes(0..0)),
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use pamphlet_schema::SchemaKind;

    use super::unresolved_schema_comment;
    use crate::source::SourceFile;

    /// The bundled guide's path in this repository, whose comment resolves.
    fn bundled_topic() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/topics/hip-trigger-points.yaml")
    }

    fn finding_for(path: PathBuf, first_line: &str) -> Option<String> {
        let source = SourceFile::new(path, format!("{first_line}\nid: a\n"));
        unresolved_schema_comment(&source, SchemaKind::Topic).map(|finding| finding.message)
    }

    #[test]
    fn a_schema_comment_is_followed_from_the_files_folder() {
        let comment = "# yaml-language-server: $schema=../../schema/topic.schema.json";
        assert_eq!(finding_for(bundled_topic(), comment), None);
        let moved = bundled_topic().with_file_name("deeper/hip.yaml");
        let message = finding_for(moved, comment).expect("no schema two folders up from there");
        assert!(message.contains("no file is there"), "{message}");
    }

    #[test]
    fn the_help_gives_the_path_that_leads_to_the_schema() {
        let comment = "# yaml-language-server: $schema=../schema/topic.schema.json";
        let source = SourceFile::new(bundled_topic(), format!("{comment}\nid: a\n"));
        let finding = unresolved_schema_comment(&source, SchemaKind::Topic)
            .expect("one folder up from content/topics is content/, which has no schema/");
        assert_eq!(
            finding.help.as_deref(),
            Some(
                "the schema is at `../../schema/topic.schema.json` from this file's folder: write that path after `$schema=`"
            )
        );
        // The path looked at is written as a reader would: no `topics/..` in it.
        assert!(
            finding
                .message
                .ends_with("/content/schema/topic.schema.json`)")
                && !finding.message.contains("topics/.."),
            "{}",
            finding.message
        );
    }

    #[test]
    fn a_file_address_is_followed_and_a_folder_is_not_a_schema() {
        let schema = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../schema/topic.schema.json")
            .canonicalize()
            .expect("the repository's schema");
        let address = url::Url::from_file_path(&schema).expect("an absolute path");
        let comment = format!("# yaml-language-server: $schema={address}");
        assert_eq!(finding_for(bundled_topic(), &comment), None);
        let gone = format!("{comment}.gone").replace(".json.gone", ".gone/topic.schema.json");
        let message = finding_for(bundled_topic(), &gone).expect("no such file");
        assert!(message.contains("no file is there"), "{message}");

        let folder = std::env::temp_dir().join(format!("pamphlet-folder-{}", std::process::id()));
        let named_like_the_schema = folder.join("topic.schema.json");
        std::fs::create_dir_all(&named_like_the_schema).expect("a temporary folder");
        let message = finding_for(
            folder.join("topic.yaml"),
            "# yaml-language-server: $schema=topic.schema.json",
        );
        let _ = std::fs::remove_dir_all(&folder);
        let message = message.expect("a folder is not a schema");
        assert!(
            message.contains("a folder is there, not the schema"),
            "{message}"
        );
    }

    /// The PAM001 message for `text`, if it does not load.
    fn syntax_message(text: &str) -> String {
        let source = SourceFile::new(PathBuf::from("t.yaml"), text.to_owned());
        let loaded = crate::yaml::load(text, crate::yaml::Budget::default());
        let error = loaded.errors.into_iter().next().expect("a syntax error");
        let finding = super::load_error_finding(&source, error);
        let at = match finding.target {
            crate::rules::Target::Bytes(range) => source.position_of(range.start),
            _ => panic!("no place"),
        };
        format!(
            "{}:{} {} | {}",
            at.line,
            at.column,
            finding.message,
            finding.help.unwrap_or_default()
        )
    }

    #[test]
    fn an_unclosed_list_is_found_where_it_opens() {
        let message = syntax_message("a:\n  sources: [one, \"two]\" # three]\n\nb: c\n");
        assert!(
            message.starts_with("2:12 this `[` is never closed"),
            "{message}"
        );
        assert!(message.contains("add the closing `]`"), "{message}");
        let message = syntax_message("a:\n  weeks: {from: 1,\n  c: d\n");
        assert!(
            message.starts_with("2:10 this `{` is never closed"),
            "{message}"
        );
        assert!(message.contains("`weeks: {from: 1, to: 2}`"), "{message}");
    }

    #[test]
    fn a_closed_list_with_a_fault_inside_is_not_called_unclosed() {
        for text in [
            "a:\n  weeks: {from: 1 to: 2}\n",
            "a:\n  sources: [\"one\" \"two\"]\n",
            "a:\n  sources: [one, women's-health]\n  name: Poor: posture: x\n",
            "a: >-\n  text\n  [Note: it's best to check]\nb: c: d\n",
            "a:\n  sources: [one,\n    \"two\" \"three\",\n    four]\n",
        ] {
            let message = syntax_message(text);
            assert!(!message.contains("never closed"), "{text:?}: {message}");
        }
    }

    #[test]
    fn a_web_address_is_taken_as_written() {
        let comment =
            "# yaml-language-server: $schema=https://example.org/schema/topic.schema.json";
        assert_eq!(
            finding_for(PathBuf::from("/nowhere/topic.yaml"), comment),
            None
        );
    }
}
