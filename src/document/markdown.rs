//! The Markdown prose view, via pulldown-cmark's offset iterator.

/// The prose view of a Markdown source whose body starts at `body_start` (after front
/// matter): same length as `source`, every non-prose byte replaced by a space.
///
/// Prose is the text of paragraphs, headings, list items, block quotes, table cells,
/// emphasis and link *text*. Not prose: code blocks, inline code, HTML blocks and inline
/// HTML (comments included), link destinations, markup characters (`#`, `*`, `>`, `|`, …).
pub(crate) fn prose_view(source: &str, body_start: usize) -> String {
    todo!()
}

/// Blanks bare URLs and e-mail addresses in an existing prose view.
pub(crate) fn blank_bare_urls(prose: &mut String) {
    todo!()
}
