#!/usr/bin/env bash
# Counts instructions (valgrind's callgrind) for the two workloads in
# docs/performance.md: the whole corpus linted once in one process, and one ~5 KB
# article as a whole `factlint check` run. Instruction counts do not move with the
# machine's load, so they compare two versions where timings cannot.
#
#   scripts/profile.sh    # needs valgrind (Debian: apt-get install valgrind)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin factlint --example lint_corpus

# The stages, by the function that runs each (inclusive counts).
stages=(
  "factlint::Linter::lint"
  "factlint::document::Document::new"
  "factlint::extract::extract_from_prose"
  "factlint::timeline::resolve::resolve_with"
  "factlint::Linter::lint_analysis"
  "factlint::rules::sets::load_builtin_and"
  "factlint::extract::scan::ascii_regex"
  "factlint::extract::scan::recogniser_regex"
)
report() {
  grep -E 'Collected' "$1.log" | sed 's/.*Collected :/instructions:/'
  callgrind_annotate --inclusive=yes "$1" 2>/dev/null > "$1.txt"
  for fn in "${stages[@]}"; do
    # The function's own summary line ends with the binary's path in brackets.
    grep -m1 -F ":$fn [" "$1.txt" | sed -E 's#  /[^:]*:# #; s# \[.*##' || true
  done
}

echo "== the corpus, linted once in one process"
valgrind --tool=callgrind --callgrind-out-file="$work/corpus" \
  "$root/target/release/examples/lint_corpus" 2>"$work/corpus.log"
report "$work/corpus"

echo "== one ~5 KB article, whole process (start-up included)"
python3 - "$root/../shared/corpus/news-afp.jsonl" "$work/one.txt" <<'PY'
import json, pathlib, sys
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
text = "Dated 2024-10-18.\n\n" + ("The harbor board met on Friday, the first meeting in 49 days. "
       "It last met on August 30. About 120 boats, or 40 percent of the fleet, were damaged.\n\n") * 30
if src.exists():
    records = [json.loads(l) for l in src.read_text().splitlines()]
    one = min(records, key=lambda r: abs(len(r["text"].encode()) - 5000))
    text = f"Dated {one['dct'][:10]}.\n\n{one['text']}"
out.write_text(text)
PY
valgrind --tool=callgrind --callgrind-out-file="$work/one" \
  "$root/target/release/factlint" check --format compact "$work/one.txt" >/dev/null 2>"$work/one.log" || true
report "$work/one"
