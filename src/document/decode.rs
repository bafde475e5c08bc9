//! Turning bytes into text, or a clear error saying why not.
//!
//! The byte-order mark is stripped here rather than kept and blanked later: every
//! [`Document`](super::Document) offset is an offset into the *decoded* string, and
//! editors neither show nor count a BOM, so stripping keeps line/column positions in
//! agreement with what the user sees. Error offsets, in contrast, are offsets into the
//! raw bytes, because that is the only thing that exists when decoding fails.

use thiserror::Error;

/// Documents larger than this are refused rather than linted slowly (64 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why a byte buffer is not a document factlint can read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not UTF-8; `offset` is the first bad byte, `line` is 1-based.
    #[error("not valid UTF-8: invalid byte sequence at byte {offset} (line {line})")]
    InvalidUtf8 { offset: usize, line: usize },
    /// A NUL byte: text files never contain one, binary files almost always do.
    #[error("looks like a binary file (NUL byte at byte {offset}); factlint reads text")]
    Binary { offset: usize },
    /// Larger than the limit; refused before any other work is done.
    #[error("file is {size} bytes; the limit is {limit} bytes")]
    TooLarge { size: usize, limit: usize },
}

/// Decodes `bytes` as UTF-8 text, stripping a leading byte-order mark.
///
/// Checks run cheapest-verdict first: size, then NUL bytes, then UTF-8. The NUL scan
/// covers the whole buffer, not just a prefix: it is one fast pass, and a NUL late in
/// a file would otherwise reach the linter as an invisible character.
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeError> {
    decode_with_limit(bytes, MAX_DOCUMENT_BYTES)
}

/// [`decode`] with an explicit size limit, so the limit can be tested without
/// allocating 64 MiB.
fn decode_with_limit(bytes: Vec<u8>, limit: usize) -> Result<String, DecodeError> {
    if bytes.len() > limit {
        return Err(DecodeError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let bytes = err.as_bytes();
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(DecodeError::InvalidUtf8 { offset, line });
        }
    };
    if text.as_bytes().starts_with(UTF8_BOM) {
        text.drain(..UTF8_BOM.len());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_passes_through() {
        let text = "Le comité s’est réuni mardi.\n会议\n";
        assert_eq!(decode(text.as_bytes().to_vec()), Ok(text.to_string()));
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(Vec::new()), Ok(String::new()));
    }

    #[test]
    fn bom_is_stripped() {
        let mut bytes = UTF8_BOM.to_vec();
        bytes.extend_from_slice(b"Hello");
        assert_eq!(decode(bytes), Ok("Hello".to_string()));
    }

    #[test]
    fn only_a_leading_bom_is_stripped() {
        let text = "a\u{FEFF}b";
        assert_eq!(decode(text.as_bytes().to_vec()), Ok(text.to_string()));
    }

    #[test]
    fn invalid_utf8_reports_offset_and_line() {
        let mut bytes = b"first line\nsecond \xC3".to_vec();
        bytes.extend_from_slice(b"(bad)\n");
        assert_eq!(
            decode(bytes),
            Err(DecodeError::InvalidUtf8 {
                offset: 18,
                line: 2
            })
        );
    }

    #[test]
    fn invalid_utf8_on_first_byte() {
        assert_eq!(
            decode(vec![0xFF, b'a']),
            Err(DecodeError::InvalidUtf8 { offset: 0, line: 1 })
        );
    }

    #[test]
    fn nul_is_binary_even_late_in_the_file() {
        let mut bytes = vec![b'a'; 10_000];
        bytes[9_000] = 0;
        assert_eq!(decode(bytes), Err(DecodeError::Binary { offset: 9_000 }));
    }

    #[test]
    fn binary_wins_over_invalid_utf8() {
        assert_eq!(
            decode(vec![0xFF, 0x00]),
            Err(DecodeError::Binary { offset: 1 })
        );
    }

    #[test]
    fn too_large_is_checked_first() {
        assert_eq!(
            decode_with_limit(vec![0; 11], 10),
            Err(DecodeError::TooLarge {
                size: 11,
                limit: 10
            })
        );
        assert_eq!(decode_with_limit(vec![b'a'; 10], 10), Ok("a".repeat(10)));
    }

    #[test]
    fn error_messages_are_readable() {
        let err = DecodeError::InvalidUtf8 { offset: 3, line: 1 };
        assert_eq!(
            err.to_string(),
            "not valid UTF-8: invalid byte sequence at byte 3 (line 1)"
        );
    }
}
