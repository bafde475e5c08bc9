//! TempEval-3 timex scorer: strict and relaxed extent match, type and value attribute
//! scores, computed the way the official TempEval-3 toolkit computes them (see
//! `docs/tempeval.md` for the definitions and where they come from).
//!
//! Usage:
//!
//! ```text
//! cargo run --release --example tempeval -- [CORPUS.jsonl ...] [--system FILE]
//!     [--errors N] [--floor FILE]
//! ```
//!
//! With no corpus arguments it scores `te3-train`, `meantime-en` and `te3-platinum` from
//! `$FACTLINT_CORPUS` (default `../shared/corpus` beside the repository), and skips with a
//! message when that directory is absent. A corpus argument is a path or a bare name such
//! as `te3-platinum`. System output comes from the `factlint` library unless `--system`
//! names a `factlint timeline --format jsonl` file (any tagger that writes that format can
//! be scored). `--errors N` lists up to N value mismatches, N misses and N spurious
//! mentions per corpus. `--floor FILE` reads `corpus metric minimum` lines and exits 1
//! when a score falls below its floor.
//!
//! The metric code is kept in small pure functions so `cargo test --examples` can test
//! the arithmetic on hand-made span lists.

use chrono::NaiveDate;
use factlint::timeline::timexes;
use factlint::{analyze, DocKind, Document};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Scored when no corpus is named: development corpora first, the test set last.
const DEFAULT_CORPORA: [&str; 3] = ["te3-train", "meantime-en", "te3-platinum"];
/// MEANTIME annotates time expressions only in the first six lines of each text
/// (`SOURCES.md`), so mentions starting later are neither gold nor system output.
const MEANTIME_LINES: usize = 6;
/// TIMEX3 types, in the order the per-type table prints them.
const TYPES: [&str; 4] = ["DATE", "TIME", "DURATION", "SET"];
/// Metric names accepted in a floors file, in the order they are reported.
const METRICS: [&str; 10] = [
    "strict_p",
    "strict_r",
    "strict_f1",
    "relaxed_p",
    "relaxed_r",
    "relaxed_f1",
    "type_acc",
    "type_f1",
    "value_acc",
    "value_f1",
];

/// One time expression: a byte span of the document text with its TIMEX3 attributes.
#[derive(Clone, Debug, PartialEq)]
struct Timex {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: String,
}

/// A gold document with its annotation.
struct GoldDoc {
    doc: String,
    dct: Option<NaiveDate>,
    text: String,
    timexes: Vec<Timex>,
}

