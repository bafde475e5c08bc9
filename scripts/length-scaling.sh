#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) for one 1 MB and one 10 MB document of
# invented news-like Markdown, to check that cost grows linearly with length (the
# target: 10 MB in at most ten times the 1 MB count). See docs/scale.md.
#
#   scripts/length-scaling.sh    # needs valgrind and python3
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin factlint

python3 - "$work" <<'PY'
import random, sys, pathlib
random.seed(7)
months = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
r = random.randint
def paragraph(i):
    return (f"The harbor board of Port {chr(65 + i % 26)}{i} met on {random.choice(days)}, "
            f"the first meeting in {r(2, 90)} days. It last met on {random.choice(months)} "
            f"{r(1, 28)}, when about {r(10, 900)} boats, or {r(1, 60)} percent of the fleet, "
            f"were idle. Fees rose {r(1, 30)} percent, from ${r(10, 99)} to ${r(100, 200)}, "
            f"and the pier is {r(2, 40)} miles ({r(3, 64)} km) long.\n\n")
def document(size):
    parts, n, i = ["---\ndate: 2024-10-18\n---\n\n"], 0, 0
    while n < size:
        p = paragraph(i)
        parts.append(p)
        n, i = n + len(p), i + 1
    return "".join(parts)
out = pathlib.Path(sys.argv[1])
(out / "one.md").write_text(document(1_000_000))
(out / "ten.md").write_text(document(10_000_000))
PY

for name in one ten; do
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.$name" \
    "$root/target/release/factlint" check --format compact "$work/$name.md" >/dev/null 2>"$work/$name.log" || true
  printf '%s MB: ' "$([ $name = one ] && echo 1 || echo 10)"
  grep -E 'Collected' "$work/$name.log" | sed 's/.*Collected : //'
done
