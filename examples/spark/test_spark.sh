#!/usr/bin/env bash
# Runs the Spark job for real, in local mode on two cores, and checks that its findings
# equal those of one single-process factlint run over the same records, record for
# record. Input: the corpus beside the repository (../shared/corpus/*.jsonl) when it is
# there, plus records built from tests/fixtures (which have findings and unreadable
# lines, so the comparison is never vacuous).
#
# Needs: a Rust toolchain, Python 3 with pyspark (`python3 -m pip install pyspark`),
# and a Java runtime (Debian: openjdk-17-jre-headless).
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

if ! python3 -c 'import pyspark' 2>/dev/null; then
  echo "test_spark: pyspark is not installed (python3 -m pip install pyspark)" >&2
  exit 2
fi
if ! command -v java >/dev/null 2>&1; then
  echo "test_spark: no Java runtime (Debian: apt-get install openjdk-17-jre-headless)" >&2
  exit 2
fi
spark_submit="$(python3 -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')/bin/spark-submit"

cargo build --release --locked --quiet
factlint=$PWD/target/release/factlint
wrapper=$PWD/examples/spark/factlint-pipe.sh
support=examples/spark/test_support.py

work=$(mktemp -d "${TMPDIR:-/tmp}/factlint-spark-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The wrapper alone: factlint's statuses 1 and 2-for-unreadable-records are success,
# a real error is not.
echo '{"id":"w","date":"2023-03-10","text":"On Tuesday, March 8, 2023."}' |
  "$wrapper" "$factlint" check --input-format jsonl --format jsonl - >/dev/null
echo 'not json' | "$wrapper" "$factlint" check --input-format jsonl --format jsonl - >/dev/null 2>&1
if "$wrapper" "$factlint" check --input-format jsonl --format jsonl "$work/absent.jsonl" 2>/dev/null; then
  echo "test_spark: the wrapper hid a real error" >&2
  exit 1
fi

python3 "$support" records tests/fixtures "$work/fixtures.jsonl"
inputs=("$work/fixtures.jsonl")
if [ -d ../shared/corpus ]; then
  for file in ../shared/corpus/*.jsonl; do
    inputs+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")")
  done
fi
echo "test_spark: ${#inputs[@]} input files, $(cat "${inputs[@]}" | wc -l) records"

# The reference: one process over all the records.
status=0
cat "${inputs[@]}" | "$factlint" check --input-format jsonl --format jsonl - \
  >"$work/reference.jsonl" 2>"$work/reference.err" || status=$?
if [ "$status" -gt 2 ]; then
  cat "$work/reference.err" >&2
  exit 1
fi

# The Spark job, with the binary and the wrapper shipped as on a cluster. At least
# 8 partitions, so records are split across many factlint processes.
spark_started=$SECONDS
if ! "$spark_submit" --master 'local[2]' \
  --conf spark.ui.enabled=false \
  --files "$factlint,$wrapper" \
  examples/spark/factlint_spark.py \
  --min-partitions 8 --output "$work/out" "${inputs[@]}" \
  >"$work/spark.log" 2>&1; then
  tail -n 40 "$work/spark.log" >&2
  echo "test_spark: the Spark job failed" >&2
  exit 1
fi
spark_seconds=$((SECONDS - spark_started))

python3 "$support" compare "$work/reference.jsonl" "$work/out"
echo "test_spark: ok (Spark job ${spark_seconds}s, whole test $((SECONDS - started))s)"
