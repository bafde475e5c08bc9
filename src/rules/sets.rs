//! Rule sets: the built-in packs and user rule directories loaded together, with ids
//! unique across them. One file's validation is `load`'s; this is only about sets.

use super::error::{locate_key, RuleError};
use super::load::{load_rule_with, Rule};
use super::pattern::Origin;
use std::path::Path;

/// Every rule in a set of `(path, yaml)` sources; ids must be unique.
pub fn load_rules<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<Rule>, RuleError> {
    load_rules_with(sources.into_iter().map(|(p, s)| (p, s, Origin::User)))
}

/// The built-in rules, whose patterns compile on first use, then the `(path, yaml)`
/// rule files of a user, compiled now; ids must be unique across both.
pub fn load_builtin_and<'a>(
    user: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<Rule>, RuleError> {
    let builtin = super::builtin::RULES
        .iter()
        .map(|&(p, s)| (p, s, Origin::Builtin));
    load_rules_with(builtin.chain(user.into_iter().map(|(p, s)| (p, s, Origin::User))))
}

fn load_rules_with<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a str, Origin)>,
) -> Result<Vec<Rule>, RuleError> {
    let mut rules: Vec<Rule> = Vec::new();
    for (path, source, when) in sources {
        let rule = load_rule_with(path, source, when)?;
        if let Some(other) = rules.iter().find(|r| r.id == rule.id) {
            return Err(RuleError::new(
                path,
                source,
                format!("rule id `{}` is already used by {}", rule.id, other.origin),
                locate_key(source, &["id"]),
            ));
        }
        rules.push(rule);
    }
    Ok(rules)
}

/// Reads every `*.yaml`/`*.yml` file under `dir`, sorted by path.
pub fn read_rule_dir(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            ) {
                let text = std::fs::read_to_string(&path)?;
                files.push((path.display().to_string(), text));
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rule whose second binding is `second`, with one passing and one failing example.
    fn rule_with(second: &str) -> String {
        format!(
            "id: t\nsummary: s\nseverity: warning\nbind:\n  claim:\n    kind: age\n  other:\n{second}\nassert: claim == other\nmessage: m\nexamples:\n  - text: a\n    expect: []\n  - text: b c\n    expect: [{{ at: b }}]\n"
        )
    }

    #[test]
    fn same_person_relates_ages_only() {
        let ok = rule_with("    kind: age\n    in: earlier\n    same-person: claim");
        assert!(load_rules([("t.yaml", ok.as_str())]).is_ok());
        let bad = rule_with("    kind: number\n    same-person: claim");
        let err = load_rules([("t.yaml", bad.as_str())]).expect_err("number is not an age");
        assert!(
            err.to_string().contains("same-person") || format!("{err:?}").contains("same-person")
        );
    }
}
