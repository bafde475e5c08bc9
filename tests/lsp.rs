//! The language server, driven over stdio by a scripted client: diagnostics at exact
//! ranges, incremental edits, hover, code actions, positions in UTF-16 and UTF-8,
//! configuration, robustness against bad input, and shutdown. Plus a real editor
//! (Neovim, when installed).

mod lsp_client;

use lsp_client::{utf16_len, Client};
use serde_json::{json, Value};
use std::path::Path;

const VOTE: &str = "---\ndate: 2023-03-20\n---\nThe vote was held on Wednesday, March 14, 2023.\n";

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn range(line: u32, start: u32, end: u32) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

#[test]
fn diagnostics_hover_code_actions_and_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let uri = file_uri(&dir.path().join("vote.md"));
    let mut client = Client::start_in(dir.path());
    let init = client.initialize(json!({}), json!({"debounceMs": 10}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);

    client.open(&uri, "markdown", VOTE);
    let diagnostics = client.diagnostics(&uri, |d| !d.is_empty());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    let wednesday = range(3, 21, 30);
    assert_eq!(d["range"], wednesday);
    assert_eq!(d["code"], "weekday");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["source"], "factlint");
    assert!(d["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .ends_with("docs/rules/weekday.md"));
    assert!(d["message"]
        .as_str()
        .unwrap()
        .starts_with("March 14, 2023 was a Tuesday, not a Wednesday"));
    assert_eq!(
        d["relatedInformation"][0]["location"]["range"],
        range(3, 32, 46)
    );
    assert_eq!(d["relatedInformation"][0]["location"]["uri"], uri.as_str());

    // Hover on the date.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 35}}),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(text.contains("Tuesday, 2023-03-14"), "{text}");
    assert!(text.contains("Article date: 2023-03-20"), "{text}");
    // The mention is the whole date, weekday included.
    assert_eq!(hover["result"]["range"], range(3, 21, 46));
    // Hover where there is no mention.
    let none = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 5}}),
    );
    assert_eq!(none["result"], Value::Null);

    // Code actions under the cursor: the fix, and disabling the rule for the line.
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(3, 24, 24),
               "context": {"diagnostics": [d]}}),
    );
    let actions = actions["result"].as_array().unwrap().clone();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Replace with “Tuesday”", "Disable weekday for this line"]
    );
    let fix = &actions[0]["edit"]["changes"][&uri][0];
    assert_eq!(fix["range"], wednesday);
    assert_eq!(fix["newText"], "Tuesday");
    assert_eq!(actions[0]["isPreferred"], true);
    let disable = &actions[1]["edit"]["changes"][&uri][0];
    assert_eq!(disable["range"], range(3, 0, 0));
    assert_eq!(
        disable["newText"],
        "<!-- factlint-disable-next-line weekday -->\n"
    );

    // A burst of edits that types the fix: the contradiction is gone.
    for (version, (start, end, text)) in [(21, 30, "T"), (22, 22, "uesday")].into_iter().enumerate()
    {
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version + 2},
                   "contentChanges": [{"range": range(3, start, end), "text": text}]}),
        );
    }
    let cleared = client.wait_for("the cleared diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["version"] == 3
            && m["params"]["diagnostics"] == json!([])
    });
    assert_eq!(cleared["params"]["uri"], uri.as_str());

    // Break it again, then close: the list is cleared.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 4},
               "contentChanges": [{"range": range(3, 21, 28), "text": "Friday"}]}),
    );
    client.diagnostics(&uri, |d| d.len() == 1);
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    client.diagnostics(&uri, |d| d.is_empty());
    assert_eq!(client.shutdown(), 0);
}

/// The line of the contradiction, with accents, CJK and an emoji before the weekday,
/// and CRLF line endings.
const WIDE: &str = "---\r\ndate: 2023-03-20\r\n---\r\nCafé 日本 😀 — the vote was held on Wednesday, March 14, 2023.\r\nÉtude 😀.\r\n";

