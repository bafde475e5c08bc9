//! JSON-lines records as a stream: read on one thread, linted in parallel batches, and
//! written in input order, so memory stays bounded whatever the input length and output
//! for early records appears before the input ends (the contract in docs/batch.md).

use super::input::Input;
use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use factlint::DocKind;
use std::io::BufRead;
use std::sync::mpsc;

/// The most records linted together. A batch is whatever has arrived, up to this many:
/// a slow producer gets each record answered as it comes, a fast one gets parallelism.
pub const BATCH_SIZE: usize = 256;

/// How many read lines may wait for a worker: this bounds memory.
const QUEUE: usize = 4 * BATCH_SIZE;

/// A record that could not be read; it becomes one error line and the run goes on.
#[derive(Debug, Clone)]
pub struct RecordError {
    pub doc: Option<String>,
    pub line: usize,
    pub message: String,
}

impl RecordError {
    /// `{"doc": …, "line": …, "error": …}`
    pub fn json_line(&self) -> String {
        let value = serde_json::json!({"doc": self.doc, "line": self.line, "error": self.message});
        format!("{value}\n")
    }
}

/// One line of input: its 1-based number and its bytes (newline stripped).
pub type Line = (usize, Vec<u8>);

/// Reads lines on a separate thread and hands them to `handle` in batches, in order.
pub fn for_each_batch<R: BufRead + Send>(
    reader: R,
    mut handle: impl FnMut(Vec<Line>) -> Result<()>,
) -> Result<()> {
    let (sender, receiver) = mpsc::sync_channel::<std::io::Result<Line>>(QUEUE);
    // The receiver moves into the scope, so that if `handle` panics it is dropped while
    // unwinding and a reader blocked on a full queue stops, instead of the scope
    // waiting on it for ever.
    std::thread::scope(move |scope| {
        scope.spawn(move || read_lines(reader, &sender));
        loop {
            // Wait for one record, then take whatever else has already arrived.
            let Ok(first) = receiver.recv() else {
                return Ok(());
            };
            let mut batch = vec![first.context("cannot read the input")?];
            while batch.len() < BATCH_SIZE {
                match receiver.try_recv() {
                    Ok(line) => batch.push(line.context("cannot read the input")?),
                    Err(_) => break,
                }
            }
            handle(batch)?;
        }
    })
}

fn read_lines<R: BufRead>(mut reader: R, sender: &mpsc::SyncSender<std::io::Result<Line>>) {
    let mut number = 0;
    loop {
        let mut bytes = Vec::new();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return,
            Ok(_) => {
                number += 1;
                while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                    bytes.pop();
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if sender.send(Ok((number, bytes))).is_err() {
                    return;
                }
            }
            Err(e) => {
                let _ = sender.send(Err(e));
                return;
            }
        }
    }
}

#[derive(serde::Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    doc: Option<serde_json::Value>,
    date: Option<String>,
    dct: Option<String>,
    text: String,
}

fn id_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Parses one record line: `{"id" or "doc", "date" or "dct", "text"}`.
pub fn parse_record(path: &str, (line, bytes): &Line) -> Result<Input, RecordError> {
    let error = |doc: Option<String>, message: String| RecordError {
        doc,
        line: *line,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        error(
            None,
            format!("not valid UTF-8 at byte {} of the line", e.valid_up_to()),
        )
    })?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| error(None, format!("not JSON: {e}")))?;
    let doc = value.get("id").or_else(|| value.get("doc")).map(id_text);
    let record: Record = serde_json::from_value(value).map_err(|e| {
        error(
            doc.clone(),
            format!("not a record {{\"id\", \"date\", \"text\"}}: {e}"),
        )
    })?;
    let date = match record.date.or(record.dct) {
        Some(text) => Some(
            text.get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .ok_or_else(|| error(doc.clone(), format!("date `{text}` is not YYYY-MM-DD")))?,
        ),
        None => None,
    };
    let id = record.id.or(record.doc).map(|v| id_text(&v));
    Ok(Input {
        path: path.to_string(),
        doc_id: Some(id.unwrap_or_else(|| format!("line {line}"))),
        kind: DocKind::PlainText,
        text: record.text,
        date,
        had_bom: false,
    })
}

/// Opens a path, or standard input for `-`, for reading lines.
pub fn open(path: &std::path::Path) -> Result<Box<dyn BufRead + Send>> {
    if path.as_os_str() == "-" {
        Ok(Box::new(std::io::BufReader::new(std::io::stdin())))
    } else {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, file)))
    }
}

#[cfg(test)]
mod tests {
    use super::{for_each_batch, QUEUE};

    #[test]
    fn a_panic_in_the_handler_ends_the_stream_instead_of_hanging_it() {
        // More lines than the queue holds, so the reader is blocked on a full queue
        // when the handler dies.
        let input = "{}\n".repeat(QUEUE * 4);
        let outcome = std::panic::catch_unwind(|| {
            for_each_batch(std::io::Cursor::new(input.into_bytes()), |_| {
                panic!("a bug in one batch")
            })
        });
        assert!(outcome.is_err());
    }

    #[test]
    fn every_line_arrives_once_in_order() {
        let input: String = (0..QUEUE * 2).map(|i| format!("{i}\n")).collect();
        let mut seen = Vec::new();
        for_each_batch(std::io::Cursor::new(input.into_bytes()), |lines| {
            seen.extend(lines.into_iter().map(|(number, _)| number));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, (1..=QUEUE * 2).collect::<Vec<_>>());
    }
}