struct Options {
    corpora: Vec<PathBuf>,
    system: Option<PathBuf>,
    errors: usize,
    floor: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("tempeval: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let options = parse_args(std::env::args().skip(1))?;
    let root = std::env::var_os("FACTLINT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let corpora: Vec<PathBuf> = if options.corpora.is_empty() {
        if !root.is_dir() {
            println!("tempeval skipped: {} is not present", root.display());
            return Ok(ExitCode::SUCCESS);
        }
        DEFAULT_CORPORA
            .iter()
            .map(|name| root.join(format!("{name}.jsonl")))
            .filter(|path| path.is_file())
            .collect()
    } else {
        options
            .corpora
            .iter()
            .map(|arg| resolve_corpus(arg, &root))
            .collect::<Result<_, _>>()?
    };
    if corpora.is_empty() {
        println!("tempeval skipped: no gold corpus in {}", root.display());
        return Ok(ExitCode::SUCCESS);
    }
    let system = match &options.system {
        Some(path) => Some(read_system(path)?),
        None => None,
    };
    let floors = match &options.floor {
        Some(path) => Some(parse_floors(&read_text(path)?)?),
        None => None,
    };

    println!("# TempEval-3 timex scores\n");
    println!(
        "System: {}. Metrics as the official TempEval-3 toolkit defines them (docs/tempeval.md).\n",
        options.system.as_ref().map_or_else(
            || "factlint (library)".to_string(),
            |p| p.display().to_string()
        )
    );
    let mut results: Vec<(String, Counts)> = Vec::new();
    for path in &corpora {
        let name = corpus_name(path);
        let docs = read_gold(path)?;
        let mut counts = Counts::default();
        let mut per_type: BTreeMap<String, TypeCounts> = BTreeMap::new();
        let mut listing = ErrorListing::default();
        let mut missing_system = 0;
        for gold_doc in &docs {
            let system_timexes = match &system {
                Some(by_doc) => match by_doc.get(&gold_doc.doc) {
                    Some(timexes) => timexes.clone(),
                    None => {
                        missing_system += 1;
                        Vec::new()
                    }
                },
                None => tag(&gold_doc.text, gold_doc.dct),
            };
            let limit = if name.contains("meantime") {
                line_limit(&gold_doc.text, MEANTIME_LINES)
            } else {
                usize::MAX
            };
            let gold: Vec<Timex> = within(&gold_doc.timexes, limit);
            let sys: Vec<Timex> = within(&system_timexes, limit);
            let pairs = pair(&gold, &sys);
            counts.add(&count(&gold, &sys, &pairs));
            for (kind, c) in count_by_type(&gold, &sys, &pairs) {
                per_type.entry(kind).or_default().add(&c);
            }
            if options.errors > 0 {
                listing.collect(&gold_doc.doc, &gold, &sys, &pairs);
            }
        }
        if missing_system > 0 {
            eprintln!(
                "tempeval: {missing_system} {name} documents have no record in the system file; scored as empty"
            );
        }
        print_corpus(&name, docs.len(), &counts, &per_type);
        if options.errors > 0 {
            listing.print(options.errors);
        }
        results.push((name, counts));
    }
    print_summary(&results);

    let Some(floors) = floors else {
        return Ok(ExitCode::SUCCESS);
    };
    let scores: HashMap<&str, Scores> = results
        .iter()
        .map(|(name, c)| (name.as_str(), Scores::from(c)))
        .collect();
    let mut failed = false;
    for floor in &floors {
        match scores.get(floor.corpus.as_str()) {
            Some(s) => {
                let score = s.metric(&floor.metric).unwrap_or(0.0);
                if score < floor.minimum {
                    eprintln!(
                        "tempeval: {} {} = {score:.4} is below its floor {:.4}",
                        floor.corpus, floor.metric, floor.minimum
                    );
                    failed = true;
                }
            }
            None => eprintln!(
                "tempeval: floor for {} not checked: that corpus was not scored",
                floor.corpus
            ),
        }
    }
    if failed {
        Ok(ExitCode::from(1))
    } else {
        println!("All {} floors met.", floors.len());
        Ok(ExitCode::SUCCESS)
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        corpora: Vec::new(),
        system: None,
        errors: 0,
        floor: None,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--system" => options.system = Some(PathBuf::from(value("--system")?)),
            "--floor" => options.floor = Some(PathBuf::from(value("--floor")?)),
            "--errors" => {
                let n = value("--errors")?;
                options.errors = n
                    .parse()
                    .map_err(|_| format!("--errors wants a count, not `{n}`"))?;
            }
            "-h" | "--help" => return Err(
                "usage: tempeval [CORPUS.jsonl ...] [--system FILE] [--errors N] [--floor FILE]"
                    .into(),
            ),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => options.corpora.push(PathBuf::from(arg)),
        }
    }
    Ok(options)
}

/// A corpus argument is a path, or a bare name looked up in the corpus directory.
fn resolve_corpus(arg: &Path, root: &Path) -> Result<PathBuf, String> {
    if arg.is_file() {
        return Ok(arg.to_path_buf());
    }
    let named = root.join(format!("{}.jsonl", arg.display()));
    if named.is_file() {
        Ok(named)
    } else {
        Err(format!(
            "no corpus at {} or {}",
            arg.display(),
            named.display()
        ))
    }
}

fn corpus_name(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses JSON lines, naming the file and line of any that is not JSON.
fn json_lines(path: &Path) -> Result<Vec<Value>, String> {
    let text = read_text(path)?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let mut docs = Vec::new();
    for (i, record) in json_lines(path)?.iter().enumerate() {
        let at = || format!("{}: record {}", path.display(), i + 1);
        let (Some(doc), Some(text)) = (record["doc"].as_str(), record["text"].as_str()) else {
            return Err(format!("{}: needs string `doc` and `text`", at()));
        };
        let timexes = match record["timexes"].as_array() {
            Some(list) => list
                .iter()
                .map(|t| timex_from_json(t, text))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("{}: {e}", at()))?,
            None => Vec::new(),
        };
        docs.push(GoldDoc {
            doc: doc.to_string(),
            dct: record["dct"].as_str().and_then(parse_date),
            text: text.to_string(),
            timexes,
        });
    }
    Ok(docs)
}