fn wide_positions(encoding: &str) {
    let dir = tempfile::tempdir().unwrap();
    let uri = file_uri(&dir.path().join("wide.md"));
    let mut client = Client::start_in(dir.path());
    let offered = if encoding == "utf-8" {
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    } else {
        json!({"general": {"positionEncodings": ["utf-16"]}})
    };
    let init = client.initialize(offered, json!({"debounceMs": 0}));
    assert_eq!(init["capabilities"]["positionEncoding"], encoding);
    let line = WIDE.split("\r\n").nth(3).unwrap();
    let prefix = &line[..line.find("Wednesday").unwrap()];
    let (start, date_start) = if encoding == "utf-8" {
        (prefix.len() as u32, prefix.len() as u32 + 11)
    } else {
        (utf16_len(prefix), utf16_len(prefix) + 11)
    };
    client.open(&uri, "markdown", WIDE);
    let diagnostics = client.diagnostics(&uri, |d| !d.is_empty());
    assert_eq!(diagnostics[0]["range"], range(3, start, start + 9));
    assert_eq!(
        diagnostics[0]["relatedInformation"][0]["location"]["range"],
        range(3, date_start, date_start + 14)
    );
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": date_start + 2}}),
    );
    assert_eq!(hover["result"]["range"], range(3, start, date_start + 14));
    // An incremental edit in the same encoding, after the emoji, fixes it.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": range(3, start, start + 9), "text": "Tuesday"}]}),
    );
    client.diagnostics(&uri, |d| d.is_empty());
    // Positions past the end of a line or of the text are clamped, not errors.
    let far = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 99, "character": 99}}),
    );
    assert!(far.get("error").is_none(), "{far}");
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn positions_in_utf16() {
    wide_positions("utf-16");
}

#[test]
fn positions_in_utf8() {
    wide_positions("utf-8");
}

#[test]
fn malformed_messages_and_unknown_methods_are_answered() {
    let mut client = Client::start();
    // Before initialize: requests are refused, the server stays up.
    let early = client.request("textDocument/hover", json!({}));
    assert_eq!(early["error"]["code"], -32002);
    client.initialize(json!({}), json!({}));
    // Not JSON: a parse error with a null id.
    client.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    let parse = client.wait_for("a parse error", |m| m["error"]["code"] == -32700);
    assert_eq!(parse["id"], Value::Null);
    // JSON, but not a message.
    client.send(json!({"id": 77}));
    let invalid = client.wait_for("an invalid request error", |m| m["id"] == 77);
    assert_eq!(invalid["error"]["code"], -32600);
    // A header without a length, then a good message.
    client.send_raw(b"X-Junk: 1\r\n\r\n");
    // Unknown request and notification.
    let unknown = client.request("factlint/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    client.notify("factlint/nothing", json!({}));
    // Bad parameters.
    let bad = client.request("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(bad["error"]["code"], -32602);
    // Edits and requests for a document that is not open.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere.md", "version": 2},
               "contentChanges": [{"range": range(5, 0, 9), "text": "x"}]}),
    );
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.md"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(hover["result"], Value::Null);
    // Still serving: a document lints.
    client.open(
        "untitled:Untitled-1",
        "plaintext",
        "Dated 2022-05-20. The fair opened on Friday, May 12, 2022.",
    );
    client.diagnostics("untitled:Untitled-1", |d| d.len() == 1);
    // After shutdown, requests are invalid; exit then ends with 0.
    let response = client.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    let late = client.request("textDocument/hover", json!({}));
    assert_eq!(late["error"]["code"], -32600);
    assert_eq!(client.exit(), 0);
}

#[test]
fn exit_without_shutdown_is_an_error_exit() {
    let mut client = Client::start();
    client.initialize(json!({}), json!({}));
    assert_eq!(client.exit(), 1);
}

