//! `factlint timeline`: the anchor and every temporal mention with its resolution.

use super::args::{InputFormat, TimelineArgs, TimelineFormat};
use super::input;
use anyhow::Result;
use factlint::timeline::{describe_provenance, timex, timexes};
use factlint::{analyze, Document};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: TimelineArgs) -> Result<ExitCode> {
    let inputs = match args.input.input_format {
        InputFormat::Text => vec![input::read_document(&args.path)],
        InputFormat::Jsonl => input::read_records(&args.path)?,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for item in inputs {
        let input = match item {
            Ok(input) => input,
            Err(e) => {
                super::report_error(&e);
                failed = true;
                continue;
            }
        };
        let document = Document::new(input.text, input.kind);
        let analysis = analyze(&document, args.input.date.or(input.date));
        let text = match args.format {
            TimelineFormat::Human => human(&input.path, &document, &analysis),
            TimelineFormat::Jsonl => jsonl(
                input.doc_id.as_deref().unwrap_or(&input.path),
                &document,
                &analysis,
            )?,
        };
        out.write_all(text.as_bytes())?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
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
    for (mention, resolution) in analysis.mentions.iter().zip(&analysis.timeline.resolutions) {
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
            let resolution = analysis
                .timeline
                .resolutions
                .get(t.mention)
                .copied()
                .flatten();
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