/// The date as `factlint timeline` reads a record's `date`/`dct`: its first ten
/// characters as YYYY-MM-DD.
fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// Reads a timex object (`bstart`, `bend`, `text`, `type`, `value`), gold or system.
/// With the document text at hand, the span is checked against it so a corpus/system
/// mismatch fails loudly instead of scoring garbage.
fn timex_from_json(t: &Value, text: &str) -> Result<Timex, String> {
    let offset = |key: &str| {
        t[key]
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or(format!("timex without a numeric `{key}`: {t}"))
    };
    let (start, end) = (offset("bstart")?, offset("bend")?);
    if start > end || (!text.is_empty() && text.get(start..end).is_none()) {
        return Err(format!(
            "timex span {start}..{end} is not inside the text: {t}"
        ));
    }
    let field = |key: &str| t[key].as_str().unwrap_or_default().to_string();
    Ok(Timex {
        start,
        end,
        text: field("text"),
        kind: field("type"),
        value: field("value"),
    })
}

/// Reads `factlint timeline --format jsonl` output: `{"doc", "mentions": [...]}` per line.
fn read_system(path: &Path) -> Result<HashMap<String, Vec<Timex>>, String> {
    let mut by_doc = HashMap::new();
    for (i, record) in json_lines(path)?.iter().enumerate() {
        let Some(doc) = record["doc"].as_str() else {
            return Err(format!("{}: record {} has no `doc`", path.display(), i + 1));
        };
        let timexes = record["mentions"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|t| timex_from_json(t, ""))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()
            .map_err(|e| format!("{}: record {}: {e}", path.display(), i + 1))?
            .unwrap_or_default();
        by_doc.insert(doc.to_string(), timexes);
    }
    Ok(by_doc)
}

/// System output straight from the library, built exactly as `src/cli/timeline.rs`
/// builds its JSON lines (same analysis, same TIMEX3 extents from `timexes`, type
/// spelled as its serde form), so scoring the library and scoring `--system` agree.
fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let document = Document::new(text, DocKind::PlainText);
    let analysis = analyze(&document, dct);
    timexes(&document, &analysis)
        .into_iter()
        .map(|t| {
            let kind = match serde_json::to_value(t.kind) {
                Ok(Value::String(s)) => s,
                _ => format!("{:?}", t.kind).to_uppercase(),
            };
            Timex {
                start: t.span.start as usize,
                end: t.span.end as usize,
                text: document.text(t.span).to_string(),
                kind,
                value: t.value,
            }
        })
        .collect()
}

/// Byte offset where line `lines + 1` begins (the end of the first `lines` lines), or
/// the text length when it has fewer lines.
fn line_limit(text: &str, lines: usize) -> usize {
    if lines == 0 {
        return 0;
    }
    text.match_indices('\n')
        .nth(lines - 1)
        .map_or(text.len(), |(i, _)| i)
}

/// The timexes that start before `limit`.
fn within(timexes: &[Timex], limit: usize) -> Vec<Timex> {
    timexes
        .iter()
        .filter(|t| t.start < limit)
        .cloned()
        .collect()
}

/// Pairs gold and system timexes one-to-one, as TimeML-Normalizer's id normalization
/// does before `evaluate_entities.py` compares ids. The normalizer walks the tokens in
/// order; when a timex begins (gold before system at the same token) it takes the id
/// of the other annotation's timex that is open at that token, unless that timex is
/// already paired. So any overlap pairs, but only the first overlapping partner (in
/// start order) gets the pair: one gold "Sunday morning" against system "Sunday" +
/// "morning" pairs with "Sunday" and leaves "morning" spurious. Here tokens are
/// approximated by byte offsets: "open at" means `start <= p < end`.
/// Returns (gold index, system index) pairs.
fn pair(gold: &[Timex], system: &[Timex]) -> Vec<(usize, usize)> {
    let sides = [gold, system];
    // Begin events in the normalizer's order: by position, gold first at a tie.
    let mut events: Vec<(usize, usize, usize)> = Vec::new();
    for (side, list) in sides.iter().enumerate() {
        for (i, t) in list.iter().enumerate() {
            events.push((t.start, side, i));
        }
    }
    events.sort_unstable();
    let mut begun = [vec![false; gold.len()], vec![false; system.len()]];
    let mut partner = [vec![None; gold.len()], vec![None; system.len()]];
    for &(p, side, i) in &events {
        begun[side][i] = true;
        let other = 1 - side;
        // The normalizer keeps one open timex per annotation: the last one begun that
        // still covers the token.
        let open = sides[other]
            .iter()
            .enumerate()
            .filter(|&(j, t)| begun[other][j] && t.start <= p && p < t.end)
            .max_by_key(|&(j, t)| (t.start, j))
            .map(|(j, _)| j);
        if let Some(j) = open {
            if partner[other][j].is_none() {
                partner[other][j] = Some(i);
                partner[side][i] = Some(j);
            }
        }
    }
    partner[0]
        .iter()
        .enumerate()
        .filter_map(|(g, s)| s.map(|s| (g, s)))
        .collect()
}

