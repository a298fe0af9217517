"""An archive through presslight at scale, on one machine: the figures to size a cluster from.

    python tests/scale/run.py --cli target/release/presslight --data DIR [--cores N] [--repeat K]

DIR is a folder of .txt articles (PolNeAR's train and dev texts by default in `make scale`); a
date in the file name (publisher_YYYY-MM-DD_slug.txt) is the article's date. Each way below
analyses every article once, and each result must equal the CLI's (`presslight analyze --jsonl`,
run alone) or the script exits 1:

  CLI, one process            presslight analyze --jsonl < articles.jsonl (the reference)
  Python, one thread          presslight.analyze_many(texts, dates)
  GNU parallel                parallel --pipe --keep-order -j N presslight analyze --jsonl
  Spark RDD.pipe              lines of JSON piped through the CLI, local[N]
  Spark pandas UDF            presslight.analyze_many over each Arrow batch, local[N]

It prints a table of articles per second and per core: the cluster's cores needed for an
archive are its articles / (articles per second per core) / seconds available.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def articles(dirs, repeat):
    records = []
    for folder in dirs:
        for path in sorted(Path(folder).rglob("*.txt")):
            m = DATE.search(path.name)
            text = path.read_text(encoding="utf-8")
            for k in range(repeat):
                records.append(
                    {"id": f"{path.stem}#{k}" if repeat > 1 else path.stem, "text": text,
                     "date": m.group(1) if m else None}
                )
    return records


def by_id(lines):
    """{id: analysis} from the CLI's --jsonl output."""
    out = {}
    for line in lines:
        record = json.loads(line)
        if "error" in record:
            raise SystemExit(f"the CLI failed on {record.get('id')}: {record['error']}")
        out[record.pop("id")] = record
    return out


def cpu_seconds():
    """CPU time of this process and every process under it, alive or reaped: the CLI, GNU
    parallel and its jobs, Spark's JVM and its Python workers. The machine may be shared, so
    articles per CPU-second is the figure to size a cluster from; wall time says how busy it was."""
    tick = os.sysconf("SC_CLK_TCK")
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            # fields[1] is the parent; [11:15] utime, stime, cutime, cstime.
            stats[int(entry)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    children = {}
    for pid, (parent, _) in stats.items():
        children.setdefault(parent, []).append(pid)
    total, todo = 0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, (0, 0))[1]
        todo.extend(children.get(pid, []))
    return total / tick


