"""Benchmark the real CLI (`claims run`, Prefect flow) on corpora of 1x, 10x, 100x the four
bundled sample captures.

Titles are perturbed per copy so papers are distinct. For each scale: wall seconds (Prefect
start included), steady-state abstracts/s (between the flow's first and last progress log),
claims/s, peak RSS of the whole process tree (the CLI, Prefect's server, worker processes;
sampled every 0.1 s), the incremental no-op re-run time with and without Prefect (the gap is
Prefect's start and stop), and a pure-regex number scan over the same text as the floor. A 1x breakdown shows where the time goes. Writes
outputs/bench.json and prints a table.
Run: .venv/bin/python bench/run_bench.py [--scales 1 10 100] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
# A fixed corpus, so runs compare across versions: the four sample page captures (415
# abstracts), not the archive-built digests 005+ that grow with each gold batch.
SAMPLE_CAPTURES = ("000", "001", "002", "004")
DIGESTS = sorted(p for p in (ROOT / "data" / "digests").glob("*.txt")
                 if p.name[:3] in SAMPLE_CAPTURES)
CLAIMS = Path(sys.executable).with_name("claims")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Prefect's log line, or the root logger's if a library configured it first.
PROGRESS = re.compile(r"^(?:\d{4}-\d\d-\d\d )?(\d\d:\d\d:\d\d[.,]\d+) .*?"
                      r"progress: \d+/\d+ snapshots, (\d+) abstracts", re.M)
TOTALS = re.compile(r"(\d+) snapshots, (\d+) papers, (\d+) claims")


def make_corpus(folder: Path, scale: int) -> int:
    """Write `scale` copies of each bundled digest with numbered titles; return paper count."""
    from pipeline.parse import read_digest
    papers = 0
    for copy in range(scale):
        for path in DIGESTS:
            digest = read_digest(path)
            text = digest.text
            for paper in reversed(digest.papers):
                end = paper.title_start + len(paper.title)
                text = text[:end] + f" (copy {copy})" + text[end:]
            (folder / f"{path.stem}_{copy:04d}.txt").write_text(text, encoding="utf-8")
            papers += len(digest.papers)
    return papers


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for member in [proc, *proc.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def timed_run(args: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB of the process tree, output) of one CLI run."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as log:
        child = subprocess.Popen([str(CLAIMS), *args], stdout=log, stderr=subprocess.STDOUT,
                                 text=True, env={**os.environ, "COLUMNS": "200"})
        proc, peak = psutil.Process(child.pid), 0
        while child.poll() is None:
            peak = max(peak, _tree_rss(proc))
            time.sleep(0.1)
        wall = time.perf_counter() - started
        log.seek(0)
        output = log.read()
    if child.returncode:
        raise SystemExit(f"claims {' '.join(args)} failed ({child.returncode}):\n{output}")
    return wall, peak / 2**20, output


def _seconds(stamp: str) -> float:
    moment = datetime.strptime(stamp.replace(",", "."), "%H:%M:%S.%f")
    return moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6


def steady_rate(output: str) -> float | None:
    """Abstracts/s between the first and the last progress log of the flow."""
    marks = [(_seconds(t), int(n)) for t, n in PROGRESS.findall(output)]
    if len(marks) < 2 or marks[-1][0] <= marks[0][0]:
        return None
    return (marks[-1][1] - marks[0][1]) / (marks[-1][0] - marks[0][0])


def regex_floor(corpus: Path) -> float:
    started = time.perf_counter()
    for path in sorted(corpus.glob("*.txt")):
        sum(1 for _ in NUMBER.finditer(path.read_text(encoding="utf-8")))
    return time.perf_counter() - started


def bench(scale: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        papers = make_corpus(corpus, scale)
        wall, peak, output = timed_run(["run", "--out", str(out), str(corpus)])
        rerun, _, again = timed_run(["run", "--out", str(out), str(corpus)])
        plain, _, _ = timed_run(["run", "--no-prefect", "--out", str(out), str(corpus)])
        snapshots, abstracts, claims = map(int, TOTALS.search(output).groups())
        assert abstracts == papers and TOTALS.search(again).group(1) == "0", again
        floor = regex_floor(corpus)
    steady = steady_rate(output)
    return {"scale": scale, "snapshots": snapshots, "abstracts": papers, "claims": claims,
            "wall_s": round(wall, 2), "abstracts_per_s": round(papers / wall, 1),
            "steady_abstracts_per_s": round(steady, 1) if steady else None,
            "claims_per_s": round(claims / wall, 1), "peak_rss_mib": round(peak, 1),
            "noop_rerun_s": round(rerun, 2), "noop_rerun_no_prefect_s": round(plain, 2),
            "regex_floor_s": round(floor, 3), "ratio_to_floor": round(wall / floor, 1)}


_BREAKDOWN = r"""
import json, sys, tempfile, time, warnings
marks, last = {}, time.perf_counter()
def lap(name):
    global last
    now = time.perf_counter(); marks[name] = round(now - last, 2); last = now
import pipeline.cli, pipeline.run, pipeline.extract, pipeline.write; lap("import pipeline+spaCy")
import flows.extract_claims; lap("import prefect+flows")
from pipeline.nlp import build_nlp
nlp = build_nlp(); lap("build_nlp")
from quantulum3 import parser
with warnings.catch_warnings():
    warnings.simplefilter("ignore"); parser.parse("2 ms")
lap("quantulum3 warm-up")
from pipeline.parse import read_digest
digests = [read_digest(p) for p in sys.argv[1:]]; lap("parse")
from pipeline.extract import extract_digest
rows = [extract_digest(d, nlp) for d in digests]; lap("extraction")
from pipeline.write import write_snapshot
out = tempfile.mkdtemp()
for d, (claims, papers) in zip(digests, rows):
    write_snapshot(claims, papers, out, d.snapshot)
lap("writing")
from prefect import flow
@flow
def empty(): pass
empty(); lap("prefect server start + first flow")
print(json.dumps(marks))
"""


def breakdown() -> dict:
    """Where the 1x time goes, each stage timed once in a fresh process (sequential)."""
    done = subprocess.run([sys.executable, "-c", _BREAKDOWN, *map(str, DIGESTS)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--json", type=Path, default=ROOT / "outputs" / "bench.json")
    args = parser.parse_args()
    rows = [bench(scale) for scale in args.scales]
    split = breakdown()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"runs": rows, "breakdown_1x_s": split}, indent=1) + "\n")
    keys = list(rows[0])
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(str(row[k]) for k in keys))
    print("1x breakdown (s): " + ", ".join(f"{k} {v}" for k, v in split.items()))


if __name__ == "__main__":
    main()
