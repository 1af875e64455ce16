//! `pamphlet lsp` end to end: a client speaking the protocol over standard input and
//! output opens the bundled guide in a copy of the content tree and does what a writer's
//! editor does: types, asks for completions, hovers, jumps to a source, applies a quick
//! fix, saves. Then the bad input a half-typed file gives, which the server must survive.

mod lsp_client;
mod support;

use std::path::PathBuf;

use serde_json::{Value, json};

use lsp_client::{Client, position_of, uri};
use support::{TODAY, TempTree};

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("pamphlet")
}

/// A copy of the bundled content tree, and its English guide's path and text.
fn tree() -> (TempTree, PathBuf, String) {
    let folder = TempTree::bundled();
    let topic = folder.path().join("topics/hip-trigger-points.yaml");
    let text = std::fs::read_to_string(&topic).expect("the bundled guide");
    (folder, topic, text)
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|diagnostic| diagnostic["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The text a range covers.
fn covered(text: &str, range: &Value) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let at = |end: &str| {
        let line = range[end]["line"].as_u64().expect("a line") as usize;
        let units = range[end]["character"].as_u64().expect("a character") as usize;
        let mut byte = 0;
        let mut counted = 0;
        for character in lines[line].chars() {
            if counted >= units {
                break;
            }
            counted += character.len_utf16();
            byte += character.len_utf8();
        }
        (line, byte)
    };
    let (start_line, start) = at("start");
    let (end_line, end) = at("end");
    assert_eq!(start_line, end_line, "a one-line range");
    lines[start_line][start..end].to_owned()
}

/// The first citation of the guide, in its flow list `sources: [id, …]`.
fn first_citation(text: &str) -> String {
    let (_, after) = text.split_once("sources: [").expect("a flow list");
    after.split([',', ']']).next().expect("an id").to_owned()
}

#[test]
fn a_writer_sees_findings_as_they_type_and_fixes_a_citation_in_one_action() {
    let (folder, topic, text) = tree();
    let topic_uri = uri(&topic);
    let (mut client, capabilities) = Client::initialized(&binary(), TODAY);
    for capability in [
        "hoverProvider",
        "definitionProvider",
        "completionProvider",
        "codeActionProvider",
    ] {
        assert!(
            !capabilities[capability].is_null(),
            "{capability}: {capabilities}"
        );
    }
    client.open(&topic_uri, &text);
    assert_eq!(
        client.diagnostics(&topic_uri),
        Vec::<Value>::new(),
        "the bundled guide is clean"
    );

    // A misspelt citation is reported at once, before any save, where it stands.
    let cited = first_citation(&text);
    let misspelt = format!("{}{}", &cited[..cited.len() - 1], "x");
    let typed = text.replacen(
        &format!("sources: [{cited}"),
        &format!("sources: [{misspelt}"),
        1,
    );
    client.change(&topic_uri, 2, &typed);
    let diagnostics = client.diagnostics(&topic_uri);
    assert_eq!(codes(&diagnostics), ["PAM302"], "{diagnostics:#?}");
    let dangling = &diagnostics[0];
    assert_eq!(covered(&typed, &dangling["range"]), misspelt);
    assert_eq!(dangling["severity"], 1, "an error");
    assert!(
        dangling["message"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("did you mean `{cited}`"))
    );

    // One quick fix puts the right id back; applied, the guide is clean again.
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": topic_uri}, "range": dangling["range"],
                   "context": {"diagnostics": [dangling]}}),
        )
        .expect("code actions");
    let actions = actions.as_array().expect("a list");
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["kind"], "quickfix");
    let edits = &actions[0]["edit"]["changes"][&topic_uri];
    assert_eq!(edits[0]["newText"], cited.as_str());
    assert_eq!(edits[0]["range"], dangling["range"]);
    let fixed = typed.replacen(&misspelt, &cited, 1);
    client.change(&topic_uri, 3, &fixed);
    assert_eq!(client.diagnostics(&topic_uri), Vec::<Value>::new());

    // Completion of source ids in a flow list and in a block list, with the part typed.
    let sources = |client: &mut Client, text: &str, needle: &str, offset: usize| {
        client.change(&topic_uri, 4, text);
        client.diagnostics(&topic_uri);
        let items = client
            .request(
                "textDocument/completion",
                json!({"textDocument": {"uri": topic_uri}, "position": position_of(text, needle, offset)}),
            )
            .expect("completions");
        items
            .as_array()
            .expect("a list")
            .iter()
            .map(|item| item["label"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<String>>()
    };
    let flow = text.replacen(
        &format!("sources: [{cited}]"),
        &format!("sources: [{cited}, sh]"),
        1,
    );
    let labels = sources(
        &mut client,
        &flow,
        &format!("[{cited}, sh"),
        cited.len() + 5,
    );
    assert!(labels.contains(&"shah-2015".to_owned()), "{labels:?}");
    assert!(
        labels.contains(&"alvarez-2002".to_owned()),
        "every id is offered: {labels:?}"
    );
    let block = text.replacen(&format!("sources: [{cited}]"), "sources:\n      - ", 1);
    let labels = sources(&mut client, &block, "      - \n", 8);
    assert!(labels.contains(&cited), "{labels:?}");

    // Completion and hover of rule names in `suppress:`.
    let suppressed = format!("{text}suppress:\n  - rule: stale-so\n    reason: Checked by hand.\n");
    client.change(&topic_uri, 5, &suppressed);
    // The half-typed rule name is unknown, and its quick fix completes it.
    let diagnostics = client.diagnostics(&topic_uri);
    let unknown = diagnostics
        .iter()
        .find(|diagnostic| diagnostic["code"] == "PAM803")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(covered(&suppressed, &unknown["range"]), "stale-so");
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": topic_uri}, "range": unknown["range"],
                   "context": {"diagnostics": [unknown]}}),
        )
        .expect("code actions");
    assert_eq!(actions[0]["title"], "Replace with `stale-source`");
    let items = {
        client
            .request(
                "textDocument/completion",
                json!({"textDocument": {"uri": topic_uri}, "position": position_of(&suppressed, "rule: stale-so", 14)}),
            )
            .expect("completions")
    };
    let item = items
        .as_array()
        .expect("a list")
        .iter()
        .find(|item| item["label"] == "stale-source")
        .expect("stale-source is offered");
    assert!(
        item["detail"]
            .as_str()
            .unwrap_or_default()
            .starts_with("PAM408"),
        "{item}"
    );
    let rule = format!("{text}suppress:\n  - rule: stale-source\n    reason: Checked by hand.\n");
    client.change(&topic_uri, 6, &rule);
    client.diagnostics(&topic_uri);
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": topic_uri}, "position": position_of(&rule, "rule: stale-source", 9)}),
        )
        .expect("a hover");
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.starts_with("**PAM408 stale-source**"), "{shown}");

    // Hover on a citation shows the reference; definition leads to its bibliography entry.
    client.change(&topic_uri, 7, &text);
    client.diagnostics(&topic_uri);
    let at_citation = position_of(&text, &format!("[{cited}"), 3);
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": topic_uri}, "position": at_citation}),
        )
        .expect("a hover");
    let bibliography =
        std::fs::read_to_string(folder.path().join("bibliography.yaml")).expect("read");
    let entry = bibliography
        .split(&format!("- id: {cited}\n"))
        .nth(1)
        .expect("the entry");
    let title = entry
        .lines()
        .find_map(|line| line.trim().strip_prefix("title: "))
        .expect("a title")
        .trim_matches(['"', '\'']);
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.contains(title), "{shown}");
    let location = client
        .request(
            "textDocument/definition",
            json!({"textDocument": {"uri": topic_uri}, "position": at_citation}),
        )
        .expect("a definition");
    assert_eq!(
        location["uri"],
        uri(&folder.path().join("bibliography.yaml"))
    );
    assert_eq!(covered(&bibliography, &location["range"]), cited);

    assert!(client.stop().success());
}

