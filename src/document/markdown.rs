//! The Markdown prose view, via pulldown-cmark's offset iterator.
//!
//! The view starts fully blank (spaces, with every `\n` and `\r` kept so line structure
//! survives) and only the source bytes of prose text events are copied back in. Copying
//! whole event ranges, which pulldown-cmark puts on char boundaries, keeps the result
//! valid UTF-8 and the same length as the source.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The prose view of a Markdown source whose body starts at `body_start` (after front
/// matter): same length as `source`, every non-prose byte replaced by a space.
///
/// Prose is the text of paragraphs, headings, list items, block quotes, table cells,
/// emphasis and link *text*. Not prose: code blocks, inline code, HTML blocks and inline
/// HTML (comments included), link destinations, markup characters (`#`, `*`, `>`, `|`, …).
///
/// Also returns the sorted byte offsets where block-level elements start and end, so
/// paragraph splitting can separate blocks that no blank line separates (a heading
/// directly followed by text, list items, table cells).
pub(crate) fn prose_view(source: &str, body_start: usize) -> (String, Vec<usize>) {
    let mut out = blank_bytes(source);
    let mut breaks = Vec::new();
    let Some(body) = source.get(body_start..) else {
        return (bytes_to_string(out), breaks);
    };
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    // Text inside these is never prose, however deeply nested.
    let mut hidden_depth = 0usize;
    // Whether each open link hid its text, since an autolink's end tag looks like any
    // other link's.
    let mut links: Vec<bool> = Vec::new();
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        match event {
            Event::Start(tag) => {
                if is_block(&tag) {
                    breaks.push(range.start);
                }
                if let Tag::Link { link_type, .. } = &tag {
                    let hides = matches!(link_type, LinkType::Autolink | LinkType::Email);
                    links.push(hides);
                    hidden_depth += usize::from(hides);
                } else if hides_text(&tag) {
                    hidden_depth += 1;
                }
            }
            Event::End(tag) => {
                if is_block_end(tag) {
                    breaks.push(range.end);
                }
                let unhide = match tag {
                    TagEnd::Link => links.pop().unwrap_or(false),
                    other => hides_text_end(other),
                };
                if unhide {
                    hidden_depth = hidden_depth.saturating_sub(1);
                }
            }
            Event::Text(text) if hidden_depth == 0 => copy_text(source, &mut out, range, &text),
            Event::Rule => {
                breaks.push(range.start);
                breaks.push(range.end);
            }
            // Code, HTML, footnote references, task markers, breaks: already blank.
            _ => {}
        }
    }
    breaks.sort_unstable();
    breaks.dedup();
    (bytes_to_string(out), breaks)
}

/// Copies a text event's source bytes into the view when they read as the text.
///
/// An escape (`\*`) yields text whose source range carries the backslash: only the
/// trailing part is copied. An entity (`&amp;`, `&#8212;`) does not read as its text
/// at all and stays blank, so entity digits can never look like a number.
fn copy_text(source: &str, out: &mut [u8], range: Range<usize>, text: &str) {
    let Some(raw) = source.get(range.clone()) else {
        return;
    };
    let start = if raw == text {
        range.start
    } else if !text.is_empty() && raw.ends_with(text) {
        range.end - text.len()
    } else {
        return;
    };
    if let (Some(dst), Some(src)) = (
        out.get_mut(start..range.end),
        source.as_bytes().get(start..range.end),
    ) {
        dst.copy_from_slice(src);
    }
}

/// Text inside code blocks, images (alt text), HTML blocks and metadata blocks is not
/// prose. (Autolinks, whose text is the URL, are handled with the link stack.)
fn hides_text(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock | Tag::MetadataBlock(_)
    )
}

/// Pairs with [`hides_text`].
fn hides_text_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)
    )
}

fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_block_end(tag: TagEnd) -> bool {
    !matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// A view of `source` with every byte blanked except line terminators.
fn blank_bytes(source: &str) -> Vec<u8> {
    source
        .bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect()
}

/// Turns view bytes back into a `String`. The views are built from whole chars and
/// ASCII spaces, so this cannot fail; if it somehow did, non-ASCII bytes are blanked
/// rather than panicking or changing the length.
pub(crate) fn bytes_to_string(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(err) => {
            let ascii: Vec<u8> = err
                .into_bytes()
                .into_iter()
                .map(|b| if b.is_ascii() { b } else { b' ' })
                .collect();
            String::from_utf8(ascii).unwrap_or_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn view(src: &str) -> String {
        prose_view(src, 0).0
    }

    /// The prose view with runs of blanks squeezed, for readable assertions.
    fn words(src: &str) -> String {
        view(src).split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn heading_and_paragraph() {
        let src = "## Ferry service resumes\nThe ferry ran at 6 a.m.\n";
        assert_eq!(
            view(src),
            "   Ferry service resumes\nThe ferry ran at 6 a.m.\n"
        );
        let (_, breaks) = prose_view(src, 0);
        assert!(breaks.contains(&25), "{breaks:?}");
    }

    #[test]
    fn code_fence_and_inline_code_are_blank() {
        let src = "Before.\n\n```rust\nlet year = 2031;\n```\n\nRun `cargo 2031` now.\n";
        assert_eq!(words(src), "Before. Run now.");
        assert_eq!(view(src).len(), src.len());
        assert_eq!(view(src).matches('\n').count(), src.matches('\n').count());
    }

    #[test]
    fn indented_code_is_blank() {
        assert_eq!(words("Text.\n\n    code 1999\n"), "Text.");
    }

    #[test]
    fn link_text_kept_destination_blank() {
        let src = "Read [the council report](https://example.org/2030 \"March 2030\") today.";
        assert_eq!(words(src), "Read the council report today.");
        let v = view(src);
        assert_eq!(&v[6..24], "the council report");
    }

    #[test]
    fn autolinks_and_images_are_blank() {
        assert_eq!(
            words("See <https://example.org/9> and ![a 1998 photo](p.png) here."),
            "See and here."
        );
        assert_eq!(words("Mail <desk@example.org> now."), "Mail now.");
    }

    #[test]
    fn html_is_blank() {
        assert_eq!(words("Vote <!-- draft: 14 May --> today.\n"), "Vote today.");
        assert_eq!(words("<div>\n2029 figures\n</div>\n\nProse.\n"), "Prose.");
        assert_eq!(words("A <span>b</span> c"), "A b c");
    }

    #[test]
    fn lists_quotes_and_emphasis() {
        let src = "- first *item*\n- **second** item\n\n> A ~~struck~~ quote\n";
        assert_eq!(words(src), "first item second item A struck quote");
        assert!(!view(src).contains(['-', '*', '>', '~']));
    }

    #[test]
    fn table_cells_are_separate_blocks() {
        let src = "| Day | Event |\n|-----|-------|\n| 3 | Launch |\n";
        let (v, breaks) = prose_view(src, 0);
        assert_eq!(
            v.split_whitespace().collect::<Vec<_>>(),
            ["Day", "Event", "3", "Launch"]
        );
        assert!(!v.contains('|'));
        let day = src.find("Day").unwrap_or(0);
        let event = src.find("Event").unwrap_or(0);
        assert!(breaks.iter().any(|&b| b > day && b <= event), "{breaks:?}");
    }

    #[test]
    fn entities_are_blank_and_escapes_keep_the_char() {
        let src = "Tom &amp; Ann &#8212; \\*really\\* left.";
        // The backslash becomes a space: offsets cannot move to close the gap.
        assert_eq!(words(src), "Tom Ann *really * left.");
    }

    #[test]
    fn footnote_reference_is_blank_definition_is_prose() {
        assert_eq!(
            words("Claim.[^1]\n\n[^1]: Source text.\n"),
            "Claim. Source text."
        );
    }

    #[test]
    fn body_start_skips_front_matter() {
        let src = "---\ntitle: x\n---\nBody *text*.\n";
        let body = src.find("Body").unwrap_or(0);
        let v = prose_view(src, body).0;
        assert_eq!(v, "   \n        \n   \nBody  text .\n");
    }

    #[test]
    fn crlf_is_kept() {
        assert_eq!(view("# A\r\n\r\nB `c`\r\n"), "  A\r\n\r\nB    \r\n");
    }

    fn check_invariants(src: &str, prose: &str) -> Result<(), TestCaseError> {
        prop_assert_eq!(prose.len(), src.len());
        for (i, (p, s)) in prose.bytes().zip(src.bytes()).enumerate() {
            if s == b'\n' || s == b'\r' {
                prop_assert_eq!(p, s, "line terminator changed at {}", i);
            } else if p != b' ' {
                prop_assert_eq!(p, s, "prose byte differs from source at {}", i);
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn prose_view_is_same_length_and_faithful(src in "(?s).{0,200}") {
            let (prose, breaks) = prose_view(&src, 0);
            check_invariants(&src, &prose)?;
            prop_assert!(breaks.iter().all(|&b| src.is_char_boundary(b)));
            let mut blanked = prose.clone();
            crate::document::urls::blank_bare_urls(&mut blanked);
            check_invariants(&src, &blanked)?;
        }

        #[test]
        fn markdown_like_input_keeps_invariants(
            src in "[-#*_>|`\\[\\]()!<>&;\\\\ \n\r\ta1.éß日😀\u{FEFF}:/w@]{0,120}"
        ) {
            let (prose, _) = prose_view(&src, 0);
            check_invariants(&src, &prose)?;
        }
    }
}
