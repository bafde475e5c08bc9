//! The server loop: the initialise handshake, dispatch of requests and notifications,
//! the debounce timer, and shutdown and exit as the specification orders them.
//!
//! Requests before `initialize` get "server not initialized"; requests after `shutdown`
//! get "invalid request"; unknown requests get "method not found"; unknown
//! notifications are ignored. Each message is handled under `catch_unwind`, so a bug
//! in a handler answers that one request with an internal error instead of ending the
//! process.

use super::actions::{actions_for, findings_at};
use super::diagnostics::{diagnostic, DEFAULT_RULE_DOCS_URL};
use super::documents::{uri_to_path, Documents, OpenDocument};
use super::hover::{describe, mention_at};
use super::position::{Encoding, Positions};
use super::settings::{InitOptions, SettingsCache};
use super::transport::{to_value, Incoming};
use crate::guard::guarded;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _, ShowMessage};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, Hover, HoverContents, HoverParams, HoverProviderCapability,
    InitializeParams, InitializeResult, MarkupContent, MarkupKind, MessageType, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, Uri,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// Quiet time after an edit before the document is linted.
const DEFAULT_DEBOUNCE_MS: u64 = 150;

/// The server's state between messages.
pub struct Server {
    out: Sender<Value>,
    pub docs: Documents,
    pub settings: SettingsCache,
    pub encoding: Encoding,
    pub docs_url: String,
    /// Ids of the built-in rules, which have documentation pages.
    pub builtin_ids: Vec<String>,
    /// Messages already shown, so a bad configuration is not announced per keystroke.
    pub shown: HashSet<String>,
    /// Configuration files with a published problem.
    pub config_problems: HashSet<PathBuf>,
    shutdown: bool,
    watch_files: bool,
}

/// Runs the handshake and the loop; returns the exit code (0 after `shutdown`).
pub fn run(incoming: &Receiver<Incoming>, out: Sender<Value>) -> i32 {
    let Some(mut server) = handshake(incoming, out) else {
        return 1;
    };
    server.serve(incoming)
}

/// Waits for `initialize`, answering anything else as the specification says.
fn handshake(incoming: &Receiver<Incoming>, out: Sender<Value>) -> Option<Server> {
    loop {
        let message = match incoming.recv().ok()? {
            Incoming::Malformed { code, id, message } => {
                reply_malformed(&out, code, id, message);
                continue;
            }
            Incoming::Message(message) => message,
        };
        match message {
            Message::Request(request) if request.method == req::Initialize::METHOD => {
                match serde_json::from_value::<InitializeParams>(request.params) {
                    Ok(params) => return Some(Server::initialize(request.id, params, out)),
                    Err(e) => send(
                        &out,
                        Response::new_err(
                            request.id,
                            ErrorCode::InvalidParams as i32,
                            format!("bad initialize parameters: {e}"),
                        ),
                    ),
                }
            }
            Message::Request(request) => send(
                &out,
                Response::new_err(
                    request.id,
                    ErrorCode::ServerNotInitialized as i32,
                    "the server is not initialized".to_string(),
                ),
            ),
            Message::Notification(n) if n.method == note::Exit::METHOD => return None,
            _ => {}
        }
    }
}

fn send(out: &Sender<Value>, message: impl Into<Message>) {
    let _ = out.send(to_value(&message.into()));
}

fn reply_malformed(out: &Sender<Value>, code: i32, id: Option<Value>, message: String) {
    let id = id
        .filter(|id| id.is_number() || id.is_string())
        .unwrap_or(Value::Null);
    let _ = out.send(serde_json::json!({
        "id": id,
        "error": { "code": code, "message": message },
    }));
}

