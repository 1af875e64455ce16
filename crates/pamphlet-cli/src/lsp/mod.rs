//! `pamphlet lsp`: a Language Server Protocol server over standard input and output, so
//! that a writer sees pamphlet's findings as they type. Each change of an open file is
//! checked with every rule that looks at one file, against its tree's settings and
//! bibliography (`TreeView`); the rules that need the whole tree run on the saved tree
//! when a file is opened or saved, and their findings are shown with the others.
//!
//! The server never stops for bad input: a file that is not YAML, not in a content tree,
//! larger than the budget, or a request about a file it was never sent gets a diagnostic,
//! a logged message or an empty answer, and the next message is served.

mod features;
mod lines;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Context;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, LogMessage, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, GotoDefinition, HoverRequest, Request as _,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, DiagnosticRelatedInformation,
    DiagnosticSeverity, HoverProviderCapability, InitializeResult, Location, LogMessageParams,
    MessageType, NumberOrString, OneOf, PublishDiagnosticsParams, SaveOptions, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Url,
};
use pamphlet_check::{CheckOptions, Diagnostic, Severity, TreeView, check, tree_root_of};
use pamphlet_schema::IsoDate;

use self::features::FixData;
use self::lines::Lines;
use crate::ExitStatus;

/// Serves one client on standard input and output until it asks to exit.
pub(crate) fn run(today: IsoDate) -> anyhow::Result<ExitStatus> {
    let (connection, threads) = Connection::stdio();
    let (id, _) = connection
        .initialize_start()
        .context("waiting for the client's initialize request")?;
    let result = InitializeResult {
        capabilities: capabilities(),
        server_info: Some(ServerInfo {
            name: "pamphlet".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
    };
    // Answered here rather than by `initialize_finish`, which gives up on a client that
    // sends anything before its `initialized` notification.
    connection
        .sender
        .send(Message::Response(Response::new_ok(id, result)))
        .context("answering the client's initialize request")?;
    let mut server = Server {
        connection: &connection,
        today,
        documents: HashMap::new(),
        trees: HashMap::new(),
        shut_down: false,
    };
    let clean = server.serve();
    drop(connection);
    threads
        .join()
        .context("closing standard input and output")?;
    Ok(if clean {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_owned(), "[".to_owned(), ",".to_owned()]),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// A file the client has open: its text as the editor holds it.
struct Document {
    path: PathBuf,
    /// Its content tree, found once when it is opened; `None` outside any tree.
    root: Option<PathBuf>,
    text: String,
    /// The client's version of the text, given back with its diagnostics.
    version: i32,
}

/// A content tree some open file belongs to.
struct Tree {
    view: TreeView,
    /// When `pamphlet.toml` and the bibliography were last changed, when `view` was read.
    stamps: [Option<SystemTime>; 2],
    /// The findings of the last check of the saved tree, by file.
    saved: HashMap<PathBuf, Vec<Diagnostic>>,
    /// The texts `saved` was found in, for their positions (files with findings only).
    texts: HashMap<PathBuf, String>,
    /// Of `saved`, the findings of rules that need the whole tree, by open file, worked
    /// out when the file is first changed after a check.
    whole_tree: HashMap<PathBuf, Vec<Diagnostic>>,
}

struct Server<'a> {
    connection: &'a Connection,
    today: IsoDate,
    documents: HashMap<Url, Document>,
    /// By root folder.
    trees: HashMap<PathBuf, Tree>,
    shut_down: bool,
}

impl Server<'_> {
    /// Serves until the client's exit; whether it asked to shut down first.
    fn serve(&mut self) -> bool {
        while let Ok(message) = self.connection.receiver.recv() {
            match message {
                Message::Request(request) => self.request(request),
                Message::Notification(notification) if notification.method == "exit" => {
                    return self.shut_down;
                }
                Message::Notification(notification) => {
                    let method = notification.method.clone();
                    if let Err(error) = self.notification(notification) {
                        self.log(MessageType::ERROR, &format!("{method}: {error:#}"));
                    }
                }
                Message::Response(_) => {}
            }
        }
        // The client closed its end without an exit notification.
        false
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        if self.shut_down {
            return self.respond(Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server has shut down".to_owned(),
            ));
        }
        let answer = match request.method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                Response::new_ok(id, ())
            }
            HoverRequest::METHOD => self.answer::<HoverRequest>(request, |server, params| {
                let at = params.text_document_position_params;
                let (view, document) = server.context(&at.text_document.uri)?;
                features::hover(
                    view,
                    &document.text,
                    at.position,
                    !view.is_bibliography(&document.path),
                )
            }),
            GotoDefinition::METHOD => self.answer::<GotoDefinition>(request, |server, params| {
                let at = params.text_document_position_params;
                let (view, document) = server.context(&at.text_document.uri)?;
                let text_of = |path: &Path| server.text_of(path);
                features::definition(
                    view,
                    &document.text,
                    at.position,
                    !view.is_bibliography(&document.path),
                    &text_of,
                )
                .map(lsp_types::GotoDefinitionResponse::Scalar)
            }),
            Completion::METHOD => self.answer::<Completion>(request, |server, params| {
                let at = params.text_document_position;
                let (view, document) = server.context(&at.text_document.uri)?;
                let items = features::completion(view, &document.text, at.position);
                Some(lsp_types::CompletionResponse::Array(items))
            }),
            CodeActionRequest::METHOD => self.answer::<CodeActionRequest>(request, |_, params| {
                Some(features::code_actions(
                    &params.text_document.uri,
                    &params.context.diagnostics,
                ))
            }),
            method => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("pamphlet does not answer `{method}`"),
            ),
        };
        self.respond(answer);
    }

    /// Reads a request's parameters and answers it with `handle`'s result; malformed
    /// parameters get an error response.
    fn answer<R: lsp_types::request::Request>(
        &mut self,
        request: Request,
        handle: impl FnOnce(&mut Self, R::Params) -> R::Result,
    ) -> Response {
        match serde_json::from_value::<R::Params>(request.params) {
            Ok(params) => Response::new_ok(request.id, handle(self, params)),
            Err(error) => Response::new_err(
                request.id,
                ErrorCode::InvalidParams as i32,
                error.to_string(),
            ),
        }
    }

    fn respond(&self, response: Response) {
        // A client that has gone away ends the loop at the next receive.
        let _ = self.connection.sender.send(Message::Response(response));
    }

    fn notification(&mut self, notification: Notification) -> anyhow::Result<()> {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let params: lsp_types::DidOpenTextDocumentParams =
                    serde_json::from_value(notification.params)?;
                let document = params.text_document;
                let Some(path) = file_path(&document.uri) else {
                    return Ok(());
                };
                let root = self.tree_of(&path);
                self.documents.insert(
                    document.uri.clone(),
                    Document {
                        path: path.clone(),
                        root: root.clone(),
                        text: document.text,
                        version: document.version,
                    },
                );
                if let Some(root) = root {
                    if self.trees.contains_key(&root) {
                        self.refresh_document(&document.uri);
                    } else {
                        self.check_saved_tree(&root);
                    }
                } else {
                    self.log(
                        MessageType::INFO,
                        &format!(
                            "{} is not in a content tree (no pamphlet.toml or bibliography \
                             above it): it is not checked",
                            path.display()
                        ),
                    );
                }
            }
            DidChangeTextDocument::METHOD => {
                let params: lsp_types::DidChangeTextDocumentParams =
                    serde_json::from_value(notification.params)?;
                let uri = params.text_document.uri;
                // Full synchronisation: the last change holds the whole text.
                if let (Some(document), Some(change)) = (
                    self.documents.get_mut(&uri),
                    params.content_changes.into_iter().last(),
                ) {
                    document.text = change.text;
                    document.version = params.text_document.version;
                    self.refresh_document(&uri);
                }
            }
            DidSaveTextDocument::METHOD => {
                let params: lsp_types::DidSaveTextDocumentParams =
                    serde_json::from_value(notification.params)?;
                if let Some(path) = file_path(&params.text_document.uri)
                    && let Some(root) = self.tree_of(&path)
                {
                    self.check_saved_tree(&root);
                }
            }
            DidCloseTextDocument::METHOD => {
                let params: lsp_types::DidCloseTextDocumentParams =
                    serde_json::from_value(notification.params)?;
                let uri = params.text_document.uri;
                if let Some(document) = self.documents.remove(&uri) {
                    // What the saved file has, as the tree was last checked.
                    let diagnostics = document
                        .root
                        .and_then(|root| self.trees.get(&root))
                        .map(|tree| tree_diagnostics(tree, &document.path))
                        .unwrap_or_default();
                    self.publish(uri, diagnostics, None);
                }
            }
            DidChangeWatchedFiles::METHOD => {
                let params: lsp_types::DidChangeWatchedFilesParams =
                    serde_json::from_value(notification.params)?;
                let roots: BTreeSet<PathBuf> = params
                    .changes
                    .iter()
                    .filter_map(|change| self.tree_of(&file_path(&change.uri)?))
                    .filter(|root| self.trees.contains_key(root))
                    .collect();
                for root in roots {
                    self.check_saved_tree(&root);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The content tree of a file: the folder of the nearest `pamphlet.toml` above it, or
    /// its own folder when that holds a bibliography; `None` for a file in neither.
    fn tree_of(&self, path: &Path) -> Option<PathBuf> {
        let root = tree_root_of(path);
        (root.join("pamphlet.toml").is_file()
            || root.join("bibliography.yaml").is_file()
            || self.trees.contains_key(&root))
        .then_some(root)
    }

    /// Checks the saved tree at `root` with every rule, then publishes every file's
    /// findings: a file the client holds changed is checked as it holds it.
    fn check_saved_tree(&mut self, root: &Path) {
        let options = CheckOptions {
            today: self.today,
            keep_content: false,
        };
        let mut saved: HashMap<PathBuf, Vec<Diagnostic>> = HashMap::new();
        let mut texts = HashMap::new();
        match check(&[root.to_path_buf()], &options) {
            Ok(report) => {
                for path in &report.checked {
                    saved.entry(path.clone()).or_default();
                }
                for diagnostic in report.diagnostics {
                    saved
                        .entry(diagnostic.path.clone())
                        .or_default()
                        .push(diagnostic);
                }
                for file in report.files {
                    texts.insert(file.path.clone(), file.text.to_string());
                }
            }
            Err(error) => self.log(
                MessageType::ERROR,
                &format!("checking {}: {error}", root.display()),
            ),
        }
        let previous = self.trees.remove(root);
        let mut paths: BTreeSet<PathBuf> = saved.keys().cloned().collect();
        // A file that had findings and is gone or clean now gets an empty list.
        paths.extend(previous.iter().flat_map(|tree| tree.saved.keys().cloned()));
        let view = TreeView::read(root, self.today);
        let tree = Tree {
            stamps: stamps(&view),
            view,
            saved,
            texts,
            whole_tree: HashMap::new(),
        };
        self.trees.insert(root.to_path_buf(), tree);
        for path in paths {
            let Ok(uri) = Url::from_file_path(&path) else {
                continue;
            };
            // Open files are published below, as the client holds them.
            if !self.documents.contains_key(&uri)
                && let Some(tree) = self.trees.get(root)
            {
                let diagnostics = tree_diagnostics(tree, &path);
                self.publish(uri, diagnostics, None);
            }
        }
        let open: Vec<Url> = self
            .documents
            .iter()
            .filter(|(_, document)| document.path.starts_with(root))
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in open {
            self.refresh_document(&uri);
        }
    }

    /// Checks an open file as the client holds it and publishes its findings with the
    /// whole-tree findings of the saved tree.
    fn refresh_document(&mut self, uri: &Url) {
        let Some((path, Some(root))) = self
            .documents
            .get(uri)
            .map(|document| (document.path.clone(), document.root.clone()))
        else {
            return;
        };
        if !self.trees.contains_key(&root) {
            return self.check_saved_tree(&root);
        }
        // pamphlet.toml or the bibliography changed on the disk: read them again.
        if let Some(tree) = self.trees.get_mut(&root)
            && stamps(&tree.view) != tree.stamps
        {
            tree.view = TreeView::read(&root, self.today);
            tree.stamps = stamps(&tree.view);
        }
        let checkable = path.file_name().is_some_and(|name| name != "pamphlet.toml")
            && path
                .extension()
                .is_some_and(|extension| extension == "yaml" || extension == "yml");
        let whole_tree = if checkable {
            self.whole_tree_findings(&root, &path)
        } else {
            Vec::new()
        };
        let (Some(tree), Some(document)) = (self.trees.get(&root), self.documents.get(uri)) else {
            return;
        };
        if !checkable {
            let diagnostics = tree_diagnostics(tree, &path);
            return self.publish(uri.clone(), diagnostics, Some(document.version));
        }
        let lines = Lines::new(&document.text);
        let mut published: Vec<lsp_types::Diagnostic> = tree
            .view
            .check_text(&path, &document.text)
            .iter()
            .map(|diagnostic| self.convert(diagnostic, &lines))
            .collect();
        let saved_lines = Lines::new(tree.texts.get(&path).map_or("", String::as_str));
        published.extend(
            whole_tree
                .iter()
                .map(|diagnostic| self.convert(diagnostic, &saved_lines)),
        );
        self.publish(uri.clone(), published, Some(document.version));
    }

    /// The saved tree's findings on `path` that the file's own rules did not make (unique
    /// ids across files, unused sources, translations against their originals): they stay
    /// shown while the file changes, until the next save checks the tree again.
    fn whole_tree_findings(&mut self, root: &Path, path: &Path) -> Vec<Diagnostic> {
        let Some(tree) = self.trees.get_mut(root) else {
            return Vec::new();
        };
        if let Some(found) = tree.whole_tree.get(path) {
            return found.clone();
        }
        let saved = tree.saved.get(path).cloned().unwrap_or_default();
        let found: Vec<Diagnostic> = if saved.is_empty() {
            saved
        } else {
            let saved_text = tree.texts.get(path).map_or("", String::as_str);
            let own = tree.view.check_text(path, saved_text);
            saved
                .into_iter()
                .filter(|diagnostic| {
                    !own.iter().any(|mine| {
                        mine.rule == diagnostic.rule
                            && mine.pointer == diagnostic.pointer
                            && mine.message == diagnostic.message
                    })
                })
                .collect()
        };
        tree.whole_tree.insert(path.to_path_buf(), found.clone());
        found
    }

    /// The protocol's form of a diagnostic found in the text `lines`.
    fn convert(&self, diagnostic: &Diagnostic, lines: &Lines<'_>) -> lsp_types::Diagnostic {
        lsp_diagnostic(diagnostic, lines, &|path| self.text_of(path))
    }

    fn publish(&self, uri: Url, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        self.notify::<PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        });
    }

    fn log(&self, kind: MessageType, message: &str) {
        self.notify::<LogMessage>(LogMessageParams {
            typ: kind,
            message: format!("pamphlet: {message}"),
        });
    }

    /// Sends a notification; a client that has gone away ends the loop at the next receive.
    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        let _ = self
            .connection
            .sender
            .send(Message::Notification(Notification::new(
                N::METHOD.to_owned(),
                params,
            )));
    }

    /// An open file's tree and text.
    fn context(&self, uri: &Url) -> Option<(&TreeView, &Document)> {
        let document = self.documents.get(uri)?;
        Some((&self.trees.get(document.root.as_ref()?)?.view, document))
    }

    /// A file's text as the client holds it, or as it is saved.
    fn text_of(&self, path: &Path) -> Option<String> {
        let open = Url::from_file_path(path)
            .ok()
            .and_then(|uri| self.documents.get(&uri));
        match open {
            Some(document) => Some(document.text.clone()),
            None => std::fs::read_to_string(path).ok(),
        }
    }
}