def timed(f):
    """f's result, its wall seconds and the CPU seconds it took (of this process tree)."""
    cpu, start = cpu_seconds(), time.perf_counter()
    result = f()
    return result, time.perf_counter() - start, cpu_seconds() - cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="the presslight binary (a release build)")
    ap.add_argument("--data", required=True, nargs="+", help="folders of .txt articles")
    ap.add_argument("--cores", type=int, default=os.cpu_count(), help="cores for parallel and Spark")
    ap.add_argument("--repeat", type=int, default=1, help="take each article K times (a longer run)")
    ap.add_argument("--no-spark", action="store_true", help="skip the two Spark paths")
    args = ap.parse_args()
    cli = str(Path(args.cli).resolve())
    cores = args.cores

    records = articles(args.data, args.repeat)
    if not records:
        raise SystemExit(f"no .txt articles under {' '.join(args.data)}")
    n = len(records)
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    print(f"{n} articles, {size / 1e6:.1f} MB, {cores} cores (local[{cores}] for Spark)", flush=True)
    work = Path(tempfile.mkdtemp(prefix="presslight-scale-"))
    jsonl = work / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    rows = []  # (way, seconds, cores, equal)

    def run_cli():
        with jsonl.open("rb") as f:
            return subprocess.run([cli, "analyze", "--jsonl"], stdin=f, capture_output=True, check=True).stdout

    out, seconds, cpu = timed(run_cli)
    want = by_id(out.decode("utf-8").splitlines())
    rows.append(("CLI, one process (analyze --jsonl)", seconds, cpu, 1, True))

    def check(name, got, seconds, cpu, used):
        equal = got == want
        rows.append((name, seconds, cpu, used, equal))
        if not equal:
            missing = [k for k in want if got.get(k) != want[k]][:3]
            print(f"{name}: results differ from the CLI's (first: {missing})", file=sys.stderr)
        print(f"  {name}: {seconds:.1f} s, {cpu:.1f} CPU s", flush=True)

    import presslight

    texts = [r["text"] for r in records]
    dates = [r["date"] for r in records]
    got, seconds, cpu = timed(lambda: presslight.analyze_many(texts, dates=dates))
    check("Python, one thread (analyze_many)", {r["id"]: a for r, a in zip(records, got)}, seconds, cpu, 1)

    if shutil.which("parallel"):
        def run_parallel():
            with jsonl.open("rb") as f:
                return subprocess.run(
                    ["parallel", "--pipe", "--keep-order", "--block", "1M", "-j", str(cores), cli, "analyze", "--jsonl"],
                    stdin=f, capture_output=True, check=True,
                ).stdout

        out, seconds, cpu = timed(run_parallel)
        check(f"GNU parallel --pipe -j {cores}", by_id(out.decode("utf-8").splitlines()), seconds, cpu, cores)
    else:
        print("GNU parallel not found: skipped (apt-get install parallel)", file=sys.stderr)

    if not args.no_spark:
        spark_rows(records, jsonl, cli, cores, work, check)

    shutil.rmtree(work, ignore_errors=True)
    base = n / rows[0][2]
    print()
    print(f"{n} articles ({size / 1e6:.1f} MB) each way; per core = per CPU-second of the way's processes")
    print()
    print("| way | cores | seconds | CPU seconds | articles/s | articles/s/core | vs the CLI | same as the CLI |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, seconds, cpu, used, equal in rows:
        per_core = n / cpu
        print(
            f"| {name} | {used} | {seconds:.1f} | {cpu:.1f} | {n / seconds:.0f} | {per_core:.0f} "
            f"| {per_core / base:.2f} | {'yes' if equal else 'NO'} |"
        )
    if not all(r[-1] for r in rows):
        raise SystemExit(1)


def spark_rows(records, jsonl, cli, cores, work, check):
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # The workers run this Python, where the wheel is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    import pandas as pd
    from pyspark.sql import SparkSession
    from pyspark.sql.functions import pandas_udf

    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("presslight-scale")
        .config("spark.local.dir", str(work / "spark"))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(cores))
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    partitions = cores * 4
    try:
        # 1. The CLI through RDD.pipe: JSON lines in, JSON lines out, one CLI per partition.
        lines = spark.sparkContext.textFile(str(jsonl), minPartitions=partitions).cache()
        lines.count()
        # Timed as a job that keeps its results where they are (as one writing them out would);
        # then collected, untimed, for the check.
        # Each Spark job runs twice and the second run is timed: in a long job the JVM's warm-up
        # (class loading, JIT) is paid once.
        piped = lines.pipe(f"{cli} analyze --jsonl")
        piped.count()
        _, seconds, cpu = timed(piped.count)
        check(f"Spark RDD.pipe, local[{cores}]", by_id(piped.collect()), seconds, cpu, cores)

        # 2. A pandas UDF that calls the Python package on each Arrow batch.
        @pandas_udf("string")
        def analyze_udf(text: pd.Series, date: pd.Series) -> pd.Series:
            import json

            import presslight

            dates = [d if isinstance(d, str) else None for d in date]
            return pd.Series([json.dumps(a, ensure_ascii=False) for a in presslight.analyze_many(list(text), dates=dates)])

        df = spark.createDataFrame([(r["id"], r["text"], r["date"]) for r in records], "id string, text string, date string")
        df = df.repartition(partitions).cache()
        df.count()
        analysed = df.select("id", analyze_udf("text", "date").alias("analysis"))
        analysed.write.format("noop").mode("overwrite").save()
        _, seconds, cpu = timed(lambda: analysed.write.format("noop").mode("overwrite").save())
        got = {r["id"]: json.loads(r["analysis"]) for r in analysed.collect()}
        check(f"Spark pandas UDF, local[{cores}]", got, seconds, cpu, cores)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
