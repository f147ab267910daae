"""Flow: parse -> extract (with unit normalization) -> write, coarse tasks per snapshot."""

from __future__ import annotations

import time
from functools import lru_cache

from prefect import flow, get_run_logger, task

from pipeline.diff import write_diffs
from pipeline.extract import extract_digest
from pipeline.nlp import build_nlp
from pipeline.parse import Digest, read_digest
from pipeline.run import BUNDLED, discover
from pipeline.write import write_snapshot


@lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


@task(retries=2, retry_delay_seconds=1)
def parse_task(path: str) -> Digest:
    """Read and parse one digest (I/O: retried)."""
    return read_digest(path)


@task
def extract_task(digest: Digest) -> tuple[list[dict], list[dict]]:
    """Claim rows (canonical and base units) and paper rows of one snapshot."""
    return extract_digest(digest, _nlp())


@task(retries=2, retry_delay_seconds=1)
def write_task(claims: list[dict], papers: list[dict], out_dir: str, snapshot: str) -> None:
    """Write one snapshot's partitions atomically (I/O: retried)."""
    write_snapshot(claims, papers, out_dir, snapshot)


@task(retries=2, retry_delay_seconds=1)
def diff_task(out_dir: str, snapshots: list[str]) -> list[str]:
    """Diff each new snapshot against the previous one by digest date (outputs/diffs/)."""
    return write_diffs(out_dir, snapshots)


@flow(name="extract-claims")
def extract_claims(paths: list[str] | None = None, out_dir: str = "outputs") -> list[dict]:
    """Process digests (default: the bundled ones) into the claims dataset under out_dir."""
    logger = get_run_logger()
    summaries = []
    for path in discover(paths or [str(BUNDLED)]):
        started = time.perf_counter()
        digest = parse_task(str(path))
        claims, papers = extract_task(digest)
        write_task(claims, papers, out_dir, digest.snapshot)
        summaries.append({"snapshot": digest.snapshot, "papers": len(papers),
                          "claims": len(claims), "seconds": time.perf_counter() - started})
        logger.info("%s: %d papers, %d claims", digest.snapshot, len(papers), len(claims))
    for path in diff_task(out_dir, [s["snapshot"] for s in summaries]):
        logger.info("diff written: %s", path)
    return summaries


if __name__ == "__main__":
    extract_claims()
