//! Lints every article of the corpus once, as one process: the workload for counting
//! instructions with callgrind, which is stable on a busy machine where wall-clock
//! benchmarks are not. `scripts/profile.sh` runs it and prints the cost per stage.
//!
//! `FACTLINT_ROUNDS=3` lints the corpus three times in the same process. The first
//! round also pays for building the lazy automata's states and filling the memos; the
//! difference between the counts of two round numbers is what a round costs in a long
//! run, as the criterion benchmark measures it.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use factlint::{DocKind, Document, LintOptions, Linter};

fn main() {
    let rounds: usize = match std::env::var("FACTLINT_ROUNDS") {
        Ok(value) => value.parse().expect("FACTLINT_ROUNDS is a whole number"),
        Err(_) => 1,
    };
    let (articles, source) = corpus::articles();
    let linter = Linter::builtin().expect("built-in rules load");
    let mut findings = 0;
    for _ in 0..rounds {
        findings = 0;
        for (text, date) in &articles {
            let doc = Document::new(text.as_str(), DocKind::PlainText);
            let options = LintOptions {
                date: *date,
                ..LintOptions::default()
            };
            findings += linter.lint(&doc, &options).len();
        }
    }
    println!("{} {source} articles, {findings} findings", articles.len());
}