/// Rules that need the whole tree come from the saved tree: two topics with one id are
/// reported on save, and stay shown while the file is edited.
#[test]
fn whole_tree_findings_come_with_a_save() {
    let (folder, topic, text) = tree();
    let (mut client, _) = Client::initialized(&binary(), TODAY);
    let topic_uri = uri(&topic);
    client.open(&topic_uri, &text);
    assert_eq!(client.diagnostics(&topic_uri), Vec::<Value>::new());

    // Another file with the same id, written outside the editor, then a save.
    let copy = folder.path().join("topics/copy.yaml");
    std::fs::write(&copy, &text).expect("write");
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": topic_uri}}),
    );
    // The copy's name comes first, so the guide is the second of the two, pointed back
    // to the copy.
    let own = client.diagnostics(&topic_uri);
    let duplicate = own
        .iter()
        .find(|diagnostic| diagnostic["code"] == "PAM304")
        .unwrap_or_else(|| panic!("{own:#?}"));
    let related = &duplicate["relatedInformation"][0]["location"];
    assert_eq!(related["uri"], uri(&copy).as_str());
    let line = related["range"]["start"]["line"].as_u64().expect("a line") as usize;
    assert!(
        text.lines()
            .nth(line)
            .expect("the line")
            .starts_with("id: "),
        "{related}"
    );

    // An edit elsewhere in the file keeps the whole-tree finding beside the file's own.
    client.change(&topic_uri, 2, &format!("{text}# a comment\n"));
    let shown = client.diagnostics(&topic_uri);
    assert!(codes(&shown).contains(&"PAM304".to_owned()), "{shown:#?}");

    // The copy removed and the tree saved again: the finding is gone.
    std::fs::remove_file(&copy).expect("remove");
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": topic_uri}}),
    );
    assert_eq!(client.diagnostics(&topic_uri), Vec::<Value>::new());
    assert!(client.stop().success());
}

