//! Lints every article of the corpus once, as one process: the workload for counting
//! instructions with callgrind, which is stable on a busy machine where wall-clock
//! benchmarks are not. `scripts/profile.sh` runs it and prints the cost per stage.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use factlint::{DocKind, Document, LintOptions, Linter};

fn main() {
    let (articles, source) = corpus::articles();
    let linter = Linter::builtin().expect("built-in rules load");
    let mut findings = 0;
    for (text, date) in &articles {
        let doc = Document::new(text.as_str(), DocKind::PlainText);
        let options = LintOptions {
            date: *date,
            ..LintOptions::default()
        };
        findings += linter.lint(&doc, &options).len();
    }
    println!("{} {source} articles, {findings} findings", articles.len());
}
