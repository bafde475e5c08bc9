//! Human output: each finding as a miette diagnostic over the source text.

use super::Report;
use crate::finding::{Finding, Severity};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use std::fmt;

/// How to draw: colour only on a terminal with `NO_COLOR` unset; a fixed width keeps
/// snapshots stable.
#[derive(Clone, Copy, Debug)]
pub struct HumanStyle {
    pub color: bool,
    pub width: usize,
}

struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: &'a NamedSource<String>,
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let mut lines = Vec::new();
        if let Some(explanation) = &self.finding.explanation {
            lines.push(explanation.clone());
        }
        for assumption in &self.finding.assumptions {
            lines.push(format!("assuming {assumption}"));
        }
        for fix in &self.finding.fixes {
            lines.push(format!("possible fix: “{}”", fix.replacement));
        }
        (!lines.is_empty()).then(|| Box::new(lines.join("\n")) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary =
            LabeledSpan::new_primary_with_span(Some("this claim".to_string()), self.finding.span);
        let related = self
            .finding
            .related
            .iter()
            .map(|r| LabeledSpan::new_with_span(Some(r.label.clone()), r.span));
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

/// Renders every finding of a report, one diagnostic after another.
pub fn render_human(report: &Report, style: HumanStyle) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width);
    let mut out = String::new();
    if report.findings.is_empty() {
        return out;
    }
    // One copy of the text per report, shared by all its findings.
    let source = NamedSource::new(report.path, report.document.source().to_string());
    for finding in report.findings {
        let diagnostic = FindingDiagnostic {
            finding,
            source: &source,
        };
        // Writing into a String cannot fail.
        let _ = handler.render_report(&mut out, &diagnostic);
    }
    out
}
