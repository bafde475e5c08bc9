//! Reading inputs: files, directories, standard input, and JSON-lines records.

use anyhow::{bail, Context as _, Result};
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

#[derive(serde::Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    doc: Option<serde_json::Value>,
    date: Option<String>,
    dct: Option<String>,
    text: String,
}

/// Reads JSON-lines records from a path or stdin. Each line is one record; a bad line
/// is an error naming the line, and the others are still read.
pub fn read_records(path: &Path) -> Result<Vec<Result<Input>>> {
    let input = read_document(path)?;
    let mut out = Vec::new();
    for (number, line) in input.text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(parse_record(&input.path, number + 1, line));
    }
    Ok(out)
}

fn parse_record(path: &str, line_number: usize, line: &str) -> Result<Input> {
    let record: Record = serde_json::from_str(line).with_context(|| {
        format!("{path}:{line_number}: not a record {{\"id\", \"date\", \"text\"}}")
    })?;
    let id = record.id.or(record.doc).map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    let date = match record.date.or(record.dct) {
        Some(text) => match text
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            Some(date) => Some(date),
            None => bail!("{path}:{line_number}: date `{text}` is not YYYY-MM-DD"),
        },
        None => None,
    };
    Ok(Input {
        path: path.to_string(),
        doc_id: Some(id.unwrap_or_else(|| format!("line {line_number}"))),
        kind: DocKind::PlainText,
        text: record.text,
        date,
        had_bom: false,
    })
}
