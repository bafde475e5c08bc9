"""Helpers for test_spark.sh.

    test_support.py records FIXTURES_DIR OUT.jsonl
        Writes test records: every fixture file several times under new ids, a few
        hand-written articles with known contradictions, and some unreadable records.
    test_support.py compare REFERENCE.jsonl SPARK_OUTPUT_DIR
        Checks that the Spark job's findings equal a single-process run's, record for
        record, and that its summary table counts them right.
"""

import collections
import csv
import glob
import json
import os
import sys

# Copies of each fixture, so the records spread over every partition.
FIXTURE_COPIES = 25

# Written for this test; each line is (id, date or None, text).
HAND_WRITTEN = [
    ("hand-weekday", "2023-03-10", "The council voted on Tuesday, March 8, 2023, to close the pier."),
    ("hand-impossible-date", "2023-05-02", "The permit expired on April 31 and was not renewed."),
    ("hand-clean", "2023-03-10", "The council voted on Wednesday, March 8, 2023, to close the pier."),
    ("hand-no-date", None, "The council voted on Wednesday to close the pier."),
    # A non-string id is printed as JSON.
    (42, "2021-07-02", "Crews finished on Thursday, July 1, 2021 \u2014 a day early."),
    # Characters a line-based pipe could mangle: a line separator (legal raw in JSON), a
    # newline (escaped), and text outside the Basic Multilingual Plane.
    ("hand-separators", "2022-01-14", "Opened Friday, January 14, 2022.\u2028Closed\nSaturday, January 14, 2022. \U0001F30A"),
]

# Lines factlint cannot read: each becomes one error line in the output.
UNREADABLE = [
    "not json at all",
    json.dumps({"id": "no-text", "date": "2022-01-01"}),
    json.dumps({"id": "bad-date", "date": "soon", "text": "Friday"}),
]


def write_records(fixtures_dir, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for path in sorted(glob.glob(os.path.join(fixtures_dir, "*"))):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            name = os.path.basename(path)
            for copy in range(FIXTURE_COPIES):
                # No date: factlint finds it in the text, as it does for the file.
                out.write(json.dumps({"id": f"fixture/{name}/{copy}", "text": text}) + "\n")
        for doc, date, text in HAND_WRITTEN:
            record = {"doc": doc, "text": text} if date is None else {"id": doc, "dct": date, "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        for line in UNREADABLE:
            out.write(line + "\n")


def canonical(line):
    """One output line as a comparable key, keyed by its record's id.

    An error line's `line` is the line number within the stream factlint read, which
    under Spark is the partition's, not the file's: it is left out of the comparison.
    """
    value = json.loads(line)
    if "error" in value:
        value.pop("line", None)
    return value.get("doc"), json.dumps(value, sort_keys=True, ensure_ascii=False)


def read_lines(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield line.rstrip("\n")


def compare(reference_path, spark_dir):
    reference = collections.Counter(canonical(l) for l in read_lines([reference_path]))
    parts = sorted(glob.glob(os.path.join(spark_dir, "findings", "part-*")))
    spark = collections.Counter(canonical(l) for l in read_lines(parts))

    failures = []
    missing, extra = reference - spark, spark - reference
    for (doc, line), n in sorted(missing.items(), key=str)[:10]:
        failures.append(f"missing from Spark ({n}x) for doc {doc!r}: {line}")
    for (doc, line), n in sorted(extra.items(), key=str)[:10]:
        failures.append(f"only in Spark ({n}x) for doc {doc!r}: {line}")

    # The summary table: findings per rule, unreadable records under their own name.
    expected = collections.Counter()
    for (_, line), n in reference.items():
        expected[json.loads(line).get("rule", "(unreadable record)")] += n
    summary_files = glob.glob(os.path.join(spark_dir, "summary", "part-*.csv"))
    with open(summary_files[0], encoding="utf-8") as f:
        got = {row["rule"]: int(row["findings"]) for row in csv.DictReader(f)}
    if got != dict(expected):
        failures.append(f"summary {got} != expected {dict(expected)}")

    # Guard against a vacuous pass: the input is built to have both kinds of line.
    errors = expected.pop("(unreadable record)", 0)
    if not expected or not errors:
        failures.append(f"expected findings and unreadable records, got {dict(expected)} and {errors}")

    total = sum(reference.values())
    docs = len({doc for doc, _ in reference})
    print(f"reference: {total} lines for {docs} records; Spark: {sum(spark.values())} lines; by rule: {dict(sorted(got.items()))}")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "records" and len(sys.argv) == 4:
        write_records(sys.argv[2], sys.argv[3])
    elif command == "compare" and len(sys.argv) == 4:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
