//! The wire: `Content-Length` framed JSON-RPC over a byte stream, read and written on
//! threads of their own.
//!
//! lsp-server's own stdio transport stops reading at the first malformed payload, which
//! would take the server down with it. This reader keeps going instead: a frame whose
//! body is not JSON, or not a JSON-RPC message, becomes [`Incoming::Malformed`], which
//! the server answers with a JSON-RPC error (`id: null` when the id is unknown).

use lsp_server::Message;
use serde_json::Value;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

/// A frame larger than this is skipped as malformed rather than held in memory.
const MAX_FRAME_BYTES: usize = 256 * 1024 * 1024;

/// What the reader hands the server.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// A frame that could not be used: the JSON-RPC error code to answer with, the id if
    /// one could be read, and why.
    Malformed {
        code: i32,
        id: Option<Value>,
        message: String,
    },
}

/// JSON-RPC's "parse error" code.
pub const PARSE_ERROR: i32 = -32700;
/// JSON-RPC's "invalid request" code.
pub const INVALID_REQUEST: i32 = -32600;

/// The running reader and writer threads.
pub struct Transport {
    pub incoming: Receiver<Incoming>,
    pub outgoing: Sender<Value>,
    writer: thread::JoinHandle<()>,
}

impl Transport {
    /// Starts reading frames from `input` and writing the values sent to `outgoing` to
    /// `output`. The reader stops at end of input (the channel then disconnects).
    pub fn spawn(
        input: impl Read + Send + 'static,
        output: impl Write + Send + 'static,
    ) -> io::Result<Transport> {
        let (in_tx, in_rx) = mpsc::channel();
        let (out_tx, out_rx) = mpsc::channel::<Value>();
        thread::Builder::new()
            .name("factlint-lsp-reader".to_string())
            .spawn(move || read_loop(BufReader::new(input), &in_tx))?;
        let writer = thread::Builder::new()
            .name("factlint-lsp-writer".to_string())
            .spawn(move || {
                let mut output = output;
                for value in out_rx {
                    if write_frame(&mut output, &value).is_err() {
                        break;
                    }
                }
            })?;
        Ok(Transport {
            incoming: in_rx,
            outgoing: out_tx,
            writer,
        })
    }

    /// Waits until everything sent has been written. Call after dropping every other
    /// clone of `outgoing`.
    pub fn finish(self) {
        drop(self.outgoing);
        let _ = self.writer.join();
    }
}

fn read_loop(mut input: impl BufRead, incoming: &Sender<Incoming>) {
    loop {
        let item = match read_frame(&mut input) {
            Ok(Some(Ok(body))) => parse_body(&body),
            Ok(Some(Err(message))) => Incoming::Malformed {
                code: PARSE_ERROR,
                id: None,
                message,
            },
            Ok(None) | Err(_) => return,
        };
        if incoming.send(item).is_err() {
            return;
        }
    }
}

/// Reads one frame: `Ok(None)` at end of input, `Ok(Some(Err(_)))` for a frame whose
/// header or body is unusable (its bytes are consumed so the next frame can be read).
pub fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Result<String, String>>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            // Stray blank lines between frames are tolerated.
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = Some(
                    value
                        .trim()
                        .parse::<usize>()
                        .map_err(|_| format!("bad Content-Length header {line:?}")),
                );
            }
        }
    }
    let length = match length {
        None => return Ok(Some(Err("a frame without a Content-Length header".into()))),
        Some(Err(e)) => return Ok(Some(Err(e))),
        Some(Ok(n)) => n,
    };
    if length > MAX_FRAME_BYTES {
        io::copy(&mut input.take(length as u64), &mut io::sink())?;
        return Ok(Some(Err(format!("a frame of {length} bytes is too large"))));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(
        String::from_utf8(body).map_err(|_| "a frame body that is not UTF-8".to_string()),
    ))
}

fn parse_body(body: &str) -> Incoming {
    let value: Value = match serde_json::from_str(body) {
        Ok(value) => value,
        Err(e) => {
            return Incoming::Malformed {
                code: PARSE_ERROR,
                id: None,
                message: format!("the message is not JSON: {e}"),
            }
        }
    };
    let id = value.get("id").cloned();
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Incoming::Message(message),
        Err(e) => Incoming::Malformed {
            code: INVALID_REQUEST,
            id,
            message: format!("not a JSON-RPC message: {e}"),
        },
    }
}

/// Writes one value as a frame, adding `"jsonrpc": "2.0"`.
fn write_frame(output: &mut impl Write, value: &Value) -> io::Result<()> {
    let mut value = value.clone();
    if let Value::Object(map) = &mut value {
        map.insert("jsonrpc".to_string(), Value::from("2.0"));
    }
    let text = serde_json::to_string(&value)?;
    write!(output, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    output.flush()
}

/// A message as a JSON value for the writer.
pub fn to_value(message: &Message) -> Value {
    serde_json::to_value(message).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(text: &str) -> Vec<Incoming> {
        let (tx, rx) = mpsc::channel();
        read_loop(io::Cursor::new(text.as_bytes().to_vec()), &tx);
        drop(tx);
        rx.into_iter().collect()
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn reads_messages_and_survives_garbage() {
        let text = [
            frame(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#),
            frame("{not json"),
            "X-Nothing: 1\r\n\r\n".to_string(),
            frame(r#"{"jsonrpc":"2.0","id":7}"#),
            "Content-Length: abc\r\n\r\n".to_string(),
            frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
        ]
        .concat();
        let got = frames(&text);
        assert_eq!(got.len(), 6, "{got:?}");
        assert!(
            matches!(&got[0], Incoming::Message(Message::Request(r)) if r.method == "shutdown")
        );
        assert!(matches!(
            &got[1],
            Incoming::Malformed {
                code: PARSE_ERROR,
                ..
            }
        ));
        assert!(matches!(
            &got[2],
            Incoming::Malformed {
                code: PARSE_ERROR,
                ..
            }
        ));
        assert!(
            matches!(&got[3], Incoming::Malformed { code: INVALID_REQUEST, id: Some(id), .. } if id == 7)
        );
        assert!(matches!(&got[4], Incoming::Malformed { .. }));
        assert!(
            matches!(&got[5], Incoming::Message(Message::Notification(n)) if n.method == "exit")
        );
    }

    #[test]
    fn truncated_input_ends_the_stream() {
        assert!(frames("Content-Length: 50\r\n\r\n{}").is_empty());
    }

    #[test]
    fn writes_frames_with_the_version() {
        let mut out = Vec::new();
        write_frame(&mut out, &serde_json::json!({"id": 1, "result": null})).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("Content-Length: "));
        assert!(text.contains(r#""jsonrpc":"2.0""#));
    }
}
