//! Re-lint latency in the language server: one character typed into a 10,000-word
//! article, then the whole pipeline (document, extraction, timeline, rules) and the
//! conversion to LSP diagnostics, as the server does after the debounce.
//!
//! `cargo bench --bench lsp`; the figure is recorded in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::lsp::documents::OpenDocument;
use factlint::lsp::lint::{diagnostics_of, lint_text};
use factlint::lsp::position::Encoding;
use factlint::lsp::server::uri;
use factlint::{LintOptions, Linter};
use lsp_types::{Position, Range, TextDocumentContentChangeEvent};
use std::hint::black_box;

/// Invented news sentences, heavy in dates, weekdays and durations (the mentions the
/// pipeline works on); two of them contradict the calendar.
const SENTENCES: [&str; 12] = [
    "The harbor board met on Tuesday, March 14, 2023, to hear the engineers' report on the sea wall.",
    "Commissioners said the repairs would take about six weeks and cost more than the first estimate.",
    "The previous inspection, on February 2, found cracks along the northern pier and two loose railings.",
    "Residents of Sennet Bay packed the hall for nearly three hours, many of them fishermen who lost nets in the storm.",
    "A second hearing is scheduled for Wednesday, April 5, 2023, after the budget office reviews the bids.",
    "The mayor, who took office 18 months ago, promised a decision within 30 days of the second hearing.",
    "Two days after the storm, volunteers cleared the market square and reopened the fish stalls.",
    "The board last agreed on a budget on January 8, one week before the January 16 deadline.",
    "Critics noted that the contractor finished the 2021 repairs 45 days late and over budget.",
    "Engineers will return to the site on Monday to measure the tide gauges again at 6:30 a.m.",
    "The vote was held on Thursday, March 17, 2023, and passed by seven votes to four.",
    "Officials said the wall had protected the harbor for 40 years before the storm of March 2.",
];

fn article(words: usize) -> String {
    let mut text =
        String::from("---\ntitle: Harbor board weighs sea wall repairs\ndate: 2023-03-20\n---\n\n");
    let mut count = 0;
    let mut i = 0;
    while count < words {
        let sentence = SENTENCES[i % SENTENCES.len()];
        text.push_str(sentence);
        count += sentence.split_whitespace().count();
        i += 1;
        text.push_str(if i % 5 == 0 { "\n\n" } else { " " });
    }
    text
}

fn relint(c: &mut Criterion) {
    let text = article(10_000);
    let linter = Linter::builtin().expect("the built-in rules load");
    let options = LintOptions::default();
    let uri = uri("file:///bench/harbor.md").expect("a valid URI");
    let mut doc = OpenDocument::new(uri.as_str(), "markdown", 1, text);
    // Somewhere in the middle of the text: the start of line 40.
    let at = Position::new(40, 0);
    let mut version = 1;
    c.bench_function("relint after a one-character edit (10,000 words)", |b| {
        b.iter(|| {
            version += 1;
            // Type a character, or delete the one typed last time, so the text stays
            // the same size across iterations.
            let change = if version % 2 == 0 {
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(at, at)),
                    range_length: None,
                    text: "x".to_string(),
                }
            } else {
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(at, Position::new(40, 1))),
                    range_length: None,
                    text: String::new(),
                }
            };
            doc.apply_changes(version, vec![change], Encoding::Utf16);
            let linted = lint_text(&linter, doc.text.clone(), doc.kind, version, &options)
                .expect("the lint does not panic");
            let diagnostics = diagnostics_of(&linted, &uri, Encoding::Utf16, "", &|_| true);
            black_box(diagnostics.len())
        })
    });
}

criterion_group!(benches, relint);
criterion_main!(benches);
