//! The JSON shape of a finding (a public interface: add fields, never rename).

use super::Report;
use crate::document::{Document, Span};
use crate::finding::{Applicability, Finding};
use serde::Serialize;

/// A location in the input: byte offsets plus 1-based line and character column.
#[derive(Serialize)]
pub struct LocationJson {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

#[derive(Serialize)]
pub struct FixJson {
    pub start: u32,
    pub end: u32,
    pub replacement: String,
    pub safe: bool,
}

/// One finding as the `json` and `jsonl` formats print it.
#[derive(Serialize)]
pub struct FindingJson {
    pub rule: String,
    pub severity: String,
    pub message: String,
    pub path: String,
    pub doc: Option<String>,
    pub span: LocationJson,
    pub related: Vec<LocationJson>,
    pub explanation: Option<String>,
    pub assumptions: Vec<String>,
    pub fixes: Vec<FixJson>,
}

fn location(doc: &Document, span: Span, label: Option<String>) -> LocationJson {
    let lc = doc.line_col(span.start as usize);
    LocationJson {
        start: span.start,
        end: span.end,
        line: lc.line,
        column: lc.column,
        label,
    }
}

/// Builds the JSON object of one finding.
pub fn finding_json(report: &Report, finding: &Finding) -> FindingJson {
    let doc = report.document;
    FindingJson {
        rule: finding.rule.clone(),
        severity: finding.severity.to_string(),
        message: finding.message.clone(),
        path: report.path.to_string(),
        doc: report.doc_id.map(str::to_string),
        span: location(doc, finding.span, None),
        related: finding
            .related
            .iter()
            .map(|r| location(doc, r.span, Some(r.label.clone())))
            .collect(),
        explanation: finding.explanation.clone(),
        assumptions: finding.assumptions.clone(),
        fixes: finding
            .fixes
            .iter()
            .map(|f| FixJson {
                start: f.span.start,
                end: f.span.end,
                replacement: f.replacement.clone(),
                safe: f.applicability == Applicability::Safe,
            })
            .collect(),
    }
}
