//! Suppressions written in the text, and the report of those that suppress nothing.
//!
//! Markdown: `<!-- factlint-disable-next-line RULE[, RULE] -- reason -->`,
//! `<!-- factlint-disable RULE -->` … `<!-- factlint-enable RULE -->` (no rule: all).
//! Plain text: the same words on a line of their own, optionally after `#` or `//`
//! (`# factlint-disable-next-line weekday -- quoted from the source`).
//!
//! Parsed from the [`Document`]'s source (comments are not prose), applied to the
//! findings of one lint. A suppression that silences nothing is itself reported, as
//! ruff reports unused `noqa` comments, so stale ones do not pile up.
//!
//! A correction notice ("An earlier version of this story said …") suppresses itself:
//! it quotes the error on purpose.

use crate::document::{DocKind, Document, Span};
use crate::finding::{Applicability, Finding, Fix, Severity};
use regex::Regex;
use std::sync::LazyLock;

/// The rule id of the report of an unused suppression.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Directive {
    NextLine,
    Disable,
    Enable,
}

/// One suppression comment.
#[derive(Clone, Debug)]
struct Suppression {
    directive: Directive,
    /// Empty means every rule.
    rules: Vec<String>,
    span: Span,
    /// The whole lines the comment occupies, for removing it.
    line_span: Span,
    /// 0-based line of the comment's end.
    end_line: usize,
}

static MARKDOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*factlint-(disable-next-line|disable|enable)\b((?s:.)*?)-->").expect("valid")
});

static PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?mR)^[ \t]*(?:#|//)?[ \t]*factlint-(disable-next-line|disable|enable)\b([^\r\n]*)$",
    )
    .expect("valid")
});

fn parse(doc: &Document) -> Vec<Suppression> {
    let source = doc.source();
    // Most documents have no directive: looking for the word spares compiling the
    // patterns, a noticeable part of a one-file run.
    if memchr::memmem::find(source.as_bytes(), b"factlint-").is_none() {
        return Vec::new();
    }
    let pattern = match doc.kind() {
        DocKind::Markdown => &*MARKDOWN,
        DocKind::PlainText => &*PLAIN,
    };
    pattern
        .captures_iter(source)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let directive = match caps.get(1)?.as_str() {
                "disable-next-line" => Directive::NextLine,
                "disable" => Directive::Disable,
                _ => Directive::Enable,
            };
            let rest = caps.get(2).map_or("", |m| m.as_str());
            let rules_part = rest.split(" -- ").next().unwrap_or("");
            let rules = rules_part
                .split([',', ' ', '\t', '\n', '\r'])
                .map(str::trim)
                .filter(|r| !r.is_empty() && *r != "--")
                .map(str::to_string)
                .collect();
            let span = Span::new(whole.start(), whole.end());
            Some(Suppression {
                directive,
                rules,
                span,
                line_span: whole_lines(source, span),
                end_line: doc.line_col(whole.end().saturating_sub(1)).line as usize - 1,
            })
        })
        .collect()
}

/// The span of the lines around `span`, with the final newline, when nothing else is on
/// them; otherwise `span` itself.
fn whole_lines(source: &str, span: Span) -> Span {
    let start = source[..span.start as usize]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let end = source[span.end as usize..]
        .find('\n')
        .map_or(source.len(), |i| span.end as usize + i + 1);
    let alone = source[start..span.start as usize].trim().is_empty()
        && source[span.end as usize..end].trim().is_empty();
    if alone {
        Span::new(start, end)
    } else {
        span
    }
}

fn names(rules: &[String], rule: &str) -> bool {
    rules.is_empty() || rules.iter().any(|r| r == rule)
}

/// Words that quote an error to correct it: "An earlier version of this story said the
/// talks were held on Thursday, May 5", "incorrectly reported". Matched on the
/// lower-cased prose, bytes and ASCII only, so the search is a literal scan.
static CORRECTION: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
        r"(?-u)\b(?:(?:earlier|previous|prior)\s+versions?\s+of\s+this\s+(?:story|article|report|item|post)|(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:said|stated|reported|gave|listed|described)|misstated)\b",
    )
    .expect("pattern compiles")
});

/// Drops the findings that involve a sentence of a correction notice: it quotes the
/// error on purpose, and the claim it corrects is elsewhere.
pub fn drop_quoted_errors(doc: &Document, mut findings: Vec<Finding>) -> Vec<Finding> {
    if findings.is_empty() {
        return findings;
    }
    let lower = doc.prose().as_bytes().to_ascii_lowercase();
    let corrections: Vec<Span> = CORRECTION
        .find_iter(&lower)
        .filter_map(|m| doc.sentence_at(m.start()))
        .filter_map(|i| doc.sentences().get(i).copied())
        .collect();
    if corrections.is_empty() {
        return findings;
    }
    let quoted = |span: Span| {
        corrections
            .iter()
            .any(|s| s.start <= span.start && span.start < s.end)
    };
    findings.retain(|f| !quoted(f.span) && !f.related.iter().any(|r| quoted(r.span)));
    findings
}

