//! A Language Server Protocol client that drives `pamphlet lsp` over standard input and
//! output as an editor does: each message framed by a `Content-Length` header, requests
//! answered by id, notifications collected as they come. Written from the protocol's
//! specification, sharing nothing with the server's code.

// The tests and the benchmark each use part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long any one answer may take before the test gives up (the server is checked for
/// hanging, not timed).
const PATIENCE: Duration = Duration::from_secs(60);

pub(crate) struct Client {
    child: Child,
    input: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
    /// The last version of each document sent, whose diagnostics `diagnostics` waits for.
    versions: std::collections::HashMap<String, i64>,
    /// Notifications received while waiting for something else, oldest first.
    pub(crate) notifications: Vec<Value>,
}

impl Client {
    /// Starts `binary lsp` with `today` as the date, and initializes it.
    pub(crate) fn start(binary: &Path, today: &str) -> Client {
        let mut child = Command::new(binary)
            .arg("lsp")
            .env("PAMPHLET_TODAY", today)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("pamphlet lsp starts");
        let input = child.stdin.take().expect("a standard input");
        let output = child.stdout.take().expect("a standard output");
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut output = BufReader::new(output);
            while let Some(message) = read_message(&mut output) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            input,
            messages,
            next_id: 1,
            versions: std::collections::HashMap::new(),
            notifications: Vec::new(),
        }
    }

    /// `start`, then the initialize handshake; returns the server's capabilities.
    pub(crate) fn initialized(binary: &Path, today: &str) -> (Client, Value) {
        let mut client = Client::start(binary, today);
        let result = client
            .request(
                "initialize",
                json!({"processId": null, "rootUri": null, "capabilities": {}}),
            )
            .expect("initialize answers");
        client.notify("initialized", json!({}));
        (client, result["capabilities"].clone())
    }

    pub(crate) fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.input, "Content-Length: {}\r\n\r\n{body}", body.len())
            .and_then(|()| self.input.flush())
            .expect("the server reads its input");
    }

    pub(crate) fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its answer: `Ok(result)` or `Err(error)`.
    pub(crate) fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let response =
            self.wait(|message| message["id"] == json!(id) && message.get("method").is_none());
        match response.get("error") {
            Some(error) => Err(error.clone()),
            None => Ok(response["result"].clone()),
        }
    }

    /// The next message that `wanted` accepts; notifications before it are kept.
    pub(crate) fn wait(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(message) if wanted(&message) => return message,
                Ok(message) => {
                    if message.get("method").is_some() && message.get("id").is_none() {
                        self.notifications.push(message);
                    }
                }
                Err(RecvTimeoutError::Timeout) => panic!("no answer within {PATIENCE:?}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output: {:?}", self.child.try_wait())
                }
            }
        }
    }

    /// The diagnostics published for `uri` next (kept ones first): for a document the
    /// client has open, those of the last version it sent.
    pub(crate) fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let version = self.versions.get(uri).copied();
        let is_for = |message: &Value| {
            message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
                && version.is_none_or(|version| message["params"]["version"] == json!(version))
        };
        if let Some(index) = self.notifications.iter().position(is_for) {
            let message = self.notifications.remove(index);
            return message["params"]["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default();
        }
        let message = self.wait(is_for);
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Forgets the notifications received so far.
    pub(crate) fn clear(&mut self) {
        while let Ok(message) = self.messages.try_recv() {
            drop(message);
        }
        self.notifications.clear();
    }

    pub(crate) fn open(&mut self, uri: &str, text: &str) {
        self.versions.insert(uri.to_owned(), 1);
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
    }

    pub(crate) fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.versions.insert(uri.to_owned(), version);
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    /// Asks the server to shut down and exit; returns its exit status.
    pub(crate) fn stop(mut self) -> std::process::ExitStatus {
        self.request("shutdown", Value::Null)
            .expect("shutdown answers");
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message: headers up to an empty line, then `Content-Length` bytes of JSON.
fn read_message(output: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut header = String::new();
        if output.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    output.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// The `file:` URI of a path.
pub(crate) fn uri(path: &Path) -> String {
    url::Url::from_file_path(path)
        .expect("an absolute path")
        .to_string()
}

/// The protocol position (0-based line, UTF-16 character) of the first `needle` in `text`,
/// plus `offset` characters.
pub(crate) fn position_of(text: &str, needle: &str, offset: usize) -> Value {
    let byte = text.find(needle).expect("the needle is in the text");
    let line = text[..byte].matches('\n').count();
    let line_start = text[..byte].rfind('\n').map_or(0, |newline| newline + 1);
    let character: usize = text[line_start..byte].chars().map(char::len_utf16).sum();
    json!({"line": line, "character": character + offset})
}
