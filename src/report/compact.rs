//! `path:line:column: severity [rule] message`, one finding per line.

use super::Report;

/// Where a report's findings are, as printed: the path, plus `#id` for a batch record.
pub(super) fn place(report: &Report) -> String {
    match report.doc_id {
        Some(id) => format!("{}#{id}", report.path),
        None => report.path.to_string(),
    }
}

/// One line per finding.
pub fn render_compact(report: &Report) -> String {
    let place = place(report);
    let mut out = String::new();
    for f in report.findings {
        let lc = report.document.line_col(f.span.start as usize);
        out.push_str(&format!(
            "{place}:{}:{}: {} [{}] {}\n",
            lc.line, lc.column, f.severity, f.rule, f.message
        ));
    }
    out
}
