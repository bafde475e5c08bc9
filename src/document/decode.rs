//! Turning bytes into text, or a clear error saying why not.

use thiserror::Error;

/// Documents larger than this are refused rather than linted slowly (64 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

/// Why a byte buffer is not a document factlint can read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("not valid UTF-8: invalid byte sequence at byte {offset} (line {line})")]
    InvalidUtf8 { offset: usize, line: usize },
    #[error("looks like a binary file (NUL byte at byte {offset}); factlint reads text")]
    Binary { offset: usize },
    #[error("file is {size} bytes; the limit is {limit} bytes")]
    TooLarge { size: usize, limit: usize },
}

/// Decodes `bytes` as UTF-8 text, stripping a leading byte-order mark.
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeError> {
    todo!()
}
