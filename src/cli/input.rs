//! Reading inputs: files, directories, standard input, and JSON-lines records.

use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use factlint::document::{decode, DocKind};
use std::io::Read;
use std::path::{Path, PathBuf};

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
}

/// Extensions linted when walking a directory.
const TEXT_EXTENSIONS: [&str; 6] = ["md", "markdown", "mdx", "mkd", "txt", "text"];

/// Expands directories into the Markdown and text files under them, sorted; skips
/// hidden entries and `target`.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            out.push(Ok(path.clone()));
            continue;
        }
        let mut found = Vec::new();
        let mut stack = vec![path.clone()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) => {
                    out.push(Err(anyhow::Error::new(e)
                        .context(format!("cannot read directory {}", dir.display()))));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let p = entry.path();
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with('.') || name == "target" || name == "node_modules" {
                    continue;
                }
                if p.is_dir() {
                    stack.push(p);
                } else if p
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
                {
                    found.push(p);
                }
            }
        }
        found.sort();
        out.extend(found.into_iter().map(Ok));
    }
    out
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
    let text = decode(bytes).with_context(|| format!("cannot lint {display}"))?;
    Ok(Input {
        kind: DocKind::from_path(path),
        path: display,
        doc_id: None,
        text,
        date: None,
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
    })
}
