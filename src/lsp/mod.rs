//! `factlint lsp`: a language server on standard input and output.
//!
//! Diagnostics on open and on every change (incremental sync, debounced), hover on
//! temporal mentions, code actions (fixes and suppression comments), configuration from
//! the same `.factlint.yaml` discovery as the command line plus the client's
//! `initializationOptions`. Robust by construction: malformed messages are answered
//! with JSON-RPC errors, a bad configuration is reported and the defaults used, and a
//! panic inside one lint is caught and shown as a diagnostic, not a crash.
//!
//! Modules, one per concern:
//! - [`transport`]: framing and the reader/writer threads;
//! - [`server`]: the initialise handshake, the message loop, dispatch, shutdown;
//! - [`lint`]: linting a document (guarded) and publishing its diagnostics;
//! - [`documents`]: open documents, incremental edits, debounce, URIs;
//! - [`position`]: position encodings and offset conversion;
//! - [`diagnostics`]: findings as LSP diagnostics;
//! - [`hover`]: what a temporal mention resolved to;
//! - [`actions`]: code actions;
//! - [`settings`]: configuration discovery, caching and editor options.

pub mod actions;
pub mod diagnostics;
pub mod documents;
pub mod hover;
pub mod lint;
pub mod position;
pub mod server;
pub mod settings;
pub mod transport;

use std::io::{self, Read, Write};

/// Serves one client on standard input and output until `exit` (or end of input).
/// Returns the process exit code the protocol asks for: 0 after a `shutdown`
/// request, 1 otherwise.
pub fn run_stdio() -> io::Result<i32> {
    serve(io::stdin(), io::stdout())
}

/// Serves one client over any byte streams (tests and benchmarks use pipes).
pub fn serve(
    input: impl Read + Send + 'static,
    output: impl Write + Send + 'static,
) -> io::Result<i32> {
    let transport = transport::Transport::spawn(input, output)?;
    let code = server::run(&transport.incoming, transport.outgoing.clone());
    transport.finish();
    Ok(code)
}
