"""Lint an archive of articles with factlint on Apache Spark.

Reads records {"id", "date", "text"} (or the corpus keys "doc" and "dct"), pipes every
partition through `factlint check --input-format jsonl --format jsonl -` with
`RDD.pipe`, and writes the findings (JSON lines or Parquet) and a per-rule summary.

    spark-submit --master 'local[2]' \
        --files target/release/factlint,examples/spark/factlint-pipe.sh \
        examples/spark/factlint_spark.py --output out/ 'records/*.jsonl'

See README.md in this folder for cluster runs.
"""

import argparse
import shlex
import sys

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# The fields of one output line (README.md, "Output formats"), plus the two of an error
# line for a record factlint could not read: {"doc", "line", "error"}.
_POSITION = [
    T.StructField("start", T.LongType()),
    T.StructField("end", T.LongType()),
    T.StructField("line", T.LongType()),
    T.StructField("column", T.LongType()),
]
FINDING_SCHEMA = T.StructType(
    [
        T.StructField("rule", T.StringType()),
        T.StructField("severity", T.StringType()),
        T.StructField("message", T.StringType()),
        T.StructField("path", T.StringType()),
        T.StructField("doc", T.StringType()),
        T.StructField("span", T.StructType(_POSITION)),
        T.StructField(
            "related",
            T.ArrayType(T.StructType(_POSITION + [T.StructField("label", T.StringType())])),
        ),
        T.StructField("explanation", T.StringType()),
        T.StructField("assumptions", T.ArrayType(T.StringType())),
        T.StructField(
            "fixes",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("start", T.LongType()),
                        T.StructField("end", T.LongType()),
                        T.StructField("replacement", T.StringType()),
                        T.StructField("safe", T.BooleanType()),
                    ]
                )
            ),
        ),
        T.StructField("line", T.LongType()),
        T.StructField("error", T.StringType()),
    ]
)

# The summary's name for records factlint could not read.
UNREADABLE = "(unreadable record)"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="input paths or globs (any Spark path: file://, hdfs://, s3a://)")
    parser.add_argument("--output", required=True, help="output directory: findings/ and summary/ are written under it")
    parser.add_argument(
        "--input-format",
        default="jsonl",
        help="jsonl (default: one record per line, passed to factlint as it is), "
        "or any spark.read format holding id/doc, date/dct and text columns (parquet, orc, json…)",
    )
    parser.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument(
        "--factlint",
        default="factlint",
        help="the binary: the name of a file shipped with --files (default: factlint), "
        "or an absolute path where it is installed on every node",
    )
    parser.add_argument("--wrapper", default="factlint-pipe.sh", help="the exit-status wrapper, as for --factlint")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="factlint threads per task (default 1: Spark already runs one task per core; "
        "match spark.task.cpus if you raise it)",
    )
    parser.add_argument("--min-partitions", type=int, default=None, help="split jsonl input into at least this many partitions")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output directory")
    return parser.parse_args(argv)


def executor_path(sc, name):
    """Where executors find a file shipped with --files (or installed at an absolute path).

    RDD.pipe fixes its command on the driver, so the path is decided here. In local
    mode the executors are the driver, and SparkFiles.get gives the driver's copy. On a
    cluster (YARN, standalone, Kubernetes) each executor keeps its --files in its own
    working directory, which is the Python worker's and so the piped command's.
    """
    if name.startswith("/"):
        return name
    if sc.master.startswith("local"):
        return SparkFiles.get(name)
    return "./" + name


def read_records(spark, args):
    """The input as an RDD of strings, each one record serialised as one JSON line."""
    sc = spark.sparkContext
    if args.input_format == "jsonl":
        # Already one record per line: pass each line through untouched (factlint reads
        # `doc`/`dct` itself and reports a malformed line as an error line). Blank lines
        # are dropped here rather than piped.
        lines = sc.textFile(",".join(args.inputs), minPartitions=args.min_partitions)
        return lines.filter(lambda line: line.strip() != "")
    # Any other source: pick the columns and let Spark serialise each row as one JSON
    # object on one line (newlines inside the text are escaped; null fields are left out).
    df = spark.read.format(args.input_format).load(args.inputs)
    columns = set(df.columns)

    def first_of(*names):
        present = [F.col(n) for n in names if n in columns]
        return F.coalesce(*present) if present else F.lit(None)

    if "text" not in columns:
        sys.exit(f"the input has no `text` column (columns: {sorted(columns)})")
    record = F.struct(
        first_of("id", "doc").cast("string").alias("id"),
        first_of("date", "dct").cast("string").alias("date"),
        F.col("text").cast("string").alias("text"),
    )
    # to_json rather than DataFrame.toJSON, whose return type is due to change.
    return df.select(F.to_json(record).alias("line")).rdd.map(lambda row: row.line)


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("factlint").getOrCreate()
    sc = spark.sparkContext

    command = shlex.join(
        [
            "/bin/bash",
            executor_path(sc, args.wrapper),
            executor_path(sc, args.factlint),
            "check",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "--threads",
            str(args.threads),
            "-",
        ]
    )
    # checkCode=True: without it pyspark ignores the exit status entirely, so a crashed
    # factlint would silently drop the rest of its partition. The wrapper turns
    # factlint's "findings" (1) and "unreadable records" (2) statuses into 0, so only
    # real failures fail (and retry) the task.
    findings = read_records(spark, args).pipe(command, checkCode=True)
    # Written once and summarised once: keep the lines so factlint runs only once.
    findings.persist(StorageLevel.MEMORY_AND_DISK)

    mode = "overwrite" if args.overwrite else "errorifexists"
    out = args.output.rstrip("/")
    parsed = spark.read.schema(FINDING_SCHEMA).json(findings)
    if args.output_format == "jsonl":
        # factlint's lines exactly as it printed them.
        spark.createDataFrame(findings.map(lambda line: (line,)), "value string").write.mode(mode).text(f"{out}/findings")
    else:
        parsed.write.mode(mode).parquet(f"{out}/findings")

    summary = (
        parsed.withColumn("rule", F.coalesce(F.col("rule"), F.lit(UNREADABLE)))
        .groupBy("rule")
        .agg(F.count(F.lit(1)).alias("findings"), F.countDistinct("doc").alias("documents"))
        .orderBy(F.desc("findings"), "rule")
    )
    summary.coalesce(1).write.mode(mode).option("header", True).csv(f"{out}/summary")
    summary.show(truncate=False)
    findings.unpersist()
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
