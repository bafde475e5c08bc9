//! Any text, as Markdown and as plain text, with and without an article date: linting
//! never panics and every reported span is a valid slice of the input.
#![no_main]

use factlint::{DocKind, Document, LintOptions, Linter};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static LINTER: LazyLock<Linter> = LazyLock::new(|| Linter::builtin().expect("built-in rules load"));

fuzz_target!(|text: &str| {
    for kind in [DocKind::Markdown, DocKind::PlainText] {
        let doc = Document::new(text, kind);
        for date in [None, chrono::NaiveDate::from_ymd_opt(2022, 5, 13)] {
            let options = LintOptions {
                date,
                ..LintOptions::default()
            };
            for finding in LINTER.lint(&doc, &options) {
                assert!(text.get(finding.span.range()).is_some());
                for related in &finding.related {
                    assert!(text.get(related.span.range()).is_some());
                }
            }
        }
    }
});
