//! `factlint timeline`: the anchor and every temporal mention with its resolution.

use super::args::{InputFormat, TimelineArgs, TimelineFormat};
use super::batch;
use super::input::{self, Input};
use anyhow::Result;
use factlint::timeline::{describe_provenance, timex, timexes};
use factlint::{analyze, Document};
use rayon::prelude::*;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: TimelineArgs) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    if args.input.input_format == InputFormat::Jsonl {
        return stream(&args);
    }
    let input = input::read_document(&args.path)?;
    let text = super::guard::isolated(|| render(&args, &input)).map_err(anyhow::Error::msg)??;
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One document's timeline in the requested format.
fn render(args: &TimelineArgs, input: &Input) -> Result<String> {
    let document = Document::new(input.text.as_str(), input.kind);
    let analysis = analyze(&document, args.input.date.or(input.date));
    match args.format {
        TimelineFormat::Human => Ok(human(&input.path, &document, &analysis)),
        TimelineFormat::Jsonl => jsonl(
            input.doc_id.as_deref().unwrap_or(&input.path),
            &document,
            &analysis,
        ),
    }
}

/// Records streamed through in batches, in order (docs/batch.md); a bad record is one
/// error line.
fn stream(args: &TimelineArgs) -> Result<ExitCode> {
    let display = args.path.display().to_string();
    let (mut records, mut failed) = (0usize, 0usize);
    batch::for_each_batch(batch::open(&args.path)?, |lines| {
        let outs: Vec<Result<String, batch::RecordError>> = lines
            .par_iter()
            .map(|line| {
                let input = batch::parse_record(&display, line)?;
                let error = |message| batch::RecordError {
                    doc: input.doc_id.clone(),
                    line: line.0,
                    message,
                };
                super::guard::isolated(|| render(args, &input))
                    .map_err(error)?
                    .map_err(|e| error(e.to_string()))
            })
            .collect();
        let mut text = String::new();
        for out in outs {
            records += 1;
            match out {
                Ok(t) => text.push_str(&t),
                Err(e) => {
                    failed += 1;
                    match args.format {
                        TimelineFormat::Jsonl => text.push_str(&e.json_line()),
                        TimelineFormat::Human => {
                            eprintln!("error: {display}:{}: {}", e.line, e.message)
                        }
                    }
                }
            }
        }
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    })?;
    if failed > 0 {
        eprintln!("{failed} of {records} records could not be read");
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

fn human(path: &str, doc: &Document, analysis: &factlint::Analysis) -> String {
    let mut text = format!("{path}\n");
    match &analysis.timeline.anchor {
        Some(anchor) => {
            text.push_str(&format!(
                "article date: {} (from {})",
                anchor.date, anchor.source
            ));
            if let Some(span) = anchor.span {
                let lc = doc.line_col(span.start as usize);
                text.push_str(&format!(" at {}:{}", lc.line, lc.column));
            }
            text.push('\n');
        }
        None => text.push_str("article date: none found (pass --date YYYY-MM-DD)\n"),
    }
    let timed = analysis
        .mentions
        .iter()
        .zip(&analysis.timeline.resolutions)
        .filter(|(m, _)| !m.value.is_numeric());
    for (mention, resolution) in timed {
        let lc = doc.line_col(mention.span.start as usize);
        let (kind, value) = timex(mention, resolution.as_ref());
        let how = resolution.map_or_else(String::new, |r| {
            format!(
                "  [{}; confidence {}]",
                describe_provenance(r.provenance),
                r.confidence
            )
        });
        text.push_str(&format!(
            "{:>4}:{:<3} {:8} {:<22} {:?}{how}\n",
            lc.line,
            lc.column,
            format!("{kind:?}").to_uppercase(),
            value,
            doc.text(mention.span)
        ));
    }
    text
}

fn jsonl(doc_id: &str, doc: &Document, analysis: &factlint::Analysis) -> Result<String> {
    // TIMEX3 extents and values, the notation TempEval scorers read.
    let mentions: Vec<serde_json::Value> = timexes(doc, analysis)
        .into_iter()
        .map(|t| {
            let resolution = t
                .mention
                .and_then(|i| analysis.timeline.resolutions.get(i).copied().flatten());
            serde_json::json!({
                "bstart": t.span.start,
                "bend": t.span.end,
                "text": doc.text(t.span),
                "type": t.kind,
                "value": t.value,
                "provenance": resolution.map(|r| describe_provenance(r.provenance)),
                "confidence": resolution.map(|r| r.confidence),
            })
        })
        .collect();
    let record = serde_json::json!({
        "doc": doc_id,
        "anchor": analysis.timeline.anchor.as_ref().map(|a| a.date.to_string()),
        "anchor_source": analysis.timeline.anchor.as_ref().map(|a| a.source.to_string()),
        "mentions": mentions,
    });
    Ok(format!("{}\n", serde_json::to_string(&record)?))
}
