//! Extraction alone over the corpus: one warm-up round, then `FACTLINT_ROUNDS` measured
//! rounds in `measured_round`, for `valgrind --tool=callgrind
//! --toggle-collect='*measured_round*'`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use factlint::{extract, DocKind, Document};

#[inline(never)]
fn measured_round(docs: &[Document]) -> usize {
    docs.iter().map(|d| extract::extract(d).len()).sum()
}

#[inline(never)]
fn warm_up(docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| {
            extract::extract(d)
                .last()
                .map_or(0, |m| m.span.end as usize)
        })
        .sum()
}

fn main() {
    let rounds: usize = std::env::var("FACTLINT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let (articles, _) = corpus::articles();
    let docs: Vec<Document> = articles
        .iter()
        .map(|(t, _)| Document::new(t.as_str(), DocKind::PlainText))
        .collect();
    let mut n = warm_up(&docs);
    for _ in 0..rounds {
        n = measured_round(&docs);
    }
    println!("{n} mentions");
}
