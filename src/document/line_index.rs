//! Line starts, built once per document, for line/column and UTF-16 positions.
//!
//! Offsets that do not fall on a `char` boundary are rounded down to one, and offsets
//! past the end are clamped, so no query can panic whatever a caller passes.

/// A 1-based line and 1-based column counted in `char`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in `char`s from the line start.
    pub column: u32,
}

/// Byte offsets of line starts. A line ends at `\n`; a preceding `\r` belongs to the
/// line terminator, not to the line's text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (one pass over its bytes).
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = Vec::with_capacity(text.len() / 64 + 1);
        line_starts.push(0);
        // memchr skips the bytes between newlines a word at a time; testing each byte
        // was a third of building a document.
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| (i + 1) as u32));
        LineIndex { line_starts }
    }

    /// Number of lines (a text with no newline has one line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line and 1-based char column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let (line, start, offset) = self.locate(text, offset);
        let column = text.get(start..offset).map_or(0, |s| s.chars().count());
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// 0-based line and 0-based UTF-16 code unit column, as LSP counts by default.
    pub fn utf16_position(&self, text: &str, offset: usize) -> (u32, u32) {
        let (line, start, offset) = self.locate(text, offset);
        let column: usize = text
            .get(start..offset)
            .map_or(0, |s| s.chars().map(char::len_utf16).sum());
        (line as u32, column as u32)
    }

    /// The byte offset of a 0-based line and UTF-16 column (clamped to the line's end).
    ///
    /// A column inside a surrogate pair rounds down to the start of that char, so the
    /// result is always a `char` boundary. A line past the last one maps to the end.
    pub fn offset_of_utf16(&self, text: &str, line: u32, utf16_col: u32) -> usize {
        let Some(start) = self.line_start(line as usize) else {
            return text.len();
        };
        let start = start.min(text.len());
        let end = self.content_end(text, line as usize).max(start);
        let Some(content) = text.get(start..end) else {
            return start;
        };
        let want = utf16_col as usize;
        let mut units = 0;
        for (i, c) in content.char_indices() {
            if units + c.len_utf16() > want {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }

    /// The byte offset where a 0-based line starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).map(|&s| s as usize)
    }

    /// The 0-based line, its start, and the offset clamped to the text and rounded
    /// down to a char boundary.
    fn locate(&self, text: &str, offset: usize) -> (usize, usize, usize) {
        let offset = floor_char_boundary(text, offset);
        let line = self
            .line_starts
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1);
        let start = self.line_start(line).unwrap_or(0).min(offset);
        (line, start, offset)
    }

    /// Where a line's text ends: before its `\n` or `\r\n`, or at the end of the text.
    fn content_end(&self, text: &str, line: usize) -> usize {
        match self.line_start(line + 1) {
            Some(next) => {
                let mut end = next.saturating_sub(1).min(text.len());
                if end > 0 && text.as_bytes().get(end - 1) == Some(&b'\r') {
                    end -= 1;
                }
                end
            }
            None => text.len(),
        }
    }
}

/// The largest char boundary at or below `offset`, clamped to the text.
pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    if offset >= text.len() {
        return text.len();
    }
    // A char is at most 4 bytes, so a boundary is at most 3 bytes back.
    (offset.saturating_sub(3)..=offset)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lc(line: u32, column: u32) -> LineCol {
        LineCol { line, column }
    }

    #[test]
    fn ascii_lines() {
        let text = "ab\ncd\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_col(text, 0), lc(1, 1));
        assert_eq!(idx.line_col(text, 2), lc(1, 3));
        assert_eq!(idx.line_col(text, 3), lc(2, 1));
        assert_eq!(idx.line_col(text, 6), lc(3, 1));
        assert_eq!(idx.line_col(text, 600), lc(3, 1));
        assert_eq!(idx.line_start(1), Some(3));
        assert_eq!(idx.line_start(3), None);
    }

    #[test]
    fn empty_text_has_one_line() {
        let idx = LineIndex::new("");
        assert_eq!(idx.line_count(), 1);
        assert_eq!(idx.line_col("", 0), lc(1, 1));
        assert_eq!(idx.utf16_position("", 5), (0, 0));
        assert_eq!(idx.offset_of_utf16("", 0, 9), 0);
        assert_eq!(idx.offset_of_utf16("", 4, 0), 0);
    }

    #[test]
    fn accents_count_as_one_column() {
        let text = "café x";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, x), lc(1, 6));
        assert_eq!(idx.utf16_position(text, x), (0, 5));
        assert_eq!(idx.offset_of_utf16(text, 0, 5), x);
    }

    #[test]
    fn cjk_is_one_utf16_unit() {
        let text = "日本語x";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 9), lc(1, 4));
        assert_eq!(idx.utf16_position(text, 9), (0, 3));
        assert_eq!(idx.offset_of_utf16(text, 0, 2), 6);
    }

    #[test]
    fn emoji_is_two_utf16_units() {
        let text = "a😀b";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 5), lc(1, 3));
        assert_eq!(idx.utf16_position(text, 5), (0, 3));
        assert_eq!(idx.offset_of_utf16(text, 0, 3), 5);
        // Inside the surrogate pair: round to the emoji's start.
        assert_eq!(idx.offset_of_utf16(text, 0, 2), 1);
    }

    #[test]
    fn offsets_inside_a_char_round_down() {
        let text = "é!";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 1), lc(1, 1));
        assert_eq!(idx.utf16_position(text, 1), (0, 0));
    }

    #[test]
    fn crlf_is_a_terminator() {
        let text = "ab\r\ncd\r\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_col(text, 2), lc(1, 3));
        assert_eq!(idx.line_col(text, 4), lc(2, 1));
        assert_eq!(idx.offset_of_utf16(text, 0, 99), 2);
        assert_eq!(idx.offset_of_utf16(text, 1, 1), 5);
        assert_eq!(idx.offset_of_utf16(text, 1, 99), 6);
        assert_eq!(idx.offset_of_utf16(text, 2, 99), 8);
        assert_eq!(idx.offset_of_utf16(text, 9, 0), 8);
    }

    #[test]
    fn lf_line_clamps_before_newline() {
        let text = "ab\ncd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset_of_utf16(text, 0, 10), 2);
        assert_eq!(idx.offset_of_utf16(text, 1, 10), 5);
    }

    proptest! {
        #[test]
        fn utf16_round_trips(text in "(?s)[a-zé日😀\r\n ]{0,40}", pick in 0usize..64) {
            let idx = LineIndex::new(&text);
            let offset = floor_char_boundary(&text, pick.min(text.len()));
            let (line, col) = idx.utf16_position(&text, offset);
            let back = idx.offset_of_utf16(&text, line, col);
            // A `\n` (or the `\r` of `\r\n`) is not in the line's text, so it maps to
            // the end of the line's content.
            let on_terminator = matches!(text.as_bytes().get(offset), Some(b'\n'))
                || text[offset..].starts_with("\r\n");
            if on_terminator {
                prop_assert!(back <= offset);
            } else {
                prop_assert_eq!(back, offset);
            }
        }

        #[test]
        fn never_panics(text in "(?s).{0,30}", offset in 0usize..200, line in 0u32..10, col in 0u32..50) {
            let idx = LineIndex::new(&text);
            let _ = idx.line_col(&text, offset);
            let _ = idx.utf16_position(&text, offset);
            let o = idx.offset_of_utf16(&text, line, col);
            prop_assert!(text.is_char_boundary(o));
        }
    }
}
