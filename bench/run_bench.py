"""Benchmark the real CLI on corpora of 1x, 10x, ... the bundled digests.

Titles are perturbed per copy so papers are distinct. For each scale: wall seconds, abstracts/s,
claims/s, peak RSS of the run, the incremental no-op re-run time, and a pure-regex number scan
over the same text as the floor. Writes outputs/bench.json and prints a table.
Run: .venv/bin/python bench/run_bench.py [--scales 1 10 100]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIGESTS = sorted((ROOT / "data" / "digests").glob("*.txt"))
NUMBER = re.compile(r"\d+(?:\.\d+)?")


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


_CHILD = """
import resource, runpy, sys
sys.argv = ["claims", "run", "--no-prefect", "--out", sys.argv[1], sys.argv[2]]
try:
    runpy.run_module("pipeline", run_name="__main__")
except SystemExit as stop:
    if stop.code:
        raise
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def timed_run(corpus: Path, out: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one `claims run --no-prefect`, in its own process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(out), str(corpus)], check=True,
                          capture_output=True, text=True)
    return time.perf_counter() - started, int(done.stderr.split()[-1]) / 1024


def regex_floor(corpus: Path) -> float:
    started = time.perf_counter()
    for path in corpus.glob("*.txt"):
        sum(1 for _ in NUMBER.finditer(path.read_text(encoding="utf-8")))
    return time.perf_counter() - started


def bench(scale: int) -> dict:
    from pipeline.write import read_table
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        papers = make_corpus(corpus, scale)
        wall, peak = timed_run(corpus, out)
        rerun, _ = timed_run(corpus, out)
        claims = len(read_table(out, "claims"))
        floor = regex_floor(corpus)
    return {"scale": scale, "abstracts": papers, "claims": claims, "wall_s": round(wall, 2),
            "abstracts_per_s": round(papers / wall, 1), "claims_per_s": round(claims / wall, 1),
            "peak_rss_mib": round(peak, 1), "noop_rerun_s": round(rerun, 2),
            "regex_floor_s": round(floor, 3), "ratio_to_floor": round(wall / floor, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    rows = [bench(scale) for scale in parser.parse_args().scales]
    (ROOT / "outputs").mkdir(exist_ok=True)
    (ROOT / "outputs" / "bench.json").write_text(json.dumps(rows, indent=1))
    keys = list(rows[0])
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(str(row[k]) for k in keys))


if __name__ == "__main__":
    main()
