"""Flow: parse -> extract (with unit normalization) -> write, coarse tasks per snapshot."""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache

from prefect import flow, get_run_logger, task

from pipeline.diff import write_diffs
from pipeline.extract import extract_digest
from pipeline.nlp import build_nlp
from pipeline.parse import Digest
from pipeline.run import BUNDLED, Reject, locked_output, parse_or_reject, plan_inputs, \
    unchanged, write_rejects
from pipeline.write import write_snapshot


@lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


@task
def parse_task(path: str) -> Digest | Reject:
    """Read and parse one digest; a bad digest comes back as a Reject, not a failure."""
    return parse_or_reject(path)


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
def extract_claims(paths: list[str] | None = None, out_dir: str = "outputs",
                   force: bool = False) -> dict:
    """Process digests (default: the bundled ones) into the claims dataset under out_dir;
    snapshots stored with the same bytes and pipeline version are skipped unless `force`.

    Returns {"snapshots": [summary, ...], "rejected": [reject, ...], "skipped": [path, ...]}.
    """
    logger = get_run_logger()
    files, rejects = plan_inputs(paths or [str(BUNDLED)])
    summaries = []
    with locked_output(out_dir):
        skipped = [] if force else unchanged(files, out_dir)
        for path in (f for f in files if f not in skipped):
            digest = parse_task(str(path))
            if isinstance(digest, Reject):
                logger.warning("rejected %s", digest)
                rejects.append(digest)
                continue
            claims, papers = extract_task(digest)
            write_task(claims, papers, out_dir, digest.snapshot)
            summaries.append({"snapshot": digest.snapshot, "papers": len(papers),
                              "claims": len(claims), "warnings": list(digest.warnings)})
            logger.info("%s: %d papers, %d claims", digest.snapshot, len(papers), len(claims))
        write_rejects(out_dir, rejects)
        for written in diff_task(out_dir, [s["snapshot"] for s in summaries]):
            logger.info("diff written: %s", written)
    return {"snapshots": summaries, "rejected": [asdict(r) for r in rejects],
            "skipped": [str(p) for p in skipped]}


if __name__ == "__main__":
    extract_claims()
