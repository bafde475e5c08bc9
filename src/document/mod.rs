//! The document stage: bytes in, a [`Document`] out.
//!
//! Owns decoding (UTF-8 only, with a clear error otherwise), the kind of document
//! (Markdown or plain text), YAML front matter, the *prose view* of the text, paragraphs,
//! abbreviation-aware sentences, and the [`LineIndex`] for line/column and UTF-16 positions.
//!
//! The prose view is the source text with every byte that is not prose (front matter,
//! Markdown syntax, code blocks, inline code, URLs, HTML and HTML comments) replaced by an
//! ASCII space. It has exactly the same length as the source, so every offset found in it
//! is already an offset into the original file: the map back to source bytes is the
//! identity, and no later stage can get it wrong.

mod decode;
mod front_matter;
mod line_index;
mod markdown;
mod sentences;
mod span;
mod urls;

pub use decode::{decode, DecodeError, MAX_DOCUMENT_BYTES};
pub use front_matter::{FrontMatter, FrontMatterError};
pub use line_index::{LineCol, LineIndex};
pub use span::Span;

use std::path::Path;
use std::sync::OnceLock;

/// What kind of markup the text is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// CommonMark with tables, strikethrough and footnotes; markup is not prose.
    Markdown,
    /// Every character after the front matter is prose.
    PlainText,
}

impl DocKind {
    /// The kind for a file name: `.md`, `.markdown`, `.mdx` are Markdown, anything else is
    /// treated as plain text.
    pub fn from_path(path: &Path) -> DocKind {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref()
        {
            Some("md" | "markdown" | "mdx" | "mkd") => DocKind::Markdown,
            _ => DocKind::PlainText,
        }
    }
}

/// A decoded, segmented document. Cheap to query; built once per lint.
#[derive(Debug)]
pub struct Document {
    source: String,
    prose: String,
    kind: DocKind,
    front_matter: Option<FrontMatter>,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    /// Built when first asked for: linting needs it only to report a finding.
    lines: OnceLock<LineIndex>,
}

impl Document {
    /// Builds a document from text that is already known to be valid UTF-8.
    ///
    /// Never fails: malformed front matter is kept as an error inside [`FrontMatter`]
    /// (see [`Document::front_matter`]) and its bytes are still excluded from prose.
    pub fn new(source: impl Into<String>, kind: DocKind) -> Document {
        let source = source.into();
        let front_matter = front_matter::split(&source);
        let body_start = front_matter.as_ref().map_or(0, |fm| fm.span.end as usize);
        let (mut prose, block_breaks) = match kind {
            DocKind::Markdown => markdown::prose_view(&source, body_start),
            DocKind::PlainText => (plain_prose_view(&source, body_start), Vec::new()),
        };
        urls::blank_bare_urls(&mut prose);
        ascii_spaces(&mut prose);
        // `decode` strips a BOM, but text handed straight to `new` may still carry one.
        if prose.starts_with('\u{FEFF}') {
            prose.replace_range(..'\u{FEFF}'.len_utf8(), "   ");
        }
        let paragraphs = sentences::paragraphs(&prose, &block_breaks);
        let sentences = sentences::sentences(&prose, &paragraphs);
        Document {
            source,
            prose,
            kind,
            front_matter,
            paragraphs,
            sentences,
            lines: OnceLock::new(),
        }
    }

    /// The original text, unmodified.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The prose view: same length as [`Document::source`], non-prose blanked to spaces.
    pub fn prose(&self) -> &str {
        &self.prose
    }

    /// Whether the text was read as Markdown or plain text.
    pub fn kind(&self) -> DocKind {
        self.kind
    }

    /// The front matter block, if the document opens with a closed `---` block.
    pub fn front_matter(&self) -> Option<&FrontMatter> {
        self.front_matter.as_ref()
    }

    /// Paragraph spans, in order, trimmed of surrounding whitespace.
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// Sentence spans, in order; every sentence lies inside one paragraph.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// Line starts, for line/column and UTF-16 (LSP) positions.
    pub fn line_index(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.source))
    }

    /// The index of the sentence that contains `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        index_of_span_containing(&self.sentences, offset)
    }

    /// The index of the paragraph that contains `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        index_of_span_containing(&self.paragraphs, offset)
    }

    /// The source text of `span`.
    pub fn text(&self, span: Span) -> &str {
        &self.source[span.range()]
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.line_index().line_col(&self.source, offset)
    }
}

fn index_of_span_containing(spans: &[Span], offset: usize) -> Option<usize> {
    let offset = offset as u32;
    let i = spans.partition_point(|s| s.end <= offset);
    spans
        .get(i)
        .filter(|s| s.start <= offset && offset < s.end)
        .map(|_| i)
}

/// Plain text is all prose except the front matter.
fn plain_prose_view(source: &str, body_start: usize) -> String {
    let head = source.get(..body_start).unwrap_or("");
    let mut prose = String::with_capacity(source.len());
    // One space per byte, but line terminators stay so line structure survives.
    prose.extend(head.bytes().map(|b| match b {
        b'\n' | b'\r' => b as char,
        _ => ' ',
    }));
    prose.push_str(&source[head.len()..]);
    prose
}

/// Replaces every Unicode space (no-break, thin, en, em and the like) with as many
/// ASCII spaces as it has bytes, so the prose keeps its length and the recognisers,
/// which are compiled in ASCII mode, still see "10\u{a0}km" as two words.
fn ascii_spaces(prose: &mut String) {
    // Only the bytes that can start a Unicode space are looked at: curly quotes and
    // accented letters are common in news, and decoding every char was a tenth of
    // building a document.
    let bytes = prose.as_bytes();
    let [a, b, c, d] = UNICODE_SPACE_LEADS;
    let spaces: Vec<std::ops::Range<usize>> = memchr::memchr3_iter(a, b, c, bytes)
        .chain(memchr::memchr_iter(d, bytes))
        .filter_map(|at| {
            let space = prose.get(at..)?.chars().next()?;
            space.is_whitespace().then(|| at..at + space.len_utf8())
        })
        .collect();
    for range in spaces {
        let blank = &THREE_SPACES[..range.len()];
        prose.replace_range(range, blank);
    }
}

/// The first bytes of the UTF-8 encodings of every non-ASCII space: U+0085 and U+00A0
/// (0xC2), U+1680 (0xE1), U+2000–U+205F (0xE2) and U+3000 (0xE3).
const UNICODE_SPACE_LEADS: [u8; 4] = [0xC2, 0xE2, 0xE3, 0xE1];

/// As many ASCII spaces as the longest Unicode space has bytes.
const THREE_SPACES: &str = "   ";

#[cfg(test)]
mod tests;
