//! Line starts, built once per document, for line/column and UTF-16 positions.

/// A 1-based line and 1-based column counted in `char`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Byte offsets of line starts. A line ends at `\n`; a preceding `\r` belongs to the
/// line terminator, not to the line's text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        todo!()
    }

    /// Number of lines (a text with no newline has one line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line and 1-based char column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        todo!()
    }

    /// 0-based line and 0-based UTF-16 code unit column, as LSP counts by default.
    pub fn utf16_position(&self, text: &str, offset: usize) -> (u32, u32) {
        todo!()
    }

    /// The byte offset of a 0-based line and UTF-16 column (clamped to the line's end).
    pub fn offset_of_utf16(&self, text: &str, line: u32, utf16_col: u32) -> usize {
        todo!()
    }

    /// The byte offset where a 0-based line starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).map(|&s| s as usize)
    }
}
