//! Open documents: their text kept in step with the editor's incremental edits, their
//! kind (Markdown or plain text), the result of their last lint, and the debounce that
//! makes a burst of keystrokes lint once.
//!
//! Each edit moves the document's deadline to `now + delay`; the server lints every
//! document whose deadline has passed and waits for the nearest one otherwise.

use super::position::{Encoding, Positions};
use crate::document::{DocKind, Document, LineIndex};
use crate::finding::Finding;
use crate::timeline::Analysis;
use lsp_types::TextDocumentContentChangeEvent;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The outcome of linting one version of a document.
pub struct Linted {
    pub version: i32,
    pub document: Document,
    pub analysis: Analysis,
    pub findings: Vec<Finding>,
}

/// A document the editor has open.
pub struct OpenDocument {
    pub uri: String,
    pub version: i32,
    pub text: String,
    pub kind: DocKind,
    /// The file on disk, for `file:` URIs (configuration is discovered from it).
    pub path: Option<PathBuf>,
    /// The last lint, if it succeeded; it may be of an older version while a lint is due.
    pub linted: Option<Linted>,
    /// When the pending lint is due (after the last edit plus the debounce delay).
    pub due: Option<Instant>,
}

impl OpenDocument {
    pub fn new(uri: &str, language_id: &str, version: i32, text: String) -> OpenDocument {
        let path = uri_to_path(uri);
        OpenDocument {
            uri: uri.to_string(),
            version,
            text,
            kind: kind_of(language_id, uri),
            path,
            linted: None,
            due: None,
        }
    }

    /// Applies the edits of one `didChange`, in order. A change with a range replaces
    /// that range (clamped to the text); one without replaces the whole text.
    pub fn apply_changes(
        &mut self,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) {
        for change in changes {
            match change.range {
                None => self.text = change.text,
                Some(range) => {
                    let index = LineIndex::new(&self.text);
                    let span = Positions {
                        text: &self.text,
                        index: &index,
                        encoding,
                    }
                    .span(range);
                    self.text.replace_range(span.range(), &change.text);
                }
            }
        }
        self.version = version;
    }

    /// The last lint, when it is of the current text.
    pub fn current(&self) -> Option<&Linted> {
        self.linted
            .as_ref()
            .filter(|l| l.version == self.version && self.due.is_none())
    }
}

/// Markdown for the `markdown` language id, plain text for `plaintext`; anything else
/// is decided by the URI's extension.
pub fn kind_of(language_id: &str, uri: &str) -> DocKind {
    match language_id {
        "markdown" | "mdx" => DocKind::Markdown,
        "plaintext" | "text" => DocKind::PlainText,
        _ => {
            let path = uri.split(['?', '#']).next().unwrap_or(uri);
            DocKind::from_path(Path::new(path))
        }
    }
}

/// The open documents and their pending lints.
pub struct Documents {
    pub open: HashMap<String, OpenDocument>,
    pub delay: Duration,
}

impl Documents {
    pub fn new(delay: Duration) -> Documents {
        Documents {
            open: HashMap::new(),
            delay,
        }
    }

    /// Schedules a lint of `uri` after the debounce delay.
    pub fn touch(&mut self, uri: &str) {
        let due = Instant::now() + self.delay;
        if let Some(doc) = self.open.get_mut(uri) {
            doc.due = Some(due);
        }
    }

    /// The earliest pending deadline.
    pub fn next_due(&self) -> Option<Instant> {
        self.open.values().filter_map(|d| d.due).min()
    }

    /// The documents whose lint is due at `now`, in a stable order.
    pub fn due(&self, now: Instant) -> Vec<String> {
        let mut uris: Vec<String> = self
            .open
            .values()
            .filter(|d| d.due.is_some_and(|t| t <= now))
            .map(|d| d.uri.clone())
            .collect();
        uris.sort();
        uris
    }
}

/// The local path of a `file:` URI (percent-decoded), `None` for other schemes.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // `file:///path` or `file://localhost/path`.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let path = rest.split(['?', '#']).next()?;
    let decoded = percent_decode(path)?;
    // `file:///C:/x` on Windows.
    let bytes = decoded.as_bytes();
    if cfg!(windows) && bytes.len() > 2 && bytes[0] == b'/' && bytes[2] == b':' {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

/// A `file:` URI for a local path.
pub fn path_to_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range
                .map(|((a, b), (c, d))| Range::new(Position::new(a, b), Position::new(c, d))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_edits_in_utf16_and_utf8() {
        let mut doc = OpenDocument::new("file:///t/a.md", "markdown", 1, "a😀b\r\ncafé\r\n".into());
        doc.apply_changes(
            2,
            vec![change(Some(((0, 3), (0, 4))), "B")],
            Encoding::Utf16,
        );
        assert_eq!(doc.text, "a😀B\r\ncafé\r\n");
        doc.apply_changes(3, vec![change(Some(((1, 3), (1, 5))), "E")], Encoding::Utf8);
        assert_eq!(doc.text, "a😀B\r\ncafE\r\n");
        // Out of range: clamped to the end.
        doc.apply_changes(
            4,
            vec![change(Some(((9, 0), (9, 9))), "!")],
            Encoding::Utf16,
        );
        assert_eq!(doc.text, "a😀B\r\ncafE\r\n!");
        doc.apply_changes(5, vec![change(None, "new")], Encoding::Utf16);
        assert_eq!((doc.text.as_str(), doc.version), ("new", 5));
    }

    #[test]
    fn kinds_and_uris() {
        assert_eq!(kind_of("markdown", "untitled:1"), DocKind::Markdown);
        assert_eq!(kind_of("plaintext", "file:///a.md"), DocKind::PlainText);
        assert_eq!(kind_of("", "file:///a/b.md"), DocKind::Markdown);
        assert_eq!(kind_of("", "file:///a/b.txt"), DocKind::PlainText);
        assert_eq!(
            uri_to_path("file:///tmp/caf%C3%A9%20x.md"),
            Some(PathBuf::from("/tmp/café x.md"))
        );
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file:///bad%zz"), None);
        let path = Path::new("/tmp/café x.md");
        assert_eq!(uri_to_path(&path_to_uri(path)).as_deref(), Some(path));
    }
}
