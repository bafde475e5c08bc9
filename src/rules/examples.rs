//! Running a rule's own examples: the rule's tests, for `cargo test` and
//! `factlint test-rules`.

use super::engine::{run_rule, Context};
use super::load::{Example, Rule};
use crate::document::{DocKind, Document};
use crate::timeline;

/// An example whose findings differ from what it expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub index: usize,
    pub text: String,
    pub problem: String,
}

/// Runs every example of `rule` with only that rule enabled.
pub fn check_examples(rule: &Rule) -> Vec<ExampleFailure> {
    rule.examples
        .iter()
        .enumerate()
        .filter_map(|(index, example)| {
            check_example(rule, example)
                .err()
                .map(|problem| ExampleFailure {
                    rule: rule.id.clone(),
                    index,
                    text: example.text.clone(),
                    problem,
                })
        })
        .collect()
}

fn check_example(rule: &Rule, example: &Example) -> Result<(), String> {
    let doc = Document::new(example.text.clone(), DocKind::PlainText);
    let analysis = timeline::analyze(&doc, example.date);
    let cx = Context::new(&doc, &analysis.mentions, &analysis.timeline, false);
    let findings = run_rule(rule, &cx).findings;
    let describe = |f: &crate::finding::Finding| {
        let related: Vec<&str> = f.related.iter().map(|r| doc.text(r.span)).collect();
        format!(
            "at “{}” (related: {:?}): {}",
            doc.text(f.span),
            related,
            f.message
        )
    };
    if findings.len() != example.expect.len() {
        let got: Vec<String> = findings.iter().map(describe).collect();
        return Err(format!(
            "expected {} finding(s), got {}: {got:?}",
            example.expect.len(),
            findings.len()
        ));
    }
    for (at, related) in &example.expect {
        let Some(finding) = findings.iter().find(|f| doc.text(f.span) == at) else {
            let got: Vec<String> = findings.iter().map(describe).collect();
            return Err(format!("expected a finding at “{at}”, got {got:?}"));
        };
        for want in related {
            if !finding.related.iter().any(|r| doc.text(r.span) == want) {
                return Err(format!(
                    "finding at “{at}” should point at “{want}”; it is {}",
                    describe(finding)
                ));
            }
        }
    }
    Ok(())
}
