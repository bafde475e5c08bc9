//! Linting an open document and publishing what was found.
//!
//! The whole pipeline (document, extraction, timeline, rules) runs again on every lint;
//! it is fast enough (see docs/performance.md) that incremental analysis is not worth
//! its complexity. Each lint runs under `catch_unwind`: a panic in one lint becomes a
//! diagnostic on that document, and the server keeps serving.

use super::diagnostics::{diagnostic, SOURCE};
use super::documents::{path_to_uri, Linted};
use super::position::{Encoding, Positions};
use super::server::Server;
use super::settings::Problem;
use crate::document::{DocKind, Document, LineIndex};
use crate::guard::guarded;
use crate::{analyze, LintOptions, Linter};
use lsp_types::notification::{LogMessage, PublishDiagnostics, ShowMessage};
use lsp_types::{
    Diagnostic, DiagnosticSeverity, MessageType, PublishDiagnosticsParams, Range, Uri,
};
use std::str::FromStr;
use std::time::Instant;

/// Lints one version of a text. `Err` carries the panic message if the lint panicked.
pub fn lint_text(
    linter: &Linter,
    text: String,
    kind: DocKind,
    version: i32,
    options: &LintOptions,
) -> Result<Linted, String> {
    guarded(|| {
        let document = Document::new(text, kind);
        let analysis = analyze(&document, options.date);
        let findings = linter.lint_analysis(&document, &analysis, options);
        Linted {
            version,
            document,
            analysis,
            findings,
        }
    })
}

/// The diagnostics of a lint.
pub fn diagnostics_of(
    linted: &Linted,
    uri: &Uri,
    encoding: Encoding,
    docs_url: &str,
    documented: &dyn Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    let positions = Positions {
        text: linted.document.source(),
        index: linted.document.line_index(),
        encoding,
    };
    linted
        .findings
        .iter()
        .map(|f| diagnostic(f, uri, &positions, docs_url, documented(&f.rule)))
        .collect()
}

impl Server {
    /// Lints every document whose debounce deadline has passed.
    pub fn lint_due(&mut self) {
        for uri in self.docs.due(Instant::now()) {
            self.lint_now(&uri);
        }
    }

    /// Lints every open document now (the configuration changed).
    pub fn lint_all(&mut self) {
        let mut uris: Vec<String> = self.docs.open.keys().cloned().collect();
        uris.sort();
        for uri in uris {
            self.lint_now(&uri);
        }
    }

    /// Lints one document now and publishes its diagnostics.
    pub fn lint_now(&mut self, uri: &str) {
        let Some(doc) = self.docs.open.get_mut(uri) else {
            return;
        };
        doc.due = None;
        let (text, kind, version) = (doc.text.clone(), doc.kind, doc.version);
        let path = doc.path.clone();
        let resolved = match self.settings.resolve(path.as_deref()) {
            Ok(resolved) => resolved,
            Err(problem) => {
                doc.linted = None;
                self.report_problem(&problem);
                self.publish(uri, Vec::new(), Some(version));
                return;
            }
        };
        match &resolved.problem {
            Some(problem) => self.report_problem(problem),
            None => {
                if let Some(path) = &resolved.config_path {
                    self.clear_problem(path);
                }
            }
        }
        let outcome = lint_text(
            &resolved.loaded.linter,
            text,
            kind,
            version,
            &resolved.options,
        );
        let Some(doc) = self.docs.open.get_mut(uri) else {
            return;
        };
        let diagnostics = match outcome {
            Ok(linted) => {
                let builtin = &self.builtin_ids;
                let diagnostics = match Uri::from_str(uri) {
                    Ok(parsed) => diagnostics_of(
                        &linted,
                        &parsed,
                        self.encoding,
                        &self.docs_url,
                        &|id: &str| builtin.iter().any(|b| b == id),
                    ),
                    Err(_) => Vec::new(),
                };
                doc.linted = Some(linted);
                diagnostics
            }
            Err(message) => {
                doc.linted = None;
                let text = format!("factlint failed on this document (internal error: {message}); the server keeps running");
                self.notify::<LogMessage>(lsp_types::LogMessageParams {
                    typ: MessageType::ERROR,
                    message: format!("{uri}: {text}"),
                });
                vec![Diagnostic {
                    range: Range::default(),
                    severity: Some(DiagnosticSeverity::WARNING),
                    source: Some(SOURCE.to_string()),
                    message: text,
                    ..Diagnostic::default()
                }]
            }
        };
        self.publish(uri, diagnostics, Some(version));
    }

    /// Sends `textDocument/publishDiagnostics`.
    pub fn publish(&self, uri: &str, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let Ok(uri) = Uri::from_str(uri) else {
            return;
        };
        self.notify::<PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        });
    }

    /// Shows a configuration problem once, and as a diagnostic in the file at fault.
    fn report_problem(&mut self, problem: &Problem) {
        if self.shown.insert(problem.message.clone()) {
            self.notify::<ShowMessage>(lsp_types::ShowMessageParams {
                typ: MessageType::ERROR,
                message: format!("{} (linting with the defaults)", problem.message),
            });
        }
        let Some(path) = &problem.path else {
            return;
        };
        let range = std::fs::read_to_string(path)
            .ok()
            .zip(problem.offset)
            .map_or_else(Range::default, |(text, offset)| {
                // The offset comes from the YAML parser: keep it on a char boundary.
                let mut offset = offset.min(text.len());
                while !text.is_char_boundary(offset) {
                    offset -= 1;
                }
                let index = LineIndex::new(&text);
                let positions = Positions {
                    text: &text,
                    index: &index,
                    encoding: self.encoding,
                };
                let end = text[offset..]
                    .char_indices()
                    .nth(1)
                    .map_or(text.len(), |(i, _)| offset + i);
                Range::new(positions.position(offset), positions.position(end))
            });
        let uri = path_to_uri(path);
        let diagnostic = Diagnostic {
            range,
            severity: Some(DiagnosticSeverity::ERROR),
            source: Some(SOURCE.to_string()),
            message: problem.message.clone(),
            ..Diagnostic::default()
        };
        self.publish(&uri, vec![diagnostic], None);
        self.config_problems.insert(path.clone());
    }

    /// Clears the diagnostic of a configuration file that loads again.
    fn clear_problem(&mut self, path: &std::path::Path) {
        if self.config_problems.remove(path) {
            self.publish(&path_to_uri(path), Vec::new(), None);
            self.shown.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn default_docs_url_names_the_rule() {
        assert!(super::super::diagnostics::DEFAULT_RULE_DOCS_URL.contains("{rule}"));
    }
}
