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

/// Applies the fixes that `allowed` accepts to `source`, in order, skipping any fix that
/// overlaps one already taken (a later run picks it up). Returns the new text and how
/// many fixes were applied; the text is unchanged when none were.
pub fn apply_fixes<'a>(
    source: &str,
    fixes: impl IntoIterator<Item = &'a Fix>,
    allowed: impl Fn(Applicability) -> bool,
) -> (String, usize) {
    let mut chosen: Vec<&Fix> = fixes
        .into_iter()
        .filter(|f| allowed(f.applicability))
        .collect();
    chosen.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out = String::with_capacity(source.len());
    let mut cursor = 0usize;
    let mut applied = 0;
    for fix in chosen {
        let (start, end) = (fix.span.start as usize, fix.span.end as usize);
        let valid = start >= cursor
            && end <= source.len()
            && source.is_char_boundary(start)
            && source.is_char_boundary(end);
        if !valid {
            continue;
        }
        out.push_str(&source[cursor..start]);
        out.push_str(&fix.replacement);
        cursor = end;
        applied += 1;
    }
    out.push_str(&source[cursor..]);
    (out, applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(start: usize, end: usize, text: &str, applicability: Applicability) -> Fix {
        Fix {
            span: Span::new(start, end),
            replacement: text.to_string(),
            applicability,
        }
    }

    #[test]
    fn applies_allowed_non_overlapping_fixes() {
        let source = "On Wednesday, March 14, it rained.";
        let fixes = [
            fix(3, 12, "Tuesday", Applicability::Safe),
            fix(5, 8, "xx", Applicability::Safe),
            fix(24, 26, "we", Applicability::Unsafe),
        ];
        let (text, n) = apply_fixes(source, &fixes, |a| a == Applicability::Safe);
        assert_eq!((text.as_str(), n), ("On Tuesday, March 14, it rained.", 1));
        let (text, n) = apply_fixes(source, &fixes, |a| a != Applicability::DisplayOnly);
        assert_eq!((text.as_str(), n), ("On Tuesday, March 14, we rained.", 2));
    }
}