/// The toolkit's global counters. Pairs are one-to-one, so the toolkit's
/// `match4precision` and `match4recall` counters are equal and kept once here.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    gold: usize,
    system: usize,
    /// Pairs (relaxed matches: the extents overlap).
    relaxed: usize,
    /// Pairs with the same extent.
    strict: usize,
    /// Pairs with the same `type`.
    type_ok: usize,
    /// Pairs with the same `value` (string equality, as the toolkit compares).
    value_ok: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.relaxed += other.relaxed;
        self.strict += other.strict;
        self.type_ok += other.type_ok;
        self.value_ok += other.value_ok;
    }
}

fn count(gold: &[Timex], system: &[Timex], pairs: &[(usize, usize)]) -> Counts {
    let mut c = Counts {
        gold: gold.len(),
        system: system.len(),
        ..Counts::default()
    };
    for &(g, s) in pairs {
        let (g, s) = (&gold[g], &system[s]);
        c.relaxed += 1;
        c.strict += usize::from(g.start == s.start && g.end == s.end);
        c.type_ok += usize::from(g.kind == s.kind);
        c.value_ok += usize::from(g.value == s.value);
    }
    c
}

/// Per-type counts (not an official TE3 figure): recall side by gold type, precision
/// side by system type, value accuracy over pairs by gold type.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct TypeCounts {
    gold: usize,
    system: usize,
    /// Pairs whose gold timex has this type.
    matched_gold: usize,
    /// Pairs whose system timex has this type.
    matched_system: usize,
    /// Pairs by gold type with the right value.
    value_ok: usize,
}

impl TypeCounts {
    fn add(&mut self, other: &TypeCounts) {
        self.gold += other.gold;
        self.system += other.system;
        self.matched_gold += other.matched_gold;
        self.matched_system += other.matched_system;
        self.value_ok += other.value_ok;
    }

    /// Relaxed F1 for the type times its value accuracy, mirroring the overall value F1.
    fn value_f1(&self) -> f64 {
        let p = ratio(self.matched_system, self.system);
        let r = ratio(self.matched_gold, self.gold);
        f1(p, r) * ratio(self.value_ok, self.matched_gold)
    }
}

fn count_by_type(
    gold: &[Timex],
    system: &[Timex],
    pairs: &[(usize, usize)],
) -> BTreeMap<String, TypeCounts> {
    let mut by: BTreeMap<String, TypeCounts> = BTreeMap::new();
    for t in gold {
        by.entry(t.kind.clone()).or_default().gold += 1;
    }
    for t in system {
        by.entry(t.kind.clone()).or_default().system += 1;
    }
    for &(g, s) in pairs {
        let (g, s) = (&gold[g], &system[s]);
        let entry = by.entry(g.kind.clone()).or_default();
        entry.matched_gold += 1;
        entry.value_ok += usize::from(g.value == s.value);
        by.entry(s.kind.clone()).or_default().matched_system += 1;
    }
    by
}

/// `part / whole`, 0 when `whole` is 0 (the toolkit's convention for P, R and accuracy).
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Harmonic mean, 0 when both are 0 (`get_fscore` in the toolkit).
fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Prf {
    p: f64,
    r: f64,
    f1: f64,
}

/// The scores `get_performance()` in `evaluate_entities.py` prints.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Scores {
    strict: Prf,
    relaxed: Prf,
    type_acc: f64,
    type_f1: f64,
    value_acc: f64,
    value_f1: f64,
}

