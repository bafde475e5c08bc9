//! Reading inputs: files, directories, standard input, and JSON-lines records.

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use factlint::document::{decode, DocKind};
use std::io::Read;
use std::path::Path;

/// One document to lint.
pub struct Input {
    /// As shown to the user.
    pub path: String,
    /// The record id, for JSON-lines input.
    pub doc_id: Option<String>,
    pub kind: DocKind,
    pub text: String,
    /// A record's own date.
    pub date: Option<NaiveDate>,
    /// Whether the file began with a byte-order mark (decoding drops it; writing a fix
    /// puts it back).
    pub had_bom: bool,
}

impl Input {
    /// The bytes the file held when it was read.
    pub fn original_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.text.len() + 3);
        if self.had_bom {
            bytes.extend_from_slice(b"\xEF\xBB\xBF");
        }
        bytes.extend_from_slice(self.text.as_bytes());
        bytes
    }
}

/// Reads one document from a path (or `-` for stdin).
pub fn read_document(path: &Path) -> Result<Input> {
    let (display, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        ("-".to_string(), bytes)
    } else {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        (path.display().to_string(), bytes)
    };
    let had_bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let text = decode(bytes).with_context(|| format!("cannot lint {display}"))?;
    Ok(Input {
        kind: DocKind::from_path(path),
        path: display,
        doc_id: None,
        text,
        date: None,
        had_bom,
    })
}