/// Removes the findings the text suppresses and reports suppressions that silenced
/// nothing. `enabled` says whether a rule ran: a suppression of a rule that did not run
/// (selected out, or unknown) cannot be judged unused.
pub fn apply(
    doc: &Document,
    findings: Vec<Finding>,
    enabled: impl Fn(&str) -> bool,
) -> Vec<Finding> {
    let suppressions = parse(doc);
    if suppressions.is_empty() {
        return findings;
    }
    let mut used = vec![false; suppressions.len()];
    let mut kept = Vec::with_capacity(findings.len());
    for finding in findings {
        let line = doc.line_col(finding.span.start as usize).line as usize - 1;
        let by = suppressions.iter().enumerate().find(|(i, s)| {
            names(&s.rules, &finding.rule)
                && match s.directive {
                    Directive::NextLine => line == s.end_line + 1,
                    Directive::Disable => {
                        s.span.end <= finding.span.start
                            && !suppressions[i + 1..].iter().any(|e| {
                                e.directive == Directive::Enable
                                    && e.span.end <= finding.span.start
                                    && (e.rules.is_empty()
                                        || s.rules.iter().all(|r| names(&e.rules, r)))
                            })
                    }
                    Directive::Enable => false,
                }
        });
        match by {
            Some((i, _)) => used[i] = true,
            None => kept.push(finding),
        }
    }
    for (s, used) in suppressions.iter().zip(used) {
        let judged = s.directive != Directive::Enable
            && (s.rules.is_empty() || s.rules.iter().all(|r| enabled(r)));
        if used || !judged {
            continue;
        }
        kept.push(Finding {
            rule: UNUSED_SUPPRESSION.to_string(),
            severity: Severity::Warning,
            message: "this suppression silences no finding".to_string(),
            span: s.span,
            related: Vec::new(),
            explanation: Some("remove it, or fix the rule name it gives".to_string()),
            assumptions: Vec::new(),
            fixes: vec![Fix {
                span: s.line_span,
                replacement: String::new(),
                applicability: Applicability::Safe,
            }],
        });
    }
    kept.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(doc: &Document, rule: &str, needle: &str) -> Finding {
        let start = doc.source().find(needle).expect("needle in text");
        Finding {
            rule: rule.to_string(),
            severity: Severity::Error,
            message: String::new(),
            span: Span::new(start, start + needle.len()),
            related: Vec::new(),
            explanation: None,
            assumptions: Vec::new(),
            fixes: Vec::new(),
        }
    }

    #[test]
    fn a_correction_notice_quotes_its_error_unreported() {
        let doc = Document::new(
            "An earlier version of this story said the vote was on Thursday, May 5. \
             It was on Friday, May 5. The rally was on Sunday, May 8.\n",
            DocKind::PlainText,
        );
        let mut related_into_notice = finding(&doc, "weekday", "Sunday");
        related_into_notice.related.push(crate::finding::Related {
            span: finding(&doc, "weekday", "Thursday").span,
            label: String::new(),
        });
        let findings = vec![
            finding(&doc, "weekday", "Thursday"),
            finding(&doc, "weekday", "Friday"),
            related_into_notice,
        ];
        let kept = drop_quoted_errors(&doc, findings);
        let texts: Vec<&str> = kept.iter().map(|f| doc.text(f.span)).collect();
        assert_eq!(texts, ["Friday"]);
        // Without a notice, nothing is dropped.
        let doc = Document::new("The vote was on Thursday, May 5.\n", DocKind::PlainText);
        let kept = drop_quoted_errors(&doc, vec![finding(&doc, "weekday", "Thursday")]);
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn next_line_silences_only_the_next_line_and_rule() {
        let doc = Document::new(
            "<!-- factlint-disable-next-line weekday -- quoted -->\nAlpha here.\nBeta here.\n",
            DocKind::Markdown,
        );
        let findings = vec![
            finding(&doc, "weekday", "Alpha"),
            finding(&doc, "weekday", "Beta"),
            finding(&doc, "interval", "here"),
        ];
        let kept = apply(&doc, findings, |_| true);
        let texts: Vec<(&str, &str)> = kept
            .iter()
            .map(|f| (f.rule.as_str(), doc.text(f.span)))
            .collect();
        assert_eq!(texts, [("interval", "here"), ("weekday", "Beta")]);
    }

    #[test]
    fn disable_enable_ranges_and_unused_reports() {
        let doc = Document::new(
            "# factlint-disable\nAlpha.\n# factlint-enable\nBeta.\n# factlint-disable-next-line offset\nGamma.\n",
            DocKind::PlainText,
        );
        let findings = vec![
            finding(&doc, "weekday", "Alpha"),
            finding(&doc, "weekday", "Beta"),
        ];
        let kept = apply(&doc, findings, |_| true);
        let texts: Vec<(&str, &str)> = kept
            .iter()
            .map(|f| (f.rule.as_str(), doc.text(f.span)))
            .collect();
        assert_eq!(
            texts,
            [
                ("weekday", "Beta"),
                (UNUSED_SUPPRESSION, "# factlint-disable-next-line offset")
            ]
        );
        // The unused one is removed whole, newline included.
        assert_eq!(
            doc.text(kept[1].fixes[0].span),
            "# factlint-disable-next-line offset\n"
        );
    }

    #[test]
    fn plain_text_comments_work_with_crlf_line_endings() {
        let doc = Document::new(
            "# factlint-disable-next-line weekday\r\nAlpha.\r\n",
            DocKind::PlainText,
        );
        let kept = apply(&doc, vec![finding(&doc, "weekday", "Alpha")], |_| true);
        assert!(kept.is_empty(), "{kept:?}");
    }

    #[test]
    fn suppressions_of_rules_that_did_not_run_are_not_judged() {
        let doc = Document::new(
            "<!-- factlint-disable-next-line weekday -->\nAlpha.\n",
            DocKind::Markdown,
        );
        assert!(apply(&doc, Vec::new(), |rule| rule != "weekday").is_empty());
    }
}