impl Server {
    #[allow(deprecated)] // `root_uri`: older clients send only that.
    fn initialize(id: RequestId, params: InitializeParams, out: Sender<Value>) -> Server {
        let encoding = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let (init, problem) = match InitOptions::from_value(params.initialization_options) {
            Ok(init) => (init, None),
            Err(message) => (InitOptions::default(), Some(message)),
        };
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .map(|f| f.uri.as_str().to_string())
            .or_else(|| params.root_uri.as_ref().map(|u| u.as_str().to_string()))
            .and_then(|u| uri_to_path(&u));
        let watch_files = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files)
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        let builtin_ids = crate::Linter::builtin()
            .map(|l| l.rules().iter().map(|r| r.id.clone()).collect())
            .unwrap_or_default();
        let server = Server {
            out,
            docs: Documents::new(Duration::from_millis(
                init.debounce_ms.unwrap_or(DEFAULT_DEBOUNCE_MS),
            )),
            docs_url: init
                .rule_docs_url
                .clone()
                .unwrap_or_else(|| DEFAULT_RULE_DOCS_URL.to_string()),
            settings: SettingsCache::new(init, root),
            encoding,
            builtin_ids,
            shown: HashSet::new(),
            config_problems: HashSet::new(),
            shutdown: false,
            watch_files,
        };
        let capabilities = ServerCapabilities {
            position_encoding: Some(encoding.kind()),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..TextDocumentSyncOptions::default()
                },
            )),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                ..CodeActionOptions::default()
            })),
            ..ServerCapabilities::default()
        };
        server.respond(
            id,
            InitializeResult {
                capabilities,
                server_info: Some(ServerInfo {
                    name: "factlint".to_string(),
                    version: Some(env!("CARGO_PKG_VERSION").to_string()),
                }),
            },
        );
        if let Some(message) = problem {
            server.show(MessageType::WARNING, message);
        }
        server
    }

    /// The message loop, until `exit` or the end of input.
    fn serve(&mut self, incoming: &Receiver<Incoming>) -> i32 {
        loop {
            let item = match self.docs.next_due() {
                Some(due) => match incoming
                    .recv_timeout(due.saturating_duration_since(std::time::Instant::now()))
                {
                    Ok(item) => Some(item),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => break,
                },
                None => match incoming.recv() {
                    Ok(item) => Some(item),
                    Err(_) => break,
                },
            };
            match item {
                None => {}
                Some(Incoming::Malformed { code, id, message }) => {
                    reply_malformed(&self.out, code, id, message)
                }
                Some(Incoming::Message(message)) => {
                    if let Some(code) = self.handle(message) {
                        return code;
                    }
                }
            }
            self.lint_due();
        }
        if self.shutdown {
            0
        } else {
            1
        }
    }

    /// Handles one message; `Some(code)` when the server should exit.
    fn handle(&mut self, message: Message) -> Option<i32> {
        match message {
            Message::Request(request) => {
                let id = request.id.clone();
                let method = request.method.clone();
                if let Err(panic) = guarded(|| self.request(request)) {
                    self.send(Response::new_err(
                        id,
                        ErrorCode::InternalError as i32,
                        format!("factlint failed on {method}: {panic}"),
                    ));
                }
                None
            }
            Message::Notification(n) if n.method == note::Exit::METHOD => {
                Some(if self.shutdown { 0 } else { 1 })
            }
            Message::Notification(n) => {
                let method = n.method.clone();
                if let Err(panic) = guarded(|| self.notification(n)) {
                    self.show(
                        MessageType::ERROR,
                        format!("factlint failed on {method}: {panic}"),
                    );
                }
                None
            }
            // Answers to our own requests (capability registration): nothing to do.
            Message::Response(_) => None,
        }
    }

    fn request(&mut self, request: Request) {
        let Request { id, method, params } = request;
        if self.shutdown {
            return self.error(id, ErrorCode::InvalidRequest, "the server is shutting down");
        }
        match method.as_str() {
            req::Shutdown::METHOD => {
                self.shutdown = true;
                self.respond(id, ());
            }
            req::Initialize::METHOD => {
                self.error(id, ErrorCode::InvalidRequest, "already initialized")
            }
            req::HoverRequest::METHOD => match serde_json::from_value::<HoverParams>(params) {
                Ok(params) => {
                    let hover = self.hover(params);
                    self.respond(id, hover);
                }
                Err(e) => self.error(id, ErrorCode::InvalidParams, &e.to_string()),
            },
            req::CodeActionRequest::METHOD => {
                match serde_json::from_value::<CodeActionParams>(params) {
                    Ok(params) => {
                        let actions = self.code_actions(params);
                        self.respond(id, actions);
                    }
                    Err(e) => self.error(id, ErrorCode::InvalidParams, &e.to_string()),
                }
            }
            _ => self.error(
                id,
                ErrorCode::MethodNotFound,
                &format!("unknown method {method}"),
            ),
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            note::Initialized::METHOD => self.register_watchers(),
            note::DidOpenTextDocument::METHOD => {
                let Some(p) = params::<lsp_types::DidOpenTextDocumentParams>(n.params) else {
                    return;
                };
                let item = p.text_document;
                let uri = item.uri.as_str().to_string();
                let doc = OpenDocument::new(&uri, &item.language_id, item.version, item.text);
                self.docs.open.insert(uri.clone(), doc);
                self.lint_now(&uri);
            }
            note::DidChangeTextDocument::METHOD => {
                let Some(p) = params::<lsp_types::DidChangeTextDocumentParams>(n.params) else {
                    return;
                };
                let uri = p.text_document.uri.as_str().to_string();
                match self.docs.open.get_mut(&uri) {
                    Some(doc) => {
                        doc.apply_changes(
                            p.text_document.version,
                            p.content_changes,
                            self.encoding,
                        );
                        self.docs.touch(&uri);
                    }
                    None => self.log(format!("ignoring an edit to {uri}, which is not open")),
                }
            }
            note::DidCloseTextDocument::METHOD => {
                let Some(p) = params::<lsp_types::DidCloseTextDocumentParams>(n.params) else {
                    return;
                };
                let uri = p.text_document.uri.as_str().to_string();
                if self.docs.open.remove(&uri).is_some() {
                    self.publish(&uri, Vec::new(), None);
                }
            }
            note::DidChangeWatchedFiles::METHOD => {
                self.settings.clear();
                self.shown.clear();
                self.lint_all();
            }
            note::DidChangeConfiguration::METHOD => {
                let settings = n.params.get("settings").cloned();
                let empty = settings
                    .as_ref()
                    .is_none_or(|s| s.is_null() || s.as_object().is_some_and(|o| o.is_empty()));
                if empty {
                    return;
                }
                match InitOptions::from_value(settings) {
                    Ok(init) => {
                        self.docs_url = init
                            .rule_docs_url
                            .clone()
                            .unwrap_or_else(|| DEFAULT_RULE_DOCS_URL.to_string());
                        self.docs.delay =
                            Duration::from_millis(init.debounce_ms.unwrap_or(DEFAULT_DEBOUNCE_MS));
                        self.settings.init = init;
                        self.settings.clear();
                        self.shown.clear();
                        self.lint_all();
                    }
                    Err(message) => self.show(MessageType::WARNING, message),
                }
            }
            _ => {}
        }
    }

    /// Asks the client to report changes to configuration files, when it can.
    fn register_watchers(&mut self) {
        if !self.watch_files {
            return;
        }
        let watchers: Vec<Value> = crate::config::CONFIG_FILE_NAMES
            .iter()
            .map(|name| serde_json::json!({ "globPattern": format!("**/{name}") }))
            .collect();
        let params = serde_json::json!({ "registrations": [{
            "id": "factlint-config-watch",
            "method": note::DidChangeWatchedFiles::METHOD,
            "registerOptions": { "watchers": watchers },
        }]});
        self.send(Request::new(
            RequestId::from("factlint-register-1".to_string()),
            req::RegisterCapability::METHOD.to_string(),
            params,
        ));
    }

    /// Makes sure the document's last lint is of its current text.
    fn ensure_current(&mut self, uri: &str) {
        if self
            .docs
            .open
            .get(uri)
            .is_some_and(|d| d.current().is_none())
        {
            self.lint_now(uri);
        }
    }

    fn hover(&mut self, params: HoverParams) -> Option<Hover> {
        let uri = params.text_document_position_params.text_document.uri;
        self.ensure_current(uri.as_str());
        let linted = self.docs.open.get(uri.as_str())?.current()?;
        let positions = Positions {
            text: linted.document.source(),
            index: linted.document.line_index(),
            encoding: self.encoding,
        };
        let offset = positions.offset(params.text_document_position_params.position);
        let i = mention_at(&linted.analysis, offset)?;
        let text = describe(&linted.document, &linted.analysis, i)?;
        let span = linted.analysis.mentions.get(i)?.span;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: text,
            }),
            range: Some(positions.range(span)),
        })
    }

    fn code_actions(&mut self, params: CodeActionParams) -> Vec<CodeActionOrCommand> {
        let wants_quickfix = params.context.only.as_ref().is_none_or(|only| {
            only.iter()
                .any(|k| CodeActionKind::QUICKFIX.as_str().starts_with(k.as_str()))
        });
        let uri = params.text_document.uri;
        self.ensure_current(uri.as_str());
        let Some(linted) = self.docs.open.get(uri.as_str()).and_then(|d| d.current()) else {
            return Vec::new();
        };
        if !wants_quickfix {
            return Vec::new();
        }
        let positions = Positions {
            text: linted.document.source(),
            index: linted.document.line_index(),
            encoding: self.encoding,
        };
        let span = positions.span(params.range);
        let builtin = &self.builtin_ids;
        findings_at(&linted.findings, span)
            .into_iter()
            .flat_map(|finding| {
                let documented = builtin.contains(&finding.rule);
                let diag = diagnostic(finding, &uri, &positions, &self.docs_url, documented);
                actions_for(finding, &diag, &linted.document, &uri, &positions)
            })
            .map(CodeActionOrCommand::CodeAction)
            .collect()
    }

    fn send(&self, message: impl Into<Message>) {
        send(&self.out, message);
    }

    pub fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    fn respond(&self, id: RequestId, result: impl Serialize) {
        self.send(Response::new_ok(id, result));
    }

    fn error(&self, id: RequestId, code: ErrorCode, message: &str) {
        self.send(Response::new_err(id, code as i32, message.to_string()));
    }

    fn show(&self, typ: MessageType, message: String) {
        self.notify::<ShowMessage>(lsp_types::ShowMessageParams { typ, message });
    }

    fn log(&self, message: String) {
        self.notify::<note::LogMessage>(lsp_types::LogMessageParams {
            typ: MessageType::LOG,
            message,
        });
    }
}

/// Notification parameters, or `None` when they do not fit (the notification is then
/// dropped: notifications get no answer).
fn params<T: serde::de::DeserializeOwned>(value: Value) -> Option<T> {
    serde_json::from_value(value).ok()
}

/// Parses a URI string (for tests and benchmarks).
pub fn uri(text: &str) -> Option<Uri> {
    Uri::from_str(text).ok()
}