#[test]
fn initialization_options_and_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let uri = file_uri(&dir.path().join("notes.txt"));
    let mut client = Client::start_in(dir.path());
    client.initialize(
        json!({}),
        json!({"date": "2023-03-20", "select": ["weekday"], "severity": {"weekday": "warning"}, "noConfig": true}),
    );
    let text = "The vote was held on Wednesday, March 14.\r\n";
    client.open(&uri, "plaintext", text);
    let diagnostics = client.diagnostics(&uri, |d| !d.is_empty());
    assert_eq!(diagnostics[0]["range"], range(0, 21, 30));
    assert_eq!(diagnostics[0]["severity"], 2);
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(0, 21, 30), "context": {"diagnostics": []}}),
    );
    let disable = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Disable weekday for this line")
        .cloned()
        .unwrap();
    let edit = &disable["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "# factlint-disable-next-line weekday\r\n");
    // Applying it silences the finding.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    client.diagnostics(&uri, |d| d.is_empty());
    // Back to the contradiction (a full-text change), then new settings that ignore
    // the rule: they apply at once.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3},
               "contentChanges": [{"text": text}]}),
    );
    client.diagnostics(&uri, |d| d.len() == 1 && d[0]["code"] == "weekday");
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"factlint": {"date": "2023-03-20", "noConfig": true, "ignore": ["weekday"]}}}),
    );
    client.diagnostics(&uri, |d| d.is_empty());
    // Bad options are reported, not fatal.
    let mut other = Client::start_in(dir.path());
    other.initialize(json!({}), json!({"date": "soon"}));
    other.wait_for("a warning about the options", |m| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("soon")
    });
    assert_eq!(other.shutdown(), 0);
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn configuration_is_discovered_reported_and_reread() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join(".factlint.yaml");
    std::fs::write(&config, "ignore: [weekday]\n").unwrap();
    std::fs::create_dir(dir.path().join("news")).unwrap();
    let uri = file_uri(&dir.path().join("news/vote.md"));
    let mut client = Client::start_in(dir.path());
    client.initialize(
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
        json!({"debounceMs": 0}),
    );
    let registration = client.wait_for("the file watch registration", |m| {
        m["method"] == "client/registerCapability"
    });
    let watchers = &registration["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(watchers[0]["globPattern"], "**/.factlint.yaml");
    client.open(&uri, "markdown", VOTE);
    client.diagnostics(&uri, |d| d.is_empty());

    // A broken configuration: shown, marked in the file, and the defaults used.
    std::fs::write(&config, "select: [nope]\n").unwrap();
    let changed = json!({"changes": [{"uri": file_uri(&config), "type": 2}]});
    client.notify("workspace/didChangeWatchedFiles", changed.clone());
    client.wait_for("the configuration error", |m| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("nope")
    });
    let in_config = client.diagnostics(&file_uri(&config), |d| !d.is_empty());
    assert_eq!(in_config[0]["range"], range(0, 9, 10));
    client.diagnostics(&uri, |d| d.len() == 1);

    // Repaired: the file's diagnostic is cleared and the configuration applies again.
    std::fs::write(&config, "ignore: [weekday]\n").unwrap();
    client.notify("workspace/didChangeWatchedFiles", changed);
    client.diagnostics(&file_uri(&config), |d| d.is_empty());
    client.diagnostics(&uri, |d| d.is_empty());
    assert_eq!(client.shutdown(), 0);
}

/// Neovim's built-in client attached to `factlint lsp` reads back the diagnostic.
#[test]
fn neovim_reads_the_diagnostics() {
    let found = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("nvim").is_file()));
    if !found {
        eprintln!("skipped: nvim is not on PATH (install the `neovim` package to run it)");
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let output = std::process::Command::new("bash")
        .arg(Path::new(root).join("tests/editor/nvim-lsp.sh"))
        .arg(env!("CARGO_BIN_EXE_factlint"))
        .output()
        .expect("the script runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(
        stdout.contains("DIAGNOSTIC 3:21 weekday March 14, 2023 was a Tuesday, not a Wednesday")
            && stdout.contains("CLEARED"),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
}
