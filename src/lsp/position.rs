//! Positions: LSP `line`/`character` pairs to byte offsets and back, in the position
//! encoding negotiated at initialisation.
//!
//! LSP counts characters in UTF-16 code units unless client and server agree otherwise.
//! The client lists what it can do in `general.positionEncodings`; like ruff's
//! `find_best_position_encoding`, the server picks UTF-8 when offered (factlint's own
//! offsets are UTF-8 bytes, so nothing needs converting), then UTF-32, else UTF-16.
//! Every conversion clamps: a line past the end maps to the end of the text, a column
//! past the end of a line to the line's end (before `\n` or `\r\n`), and a column inside
//! a character to that character's start. Nothing a client sends can make it panic.

use crate::document::{LineIndex, Span};
use lsp_types::{Position, PositionEncodingKind, Range};

/// The unit `Position::character` counts in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl Encoding {
    /// The best encoding among those the client offers (UTF-16 when it offers none).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or_default();
        if offered.contains(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if offered.contains(&PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        }
    }

    /// The name announced in the server's capabilities.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }
}

/// A text with its line index, for converting in one encoding.
#[derive(Clone, Copy)]
pub struct Positions<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: Encoding,
}

impl Positions<'_> {
    /// The position of a byte offset (clamped, rounded down to a char boundary).
    pub fn position(&self, offset: usize) -> Position {
        let text = self.text;
        match self.encoding {
            Encoding::Utf16 => {
                let (line, character) = self.index.utf16_position(text, offset);
                Position::new(line, character)
            }
            Encoding::Utf32 => {
                let lc = self.index.line_col(text, offset);
                Position::new(lc.line - 1, lc.column - 1)
            }
            Encoding::Utf8 => {
                let offset = floor_boundary(text, offset);
                let line = self.index.line_col(text, offset).line - 1;
                let start = self.index.line_start(line as usize).unwrap_or(0);
                Position::new(line, offset.saturating_sub(start) as u32)
            }
        }
    }

    /// The byte offset of a position (clamped to the text and to the line).
    pub fn offset(&self, position: Position) -> usize {
        let text = self.text;
        if self.encoding == Encoding::Utf16 {
            return self
                .index
                .offset_of_utf16(text, position.line, position.character);
        }
        let Some(start) = self.index.line_start(position.line as usize) else {
            return text.len();
        };
        let start = start.min(text.len());
        let end = line_content_end(text, start);
        let want = position.character as usize;
        match self.encoding {
            Encoding::Utf8 => floor_boundary(text, (start + want).min(end)),
            _ => text[start..end]
                .char_indices()
                .nth(want)
                .map_or(end, |(i, _)| start + i),
        }
    }

    /// The range of a byte span.
    pub fn range(&self, span: Span) -> Range {
        Range::new(
            self.position(span.start as usize),
            self.position(span.end as usize),
        )
    }

    /// The byte span of a range; a range whose end comes before its start is reversed.
    pub fn span(&self, range: Range) -> Span {
        let a = self.offset(range.start);
        let b = self.offset(range.end);
        Span::new(a.min(b), a.max(b))
    }
}

/// Where the line starting at `start` ends: before its `\n` or `\r\n`, or at the end.
fn line_content_end(text: &str, start: usize) -> usize {
    match text[start..].find('\n') {
        Some(i) => {
            let end = start + i;
            if end > start && text.as_bytes()[end - 1] == b'\r' {
                end - 1
            } else {
                end
            }
        }
        None => text.len(),
    }
}

/// The largest char boundary at or below `offset`, clamped to the text.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Café 日本\r\na😀b é\r\n\r\nend";

    fn check(encoding: Encoding, needle: &str, line: u32, character: u32) {
        let index = LineIndex::new(TEXT);
        let p = Positions {
            text: TEXT,
            index: &index,
            encoding,
        };
        let offset = TEXT.find(needle).unwrap();
        assert_eq!(
            p.position(offset),
            Position::new(line, character),
            "{needle}"
        );
        assert_eq!(p.offset(Position::new(line, character)), offset, "{needle}");
    }

    #[test]
    fn accents_cjk_emoji_crlf_in_each_encoding() {
        check(Encoding::Utf16, "日", 0, 5);
        check(Encoding::Utf8, "日", 0, 6);
        check(Encoding::Utf32, "日", 0, 5);
        check(Encoding::Utf16, "b é", 1, 3);
        check(Encoding::Utf8, "b é", 1, 5);
        check(Encoding::Utf32, "b é", 1, 2);
        check(Encoding::Utf16, "end", 3, 0);
        check(Encoding::Utf8, "end", 3, 0);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let index = LineIndex::new(TEXT);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let p = Positions {
                text: TEXT,
                index: &index,
                encoding,
            };
            assert_eq!(p.offset(Position::new(99, 0)), TEXT.len());
            // Past the end of line 0: before its "\r\n".
            assert_eq!(p.offset(Position::new(0, 999)), TEXT.find('\r').unwrap());
            assert_eq!(p.offset(Position::new(u32::MAX, u32::MAX)), TEXT.len());
        }
        // Inside the emoji (UTF-16) or inside "é" (UTF-8): round down.
        let p = Positions {
            text: TEXT,
            index: &index,
            encoding: Encoding::Utf8,
        };
        assert_eq!(p.offset(Position::new(0, 4)), 3);
    }

    #[test]
    fn negotiation_prefers_utf8() {
        use PositionEncodingKind as K;
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
        assert_eq!(
            Encoding::negotiate(Some(&[K::UTF16, K::UTF8])),
            Encoding::Utf8
        );
        assert_eq!(
            Encoding::negotiate(Some(&[K::UTF32, K::UTF16])),
            Encoding::Utf32
        );
        assert_eq!(Encoding::negotiate(Some(&[K::UTF16])), Encoding::Utf16);
    }
}
