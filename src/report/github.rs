//! GitHub Actions workflow commands: each finding becomes an annotation on the pull
//! request (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).

use super::Report;
use crate::finding::Severity;

/// Escapes the message part of a workflow command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`), which also may not hold `:` or `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per finding.
pub fn render_github(report: &Report) -> String {
    let mut out = String::new();
    for f in report.findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let start = report.document.line_col(f.span.start as usize);
        let end = report.document.line_col(f.span.end as usize);
        let mut message = f.message.clone();
        if let Some(explanation) = &f.explanation {
            message.push('\n');
            message.push_str(explanation);
        }
        let title = match report.doc_id {
            Some(id) => format!("factlint {} ({id})", f.rule),
            None => format!("factlint {}", f.rule),
        };
        out.push_str(&format!(
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape_property(report.path),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(&title),
            escape_data(&message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_github_requires() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
