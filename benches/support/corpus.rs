//! The articles the speed measurements run over: the news in `../shared/corpus` when it
//! is there, else invented ones. Shared by `benches/pipeline.rs` and
//! `examples/lint_corpus.rs` (included with `#[path]`; a subfolder, so cargo does
//! not take it for a benchmark of its own).

use std::path::Path;

/// `(text, date)` for every article of the corpus, or invented ones without it.
pub fn articles() -> (Vec<(String, Option<chrono::NaiveDate>)>, &'static str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut out = Vec::new();
    for name in [
        "te3-train",
        "te3-platinum",
        "meantime-en",
        "news-afp",
        "news-qatempeval",
    ] {
        let Ok(text) = std::fs::read_to_string(root.join(format!("{name}.jsonl"))) else {
            continue;
        };
        for line in text.lines() {
            let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let date = record["dct"]
                .as_str()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
            if let Some(text) = record["text"].as_str() {
                out.push((text.to_string(), date));
            }
        }
    }
    if !out.is_empty() {
        return (out, "corpus");
    }
    let paragraph = "The harbor commissioners met on Friday, the first meeting between the two boards in 49 days. They last met on August 30, one week after the August 23 storm. A joint inspection is planned for Tuesday, October 22, 2024, and the talks lasted about three hours. Fishermen said 120 boats were damaged.\n\n";
    let text = paragraph.repeat(20);
    (
        (0..500)
            .map(|_| (text.clone(), chrono::NaiveDate::from_ymd_opt(2024, 10, 18)))
            .collect(),
        "invented",
    )
}
