//! `check --input-format jsonl` with a per-record output format: the streaming filter of
//! docs/batch.md. Records are read as they arrive, linted in parallel batches and written
//! in input order, flushed after every batch; a bad record becomes one error line.

use super::args::{CheckArgs, OutputFormat};
use super::batch::{self, RecordError};
use super::check::render_report;
use super::guard;
use super::settings::Resolver;
use super::walk;
use anyhow::{Context as _, Result};
use factlint::report::Report;
use factlint::Document;
use rayon::prelude::*;
use std::io::Write;
use std::process::ExitCode;

/// What one record produced: text for standard output and for standard error.
struct Out {
    stdout: String,
    stderr: String,
    failed: bool,
    fails: bool,
}

pub fn run(args: &CheckArgs, resolver: &Resolver, format: OutputFormat) -> Result<ExitCode> {
    // Records carry no path of their own: the configuration is the current folder's.
    let settings = resolver.for_path(None)?;
    let mut sink: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?,
        )),
        None => Box::new(std::io::stdout()),
    };
    let (mut records, mut failed, mut fails) = (0usize, 0usize, false);
    let mut stream = || -> Result<()> {
        for path in walk::files(&args.paths, |_| false) {
            let (path, _) = path?;
            let display = path.display().to_string();
            batch::for_each_batch(batch::open(&path)?, |lines| {
                let outs: Vec<Out> = lines
                    .par_iter()
                    .map(|line| match batch::parse_record(&display, line) {
                        Ok(input) => guard::isolated(|| {
                            let mut options = settings.options(None, &args.select, &args.ignore);
                            options.date = args.input.date.or(input.date);
                            let document = Document::new(input.text.as_str(), input.kind);
                            let findings = settings.linter.lint(&document, &options);
                            let report = Report {
                                path: &input.path,
                                doc_id: input.doc_id.as_deref(),
                                document: &document,
                                findings: &findings,
                            };
                            Out {
                                stdout: render_report(format, false, &report),
                                stderr: String::new(),
                                failed: false,
                                fails: findings
                                    .iter()
                                    .any(|f| settings.config.fail_on.fails(f.severity)),
                            }
                        })
                        .unwrap_or_else(|message| {
                            let e = RecordError {
                                doc: input.doc_id.clone(),
                                line: line.0,
                                message,
                            };
                            error_out(format, &display, &e)
                        }),
                        Err(e) => error_out(format, &display, &e),
                    })
                    .collect();
                let mut stdout = String::new();
                for out in outs {
                    records += 1;
                    failed += usize::from(out.failed);
                    fails |= out.fails;
                    stdout.push_str(&out.stdout);
                    eprint!("{}", out.stderr);
                }
                sink.write_all(stdout.as_bytes())?;
                sink.flush()?;
                Ok(())
            })?;
        }
        Ok(())
    };
    match args.threads {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .context("cannot start the worker threads")?
            .install(stream)?,
        None => stream()?,
    }
    if failed > 0 {
        eprintln!("{failed} of {records} records could not be read");
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else if fails {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A bad record: an error line in the output for `jsonl`, a message on stderr otherwise.
fn error_out(format: OutputFormat, path: &str, e: &RecordError) -> Out {
    let (stdout, stderr) = match format {
        OutputFormat::Jsonl => (e.json_line(), String::new()),
        _ => (
            String::new(),
            format!("error: {path}:{}: {}\n", e.line, e.message),
        ),
    };
    Out {
        stdout,
        stderr,
        failed: true,
        fails: false,
    }
}
