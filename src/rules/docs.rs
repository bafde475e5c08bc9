//! A rule's documentation as Markdown: what `factlint explain` prints and what
//! `docs/rules/<id>.md` holds (a test fails when those files are stale).

use super::load::Rule;

/// The rule's page: summary, facts, its own docs, and its examples.
pub fn render_markdown(rule: &Rule) -> String {
    let mut text = format!("# {}\n\n{}\n\n", rule.id, rule.summary);
    text.push_str(&format!("- severity: {}\n", rule.severity));
    text.push_str(&format!("- source: `{}`\n", rule.origin));
    text.push_str(&format!("- assertion: `{}`\n", rule.assert_source));
    if let Some(tolerance) = &rule.tolerance {
        text.push_str(&format!("- tolerance: {tolerance}\n"));
    }
    if let Some(docs) = &rule.docs {
        text.push('\n');
        // The rule's own sections are level-2 headings; keep them.
        text.push_str(docs.trim_end());
        text.push('\n');
    }
    text.push_str("\n## Examples (run as tests)\n");
    for example in &rule.examples {
        let verdict = if example.expect.is_empty() {
            "clean".to_string()
        } else {
            let at: Vec<String> = example
                .expect
                .iter()
                .map(|(at, _)| format!("“{at}”"))
                .collect();
            format!("flags {}", at.join(", "))
        };
        text.push_str(&format!(
            "\n{verdict}:\n\n```text\n{}\n```\n",
            example.text.trim_end()
        ));
    }
    text
}
