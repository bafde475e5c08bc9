#!/usr/bin/env bash
# Runs factlint as the command of a Spark `RDD.pipe` stage, which fails the task on any
# non-zero exit status (the job calls pipe with checkCode=True). factlint's own statuses
# are translated so that only a real failure fails the task:
#
#   0  clean                                   -> 0
#   1  some record has a finding               -> 0 (the findings are the output)
#   2  some records could not be read           -> 0 (each produced an error line on
#      and nothing else went wrong                    standard output, kept in the output)
#   2  any other error (bad rules, I/O, usage)  -> 2 (the task fails; Spark retries it)
#   anything else (a crash, a signal)           -> passed on
#
# Usage: factlint-pipe.sh FACTLINT_BINARY ARGS…
# Standard input and output go straight to factlint, so records still stream.
set -euo pipefail

# RDD.pipe starts the command with only the environment the job passes it.
export PATH="${PATH:-/usr/local/bin:/usr/bin:/bin}"

binary=$1
shift

# A file shipped with --files may arrive without its executable bit (some cluster
# managers localise files read-only): run a private copy then.
if [ ! -x "$binary" ]; then
  copy=$(mktemp "${TMPDIR:-/tmp}/factlint.XXXXXX")
  cp "$binary" "$copy"
  chmod u+x "$copy"
  binary=$copy
fi

errors=$(mktemp "${TMPDIR:-/tmp}/factlint-stderr.XXXXXX")
cleanup() {
  rm -f "$errors" "${copy:-}"
}
trap cleanup EXIT

status=0
"$binary" "$@" 2>"$errors" || status=$?
# Keep factlint's messages in the executor's log.
cat "$errors" >&2

case $status in
  0 | 1) exit 0 ;;
  2)
    # Unreadable records alone give exactly one standard-error line: the summary.
    if [ "$(wc -l <"$errors")" -eq 1 ] &&
      grep -qE '^[0-9]+ of [0-9]+ records could not be read$' "$errors"; then
      exit 0
    fi
    exit 2
    ;;
  *) exit "$status" ;;
esac