impl From<&Counts> for Scores {
    fn from(c: &Counts) -> Scores {
        let prf = |matched: usize| {
            let (p, r) = (ratio(matched, c.system), ratio(matched, c.gold));
            Prf { p, r, f1: f1(p, r) }
        };
        let (mut strict, mut relaxed) = (prf(c.strict), prf(c.relaxed));
        let type_acc = ratio(c.type_ok, c.relaxed);
        let value_acc = ratio(c.value_ok, c.relaxed);
        // The toolkit scores "nothing to find, nothing found" as perfect.
        if c.gold == 0 && c.system == 0 {
            strict.f1 = 1.0;
            relaxed.f1 = 1.0;
            return Scores {
                strict,
                relaxed,
                type_acc,
                type_f1: 1.0,
                value_acc,
                value_f1: 1.0,
            };
        }
        Scores {
            strict,
            relaxed,
            type_acc,
            type_f1: relaxed.f1 * type_acc,
            value_acc,
            value_f1: relaxed.f1 * value_acc,
        }
    }
}

impl Scores {
    fn metric(&self, name: &str) -> Option<f64> {
        Some(match name {
            "strict_p" => self.strict.p,
            "strict_r" => self.strict.r,
            "strict_f1" => self.strict.f1,
            "relaxed_p" => self.relaxed.p,
            "relaxed_r" => self.relaxed.r,
            "relaxed_f1" => self.relaxed.f1,
            "type_acc" => self.type_acc,
            "type_f1" => self.type_f1,
            "value_acc" => self.value_acc,
            "value_f1" => self.value_f1,
            _ => return None,
        })
    }
}

#[derive(Debug, PartialEq)]
struct Floor {
    corpus: String,
    metric: String,
    minimum: f64,
}

/// `corpus metric minimum` per line; `#` starts a comment. An unknown metric or a bad
/// number is an error, so a typo cannot silently disable a guard.
fn parse_floors(text: &str) -> Result<Vec<Floor>, String> {
    let mut floors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [corpus, metric, minimum] = fields[..] else {
            return Err(format!(
                "floors line {}: want `corpus metric minimum`",
                i + 1
            ));
        };
        if !METRICS.contains(&metric) {
            return Err(format!(
                "floors line {}: unknown metric `{metric}` (one of {})",
                i + 1,
                METRICS.join(", ")
            ));
        }
        let minimum: f64 = minimum
            .parse()
            .map_err(|_| format!("floors line {}: `{minimum}` is not a number", i + 1))?;
        floors.push(Floor {
            corpus: corpus.to_string(),
            metric: metric.to_string(),
            minimum,
        });
    }
    Ok(floors)
}

/// Mismatches kept for `--errors`, in corpus order.
#[derive(Default)]
struct ErrorListing {
    value: Vec<String>,
    missed: Vec<String>,
    spurious: Vec<String>,
}

impl ErrorListing {
    fn collect(&mut self, doc: &str, gold: &[Timex], system: &[Timex], pairs: &[(usize, usize)]) {
        let mut gold_paired = vec![false; gold.len()];
        let mut system_paired = vec![false; system.len()];
        for &(g, s) in pairs {
            gold_paired[g] = true;
            system_paired[s] = true;
            let (g, s) = (&gold[g], &system[s]);
            if g.value != s.value {
                self.value.push(format!(
                    "- `{doc}` “{}” gold {} `{}` ≠ system {} `{}` (system span “{}”)",
                    g.text, g.kind, g.value, s.kind, s.value, s.text
                ));
            }
        }
        for (g, _) in gold_paired.iter().enumerate().filter(|(_, p)| !**p) {
            let g = &gold[g];
            self.missed.push(format!(
                "- `{doc}` “{}” gold {} `{}` at {}",
                g.text, g.kind, g.value, g.start
            ));
        }
        for (s, _) in system_paired.iter().enumerate().filter(|(_, p)| !**p) {
            let s = &system[s];
            self.spurious.push(format!(
                "- `{doc}` “{}” system {} `{}` at {}",
                s.text, s.kind, s.value, s.start
            ));
        }
    }

    fn print(&self, n: usize) {
        for (title, list) in [
            ("Value mismatches", &self.value),
            ("Missed (gold without a system match)", &self.missed),
            ("Spurious (system without a gold match)", &self.spurious),
        ] {
            println!(
                "**{title}**: {} in all, first {}\n",
                list.len(),
                n.min(list.len())
            );
            for line in list.iter().take(n) {
                println!("{line}");
            }
            println!();
        }
    }
}