/// The saved tree's findings on a file that the client does not hold changed.
fn tree_diagnostics(tree: &Tree, path: &Path) -> Vec<lsp_types::Diagnostic> {
    let text = tree.texts.get(path).map_or("", String::as_str);
    let lines = Lines::new(text);
    let other = |other: &Path| tree.texts.get(other).cloned();
    tree.saved
        .get(path)
        .into_iter()
        .flatten()
        .map(|diagnostic| lsp_diagnostic(diagnostic, &lines, &other))
        .collect()
}

/// A pamphlet diagnostic in the protocol's terms: its rule as the code (with a
/// "did you mean" as a quick fix's data), the help after the message, related places as
/// related information.
fn lsp_diagnostic(
    diagnostic: &Diagnostic,
    lines: &Lines<'_>,
    text_of: &dyn Fn(&Path) -> Option<String>,
) -> lsp_types::Diagnostic {
    let severity = match diagnostic.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    };
    let mut message = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let related: Vec<DiagnosticRelatedInformation> = diagnostic
        .related
        .iter()
        .filter_map(|related| {
            let text = text_of(&related.path)?;
            let range = Lines::new(&text).range(Some(&related.span));
            Some(DiagnosticRelatedInformation {
                location: Location::new(Url::from_file_path(&related.path).ok()?, range),
                message: related.message.clone(),
            })
        })
        .collect();
    lsp_types::Diagnostic {
        range: lines.range(diagnostic.span.as_ref()),
        severity: Some(severity),
        code: Some(NumberOrString::String(diagnostic.rule.code().to_owned())),
        code_description: None,
        source: Some(format!("pamphlet {}", diagnostic.rule.name())),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: diagnostic.suggestion().and_then(|suggestion| {
            serde_json::to_value(FixData {
                suggestion: suggestion.to_owned(),
            })
            .ok()
        }),
    }
}

/// The modification times of a tree's `pamphlet.toml` and bibliography, to notice a
/// change made outside the editor.
fn stamps(view: &TreeView) -> [Option<SystemTime>; 2] {
    let modified = |path: &Path| {
        std::fs::metadata(path)
            .and_then(|metadata| metadata.modified())
            .ok()
    };
    [
        modified(&view.root().join("pamphlet.toml")),
        modified(view.bibliography_path()),
    ]
}

/// The path of a `file:` URI; `None` for any other scheme (an unsaved buffer).
fn file_path(uri: &Url) -> Option<PathBuf> {
    (uri.scheme() == "file")
        .then(|| uri.to_file_path().ok())
        .flatten()
}