/// What a half-typed file, a stray file or a careless client sends: each gets a
/// diagnostic, a logged message or an error answer, and the server goes on serving.
#[test]
fn the_server_survives_bad_input() {
    let (folder, topic, text) = tree();
    let topic_uri = uri(&topic);
    let mut client = Client::start(&binary(), TODAY);
    // A request before initialize is refused, not fatal.
    let early = client
        .request("textDocument/hover", json!({}))
        .expect_err("refused");
    assert_eq!(early["code"], -32002);
    client
        .request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        )
        .expect("initialize answers");
    // A document opened before the `initialized` notification.
    client.open(&topic_uri, &text);
    client.notify("initialized", json!({}));
    assert_eq!(client.diagnostics(&topic_uri), Vec::<Value>::new());

    // Invalid YAML: a diagnostic at the fault, and hover still answers (with nothing).
    let broken = text.replacen("title:", "title: [unclosed", 1);
    client.change(&topic_uri, 2, &broken);
    let diagnostics = client.diagnostics(&topic_uri);
    assert!(
        codes(&diagnostics).contains(&"PAM001".to_owned()),
        "{diagnostics:#?}"
    );
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": topic_uri}, "position": {"line": 3, "character": 4}}),
        )
        .expect("an answer");
    assert_eq!(hover, Value::Null);

    // A paste past the 4 MiB budget.
    let huge = format!("{text}\n# {}\n", "x".repeat(4 * 1024 * 1024));
    client.change(&topic_uri, 3, &huge);
    assert_eq!(codes(&client.diagnostics(&topic_uri)), ["PAM004"]);

    // Requests about a file never opened, with bad parameters, or of an unknown method.
    let stranger = uri(&folder.path().join("topics/never-opened.yaml"));
    let answer = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": stranger}, "position": {"line": 0, "character": 0}}),
        )
        .expect("an answer");
    assert_eq!(answer, Value::Null);
    let bad = client
        .request("textDocument/hover", json!({"nonsense": true}))
        .expect_err("refused");
    assert_eq!(bad["code"], -32602);
    let unknown = client
        .request("pamphlet/nothing", json!({}))
        .expect_err("refused");
    assert_eq!(unknown["code"], -32601);

    // A YAML file in no content tree is logged, not checked.
    let outside = tempfile::tempdir().expect("a temporary folder");
    let stray = outside.path().join("workflow.yaml");
    std::fs::write(&stray, "on: push\n").expect("write");
    client.open(&uri(&stray), "on: push\n");
    let logged = client.wait(|message| message["method"] == "window/logMessage");
    assert!(
        logged["params"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("not in a content tree"),
        "{logged}"
    );

    // The bibliography deleted, then a save: the tree is reported without one, and the
    // open guide, its citations now unresolvable, is still checked.
    client.change(&topic_uri, 4, &text);
    client.diagnostics(&topic_uri);
    let bibliography = folder.path().join("bibliography.yaml");
    std::fs::remove_file(&bibliography).expect("remove");
    // Earlier findings of the bibliography (it was clean) are not what is waited for.
    client.clear();
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": topic_uri}}),
    );
    let missing = client.diagnostics(&uri(&bibliography));
    assert_eq!(codes(&missing), ["PAM007"], "{missing:#?}");
    client.change(&topic_uri, 5, &text.replacen("title:", "titel:", 1));
    let diagnostics = client.diagnostics(&topic_uri);
    assert!(
        codes(&diagnostics).contains(&"PAM102".to_owned()),
        "{diagnostics:#?}"
    );

    assert!(client.stop().success());
}