fn print_corpus(name: &str, docs: usize, c: &Counts, per_type: &BTreeMap<String, TypeCounts>) {
    let s = Scores::from(c);
    println!(
        "## {name}\n\n{docs} documents, {} gold timexes, {} system timexes, {} relaxed matches, {} strict.\n",
        c.gold, c.system, c.relaxed, c.strict
    );
    println!("| match | P | R | F1 |\n|---|---|---|---|");
    println!(
        "| strict | {:.4} | {:.4} | {:.4} |",
        s.strict.p, s.strict.r, s.strict.f1
    );
    println!(
        "| relaxed | {:.4} | {:.4} | {:.4} |\n",
        s.relaxed.p, s.relaxed.r, s.relaxed.f1
    );
    println!("| attribute | accuracy | F1 |\n|---|---|---|");
    println!("| type | {:.4} | {:.4} |", s.type_acc, s.type_f1);
    println!("| value | {:.4} | {:.4} |\n", s.value_acc, s.value_f1);
    println!("| type | gold | system | matched (gold type) | value correct | value F1 |");
    println!("|---|---|---|---|---|---|");
    let others = per_type.keys().filter(|k| !TYPES.contains(&k.as_str()));
    for kind in TYPES.iter().map(|k| k.to_string()).chain(others.cloned()) {
        let t = per_type.get(&kind).copied().unwrap_or_default();
        println!(
            "| {kind} | {} | {} | {} | {} | {:.4} |",
            t.gold,
            t.system,
            t.matched_gold,
            t.value_ok,
            t.value_f1()
        );
    }
    println!();
}

