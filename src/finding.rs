//! [`Finding`]: the one result type every front end serialises.

use crate::document::Span;
use serde::Serialize;
use std::fmt;

/// How serious a finding is. Exit codes and `fail-on` compare severities.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Whether a fix may be applied without a human looking (ruff's applicability levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Only one edit can be right: `--fix` applies it.
    Safe,
    /// One of several possible edits (either side of a contradiction may be the typo).
    Unsafe,
    /// Shown to the reader, never applied.
    DisplayOnly,
}

/// A replacement of one span of the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
    pub applicability: Applicability,
}

/// Another place in the text that the finding rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub label: String,
}

/// One proven contradiction (or, at info level, a note about the run).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    /// The claim the finding is about.
    pub span: Span,
    /// What the claim contradicts.
    pub related: Vec<Related>,
    /// The computation that disproves the claim, e.g.
    /// "February 18, 2022 → May 13, 2022 (article date) = 84 days".
    pub explanation: Option<String>,
    /// What the computation assumed, e.g. "year 2022 taken from the article date".
    pub assumptions: Vec<String>,
    pub fixes: Vec<Fix>,
}

impl Finding {
    /// The order reporters print findings in: by position, then rule.
    pub fn sort_key(&self) -> (u32, u32, &str) {
        (self.span.start, self.span.end, &self.rule)
    }
}
