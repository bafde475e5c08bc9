//! Paragraphs and abbreviation-aware sentences over the prose view.

use super::{DocKind, Span};

/// Paragraph spans: runs of prose separated by blank lines (and, in Markdown, block
/// boundaries, which the prose view already turns into blank space). Trimmed.
pub(crate) fn paragraphs(prose: &str, kind: DocKind) -> Vec<Span> {
    todo!()
}

/// Sentence spans inside each paragraph. "Gen.", "U.S.", "Feb.", "p.m.", "No. 3",
/// initials ("J. R. Smith") and decimals ("3.5") do not end a sentence.
pub(crate) fn sentences(prose: &str, paragraphs: &[Span]) -> Vec<Span> {
    todo!()
}
