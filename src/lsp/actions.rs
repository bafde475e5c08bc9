//! Code actions for the findings under the cursor: each finding's fixes, and "disable
//! this rule for this line", which inserts a suppression comment on its own line above
//! (`<!-- factlint-disable-next-line RULE -->` in Markdown,
//! `# factlint-disable-next-line RULE` in plain text; see `crate::suppress`).

use super::position::Positions;
use crate::document::{DocKind, Document, Span};
use crate::finding::{Applicability, Finding};
use crate::suppress::UNUSED_SUPPRESSION;
use crate::NO_ARTICLE_DATE;
use lsp_types::{CodeAction, CodeActionKind, Diagnostic, TextEdit, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// The findings a request for `span` is about: those overlapping it, or touching it
/// when it is empty (a bare cursor).
pub fn findings_at(findings: &[Finding], span: Span) -> Vec<&Finding> {
    findings
        .iter()
        .filter(|f| {
            if span.is_empty() {
                f.span.start <= span.start && span.start <= f.span.end
            } else {
                f.span.overlaps(span) || (f.span.is_empty() && span.contains(f.span.start as usize))
            }
        })
        .collect()
}

/// The actions for one finding, whose diagnostic is `diagnostic`.
pub fn actions_for(
    finding: &Finding,
    diagnostic: &Diagnostic,
    doc: &Document,
    uri: &Uri,
    positions: &Positions,
) -> Vec<CodeAction> {
    let mut actions = Vec::new();
    for fix in &finding.fixes {
        if fix.applicability == Applicability::DisplayOnly {
            continue;
        }
        let title = if fix.replacement.is_empty() {
            match finding.rule.as_str() {
                UNUSED_SUPPRESSION => "Remove the unused suppression".to_string(),
                _ => format!("Delete “{}”", doc.text(fix.span)),
            }
        } else {
            format!("Replace with “{}”", fix.replacement)
        };
        actions.push(action(
            title,
            diagnostic,
            uri,
            TextEdit::new(positions.range(fix.span), fix.replacement.clone()),
            fix.applicability == Applicability::Safe,
        ));
    }
    if finding.rule != UNUSED_SUPPRESSION && finding.rule != NO_ARTICLE_DATE {
        let edit = disable_edit(doc, &finding.rule, finding.span.start as usize, positions);
        actions.push(action(
            format!("Disable {} for this line", finding.rule),
            diagnostic,
            uri,
            edit,
            false,
        ));
    }
    actions
}

fn action(
    title: String,
    diagnostic: &Diagnostic,
    uri: &Uri,
    edit: TextEdit,
    preferred: bool,
) -> CodeAction {
    CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
            ..WorkspaceEdit::default()
        }),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    }
}

/// The suppression comment for `rule`, inserted at the start of the line holding
/// `offset`, with that line's indentation and line ending.
pub fn disable_edit(doc: &Document, rule: &str, offset: usize, positions: &Positions) -> TextEdit {
    let source = doc.source();
    let offset = offset.min(source.len());
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = source[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let eol = if source.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let comment = match doc.kind() {
        DocKind::Markdown => format!("<!-- factlint-disable-next-line {rule} -->"),
        DocKind::PlainText => format!("# factlint-disable-next-line {rule}"),
    };
    let at = positions.position(line_start);
    TextEdit::new(
        lsp_types::Range::new(at, at),
        format!("{indent}{comment}{eol}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::LineIndex;
    use crate::lsp::position::Encoding;
    use crate::{LintOptions, Linter};

    #[test]
    fn disabling_a_line_silences_its_finding() {
        for (kind, text) in [
            (DocKind::Markdown, "---\r\ndate: 2023-03-20\r\n---\r\nThe vote was held on Wednesday, March 14, 2023.\r\n"),
            (DocKind::PlainText, "Dated 2023-03-20.\n\n  The vote was held on Wednesday, March 14, 2023.\n"),
        ] {
            let linter = Linter::builtin().unwrap();
            let doc = Document::new(text, kind);
            let findings = linter.lint(&doc, &LintOptions::default());
            assert_eq!(findings.len(), 1, "{findings:?}");
            let index = LineIndex::new(text);
            let positions = Positions { text, index: &index, encoding: Encoding::Utf16 };
            let edit = disable_edit(&doc, "weekday", findings[0].span.start as usize, &positions);
            let at = positions.offset(edit.range.start);
            let mut fixed = text.to_string();
            fixed.insert_str(at, &edit.new_text);
            let again = linter.lint(&Document::new(fixed.clone(), kind), &LintOptions::default());
            assert!(again.is_empty(), "{fixed:?}: {again:?}");
        }
    }
}
