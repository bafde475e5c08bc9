//! SARIF 2.1.0: one run, the rules in `tool.driver.rules`, each finding a result with
//! its evidence in `relatedLocations` and its fixes as SARIF `fixes`.

use super::Report;
use crate::document::{Document, Span};
use crate::finding::Severity;
use serde_json::{json, Value};

/// What SARIF needs to know of a rule.
pub struct RuleInfo<'a> {
    pub id: &'a str,
    pub summary: &'a str,
    pub docs: Option<&'a str>,
    pub severity: Severity,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A SARIF region: 1-based lines and columns in Unicode code points (the run says so
/// with `columnKind`), plus the byte range.
fn region(doc: &Document, span: Span) -> Value {
    let start = doc.line_col(span.start as usize);
    let end = doc.line_col(span.end as usize);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "byteOffset": span.start,
        "byteLength": span.len(),
        "snippet": {"text": doc.text(span)},
    })
}

fn location(report: &Report, span: Span) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(report.path)},
            "region": region(report.document, span),
        }
    })
}

/// A relative path as a URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            _ => out.push(c),
        }
    }
    out
}

/// The whole SARIF log for a run over several inputs.
pub fn render_sarif(reports: &[Report], rules: &[RuleInfo]) -> String {
    let rule_index = |id: &str| rules.iter().position(|r| r.id == id);
    let mut results = Vec::new();
    for report in reports {
        for f in report.findings {
            let mut result = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": {"text": match &f.explanation {
                    Some(e) => format!("{}\n{e}", f.message),
                    None => f.message.clone(),
                }},
                "locations": [location(report, f.span)],
                "relatedLocations": f.related.iter().enumerate().map(|(i, r)| {
                    let mut loc = location(report, r.span);
                    loc["id"] = json!(i);
                    loc["message"] = json!({"text": r.label});
                    loc
                }).collect::<Vec<_>>(),
                "fixes": f.fixes.iter().map(|fix| json!({
                    "description": {"text": format!("replace with “{}”", fix.replacement)},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri(report.path)},
                        "replacements": [{
                            "deletedRegion": region(report.document, fix.span),
                            "insertedContent": {"text": fix.replacement},
                        }],
                    }],
                })).collect::<Vec<_>>(),
            });
            if let Some(i) = rule_index(&f.rule) {
                result["ruleIndex"] = json!(i);
            }
            let mut properties = serde_json::Map::new();
            if let Some(id) = report.doc_id {
                properties.insert("doc".into(), json!(id));
            }
            if !f.assumptions.is_empty() {
                properties.insert("assumptions".into(), json!(f.assumptions));
            }
            if !properties.is_empty() {
                result["properties"] = Value::Object(properties);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules.iter().map(|r| {
                    let mut rule = json!({
                        "id": r.id,
                        "shortDescription": {"text": r.summary},
                        "defaultConfiguration": {"level": level(r.severity)},
                    });
                    if let Some(docs) = r.docs {
                        rule["fullDescription"] = json!({"text": r.summary});
                        rule["help"] = json!({"text": docs, "markdown": docs});
                    }
                    rule
                }).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}
