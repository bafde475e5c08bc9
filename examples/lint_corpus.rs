//! Lints every article of the corpus once, as one process: the workload for counting
//! instructions with callgrind, which is stable on a busy machine where wall-clock
//! benchmarks are not. `scripts/profile.sh` runs it and prints the cost per stage.
//!
//! `FACTLINT_ROUNDS=N` lints the corpus N times (default 1): the difference between two
//! round counts is the steady-state cost of a pass, without the lazy automata's warm-up.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use factlint::{DocKind, Document, LintOptions, Linter};

fn main() {
    let (articles, source) = corpus::articles();
    let linter = Linter::builtin().expect("built-in rules load");
    let rounds: usize = std::env::var("FACTLINT_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let mut findings = 0;
    for (text, date) in articles.iter().cycle().take(articles.len() * rounds) {
        let doc = Document::new(text.as_str(), DocKind::PlainText);
        let options = LintOptions {
            date: *date,
            ..LintOptions::default()
        };
        findings += linter.lint(&doc, &options).len();
    }
    println!("{} {source} articles, {findings} findings", articles.len());
}
