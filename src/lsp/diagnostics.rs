//! Findings as LSP diagnostics: the claim's range, the rule id as `code` with a link to
//! its documentation, the severity mapped, the explanation and assumptions in the
//! message, and the evidence spans as `relatedInformation`.

use super::position::Positions;
use crate::finding::{Finding, Severity};
use crate::suppress::UNUSED_SUPPRESSION;
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag,
    Location, NumberOrString, Uri,
};
use std::str::FromStr;

/// Where rule documentation lives by default: `docs/rules/<id>.md` in the repository.
/// Clients may point elsewhere with the `ruleDocsUrl` option.
pub const DEFAULT_RULE_DOCS_URL: &str =
    "https://github.com/OWNER/factlint/blob/main/docs/rules/{rule}.md";

/// The `source` every diagnostic carries.
pub const SOURCE: &str = "factlint";

/// How a finding's severity shows in the editor.
pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The diagnostic for one finding. `documented` says whether the rule has a page under
/// the documentation URL (the built-in rules do).
pub fn diagnostic(
    finding: &Finding,
    uri: &Uri,
    positions: &Positions,
    docs_url: &str,
    documented: bool,
) -> Diagnostic {
    let mut message = finding.message.clone();
    if let Some(explanation) = &finding.explanation {
        message.push('\n');
        message.push_str(explanation);
    }
    for assumption in &finding.assumptions {
        message.push_str("\nassuming ");
        message.push_str(assumption);
    }
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), positions.range(r.span)),
            message: r.label.clone(),
        })
        .collect();
    let code_description = documented
        .then(|| Uri::from_str(&docs_url.replace("{rule}", &finding.rule)).ok())
        .flatten()
        .map(|href| CodeDescription { href });
    Diagnostic {
        range: positions.range(finding.span),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.clone())),
        code_description,
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: (finding.rule == UNUSED_SUPPRESSION).then(|| vec![DiagnosticTag::UNNECESSARY]),
        data: None,
    }
}
