//! Every built-in rule loads, and every example in every rule file passes.

use factlint::rules::examples::check_examples;
use factlint::Linter;

#[test]
fn builtin_rules_load() {
    let linter = Linter::builtin().unwrap_or_else(|e| panic!("{:?}", miette::Report::new(e)));
    assert!(linter.rules().len() >= 5);
}

#[test]
fn every_rule_example_passes() {
    let linter = Linter::builtin().unwrap_or_else(|e| panic!("{:?}", miette::Report::new(e)));
    let mut failures = Vec::new();
    for rule in linter.rules() {
        failures.extend(check_examples(rule));
    }
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .map(|f| format!(
                "{} example {}: {}\n  {:?}",
                f.rule,
                f.index + 1,
                f.problem,
                f.text
            ))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
