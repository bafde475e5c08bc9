#!/usr/bin/env bash
# Times the whole factlint binary with hyperfine: one ~5 KB article (start-up
# included) and the whole news corpus as JSON lines. Figures go in
# docs/performance.md.
#
#   scripts/time-binary.sh            # factlint only
#   PEER=1 scripts/time-binary.sh     # also write-good (npm), for reference
#
# Needs hyperfine (Debian: apt-get install hyperfine). Reads ../shared/corpus when it
# is there; without it, times invented articles so the script still runs.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/factlint"

# One article of about 5 KB and every article as one JSON-lines stream.
python3 - "$corpus" "$work" <<'PY'
import json, pathlib, sys
corpus, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
records = []
for name in ["te3-train", "te3-platinum", "meantime-en", "news-afp", "news-qatempeval"]:
    path = corpus / f"{name}.jsonl"
    if path.exists():
        for line in path.read_text().splitlines():
            r = json.loads(line)
            records.append({"id": r["doc"], "date": r["dct"][:10], "text": r["text"]})
if not records:
    para = ("The harbor board met on Friday, the first meeting in 49 days. It last met on "
            "August 30. About 120 boats, or 40 percent of the fleet, were damaged.\n\n")
    records = [{"id": f"invented-{i}", "date": "2024-10-18", "text": para * 25} for i in range(1500)]
one = min(records, key=lambda r: abs(len(r["text"].encode()) - 5000))
(work / "one.txt").write_text(f"Dated {one['date']}.\n\n{one['text']}")
with open(work / "all.jsonl", "w") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
(work / "all.txt").write_text("\n\n".join(r["text"] for r in records))
print(f"one article: {len((work / 'one.txt').read_bytes())} bytes; "
      f"{len(records)} articles, {(work / 'all.jsonl').stat().st_size / 1e6:.1f} MB as JSON lines")
PY

hyperfine -N --warmup 5 --runs 50 -i \
  -n "one article" "$bin check --format compact $work/one.txt"
hyperfine -N --warmup 2 --runs 10 -i \
  -n "corpus, JSON lines, all cores" "$bin check --input-format jsonl --format jsonl $work/all.jsonl" \
  -n "corpus, JSON lines, one thread" "$bin check --threads 1 --input-format jsonl --format jsonl $work/all.jsonl"

if [[ "${PEER:-}" == 1 ]]; then
  command -v write-good >/dev/null || npm install --global --silent write-good
  hyperfine -N --warmup 2 --runs 10 -i \
    -n "write-good, one article" "write-good $work/one.txt" \
    -n "write-good, corpus as one file" "write-good $work/all.txt"
fi
