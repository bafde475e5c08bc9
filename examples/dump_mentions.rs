//! Prints every mention extraction finds in every article of the corpus, one article
//! per line: a change meant only to make extraction faster must leave this output
//! byte for byte the same.
//!
//! Usage: `cargo run --release --example dump_mentions > mentions.txt`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::io::Write;

use factlint::{extract, DocKind, Document};

fn main() -> std::io::Result<()> {
    let (articles, _) = corpus::articles();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (text, _) in &articles {
        let doc = Document::new(text.as_str(), DocKind::PlainText);
        writeln!(out, "{:?}", extract::extract(&doc))?;
    }
    out.flush()
}