fn print_summary(results: &[(String, Counts)]) {
    println!("## Summary\n");
    println!("| corpus | strict F1 | relaxed F1 | type F1 | value accuracy | value F1 |");
    println!("|---|---|---|---|---|---|");
    for (name, c) in results {
        let s = Scores::from(c);
        println!(
            "| {name} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} |",
            s.strict.f1, s.relaxed.f1, s.type_f1, s.value_acc, s.value_f1
        );
    }
    println!();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(start: usize, end: usize, kind: &str, value: &str) -> Timex {
        Timex {
            start,
            end,
            text: String::new(),
            kind: kind.to_string(),
            value: value.to_string(),
        }
    }

    fn date(start: usize, end: usize, value: &str) -> Timex {
        t(start, end, "DATE", value)
    }

    fn score(gold: &[Timex], system: &[Timex]) -> (Counts, Scores) {
        let c = count(gold, system, &pair(gold, system));
        (c, Scores::from(&c))
    }

    #[test]
    fn exact_span_is_strict_and_relaxed() {
        let gold = [date(0, 6, "2013-03-22")];
        let (c, s) = score(&gold, &gold);
        assert_eq!((c.strict, c.relaxed, c.value_ok), (1, 1, 1));
        assert_eq!(s.strict.f1, 1.0);
        assert_eq!(s.value_f1, 1.0);
    }

    #[test]
    fn partial_overlap_is_relaxed_only() {
        // gold "Sunday morning" (0..14), system "Sunday" (0..6)
        let (c, s) = score(
            &[t(0, 14, "TIME", "2013-03-24TMO")],
            &[date(0, 6, "2013-03-24")],
        );
        assert_eq!((c.strict, c.relaxed, c.type_ok, c.value_ok), (0, 1, 0, 0));
        assert_eq!(s.strict.f1, 0.0);
        assert_eq!(s.relaxed.f1, 1.0);
        assert_eq!((s.type_acc, s.value_acc, s.value_f1), (0.0, 0.0, 0.0));
    }

    #[test]
    fn touching_spans_do_not_overlap() {
        let (c, _) = score(&[date(0, 6, "x")], &[date(6, 10, "x")]);
        assert_eq!(c.relaxed, 0);
    }

    #[test]
    fn one_gold_split_in_two_pairs_once() {
        // gold "Sunday morning"; system "Sunday" + "morning": the second is spurious.
        let gold = [date(0, 14, "v")];
        let system = [date(0, 6, "v"), date(7, 14, "v")];
        assert_eq!(pair(&gold, &system), vec![(0, 0)]);
        let (c, s) = score(&gold, &system);
        assert_eq!((c.relaxed, c.gold, c.system), (1, 1, 2));
        assert_eq!((s.relaxed.p, s.relaxed.r), (0.5, 1.0));
    }

    #[test]
    fn two_gold_joined_in_one_pairs_once() {
        let gold = [date(0, 6, "a"), date(7, 14, "b")];
        let system = [date(0, 14, "a")];
        assert_eq!(pair(&gold, &system), vec![(0, 0)]);
        let (_, s) = score(&gold, &system);
        assert_eq!((s.relaxed.p, s.relaxed.r), (1.0, 0.5));
    }

    #[test]
    fn later_start_pairs_with_the_open_unpaired_partner() {
        // gold A 0..10, gold B 10..14; system X 0..4, system Y 5..14.
        // Y begins inside A (already paired with X) so stays single until B begins
        // inside Y: then B takes Y, as the normalizer's token walk does.
        let gold = [date(0, 10, "a"), date(10, 14, "b")];
        let system = [date(0, 4, "a"), date(5, 14, "b")];
        assert_eq!(pair(&gold, &system), vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn system_starting_first_still_pairs() {
        let gold = [date(4, 10, "a")];
        let system = [date(0, 6, "a")];
        assert_eq!(pair(&gold, &system), vec![(0, 0)]);
    }

    #[test]
    fn value_mismatch_counts_against_value_not_extent() {
        let gold = [date(0, 5, "2013-03-22"), t(10, 17, "DURATION", "P3D")];
        let system = [date(0, 5, "2013-03-21"), t(10, 17, "DURATION", "P3D")];
        let (c, s) = score(&gold, &system);
        assert_eq!((c.strict, c.type_ok, c.value_ok), (2, 2, 1));
        assert_eq!(s.value_acc, 0.5);
        assert_eq!(s.value_f1, 0.5);
        assert_eq!(s.type_f1, 1.0);
    }

    #[test]
    fn value_f1_is_relaxed_f1_times_accuracy() {
        // 4 gold, 2 system, both matched, one value right: P 1, R .5, F1 2/3, acc .5.
        let gold = [
            date(0, 2, "a"),
            date(3, 5, "b"),
            date(6, 8, "c"),
            date(9, 11, "d"),
        ];
        let system = [date(0, 2, "a"), date(3, 5, "x")];
        let (_, s) = score(&gold, &system);
        assert!((s.relaxed.f1 - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.value_f1 - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn empty_inputs_follow_the_toolkit() {
        let (_, s) = score(&[], &[]);
        assert_eq!((s.relaxed.f1, s.strict.f1, s.value_f1), (1.0, 1.0, 1.0));
        let (_, s) = score(&[date(0, 4, "a")], &[]);
        assert_eq!(
            (s.relaxed.p, s.relaxed.r, s.relaxed.f1, s.value_f1),
            (0.0, 0.0, 0.0, 0.0)
        );
        let (_, s) = score(&[], &[date(0, 4, "a")]);
        assert_eq!((s.relaxed.f1, s.value_acc), (0.0, 0.0));
    }

    #[test]
    fn per_type_counts_split_recall_and_precision_sides() {
        let gold = [date(0, 4, "a"), t(5, 9, "DURATION", "P1D")];
        let system = [t(0, 4, "DURATION", "a"), t(5, 9, "DURATION", "P1D")];
        let by = count_by_type(&gold, &system, &pair(&gold, &system));
        let d = by["DATE"];
        assert_eq!(
            (
                d.gold,
                d.system,
                d.matched_gold,
                d.matched_system,
                d.value_ok
            ),
            (1, 0, 1, 0, 1)
        );
        let u = by["DURATION"];
        assert_eq!(
            (u.gold, u.system, u.matched_gold, u.matched_system),
            (1, 2, 1, 2)
        );
        assert_eq!(u.value_f1(), 1.0);
    }

    #[test]
    fn line_limit_keeps_the_first_lines() {
        let text = "a\nb\nc";
        assert_eq!(line_limit(text, 1), 1);
        assert_eq!(line_limit(text, 2), 3);
        assert_eq!(line_limit(text, 6), text.len());
        let kept = within(&[date(0, 1, "x"), date(4, 5, "y")], line_limit(text, 2));
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn floors_parse_and_reject_typos() {
        let floors = parse_floors("# comment\nte3-platinum value_f1 0.50  # guard\n\n").unwrap();
        assert_eq!(
            floors,
            vec![Floor {
                corpus: "te3-platinum".into(),
                metric: "value_f1".into(),
                minimum: 0.5
            }]
        );
        assert!(parse_floors("te3-platinum value_f 0.5").is_err());
        assert!(parse_floors("te3-platinum value_f1 high").is_err());
        assert!(parse_floors("te3-platinum value_f1").is_err());
    }
}
