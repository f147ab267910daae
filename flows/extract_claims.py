"""Flow: plan -> process batches of snapshots (parse, extract, write) -> diffs -> artifacts.

The dataset is the cache: snapshots stored with the same bytes and pipeline version are skipped
before any task is made (`pipeline.run.pending`), so a deleted partition is rebuilt and
`claims run --no-prefect` decides exactly the same way. Tasks are coarse (a batch of up to
`MAX_BATCH` snapshots) and return only summaries; the task runner is chosen per run from the
flow's parameters: one thread (workers=1), a process pool (workers>1) or a Dask cluster.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from pipeline.diff import write_diffs
from pipeline.run import BUNDLED, Reject, SnapshotSummary, auto_workers, batches, \
    init_worker, locked_output, pending, process_batch, write_rejects

# Called with each batch's rows as it finishes (the CLI's progress bar); in-process runs only.
progress_hook: Callable[[list[dict]], None] | None = None


def _retry_on_io(task, task_run, state) -> bool:
    """Retry a batch only when writing failed (a full disk, a flaky mount), not on bugs."""
    try:
        state.result()
    except OSError:  # OutputError included
        return True
    except BaseException:  # noqa: B036 - any other failure is not retried
        return False
    return False


def _row(done: SnapshotSummary | Reject) -> dict:
    if isinstance(done, Reject):
        return {"status": "rejected", **asdict(done)}
    return {"status": "processed", **asdict(done), "warnings": list(done.warnings)}


@task(name="extract-batch", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1,
      retry_condition_fn=_retry_on_io)
def batch_task(paths: list[str], out_dir: str) -> list[dict]:
    """Parse, extract and write each snapshot of a batch; rows of summaries and rejects."""
    logger = get_run_logger()
    rows = [_row(done) for done in process_batch(paths, out_dir)]
    for row in rows:
        if row["status"] == "processed":
            logger.info("%s: %d papers, %d claims in %.1fs", row["snapshot"], row["papers"],
                        row["claims"], row["seconds"])
        else:
            logger.warning("rejected %s: %s", row["path"], row["reason"])
    return rows


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE, retry_condition_fn=_retry_on_io)
def diff_task(out_dir: str, snapshots: list[str]) -> list[str]:
    """Diff each new snapshot against the previous one by digest date (outputs/diffs/)."""
    return write_diffs(out_dir, snapshots)


def task_runner(workers: int, dask_address: str | None = None) -> TaskRunner:
    """Dask at `dask_address`, else a pool of `workers` - 1 processes (the flow's own process
    is the other worker: one process fewer to hold a pipeline in memory), else one thread."""
    if dask_address:
        from prefect_dask import DaskTaskRunner
        return DaskTaskRunner(address=dask_address)
    if workers > 1:
        return ProcessPoolTaskRunner(max_workers=workers - 1, initializer=init_worker)
    return ThreadPoolTaskRunner(max_workers=1)


def _outcomes(runner: TaskRunner, work: list[list[str]], out_dir: str, pool: int | None):
    """(batch index, rows or the exception) as batches finish. With a `pool` size, the runner
    holds at most twice that many batches (one running and one queued per process, so it never
    waits for the flow) and the flow process runs the next batch itself meanwhile (still a
    task run of its own); without one, the runner takes them all."""
    queue, running = list(enumerate(work)), {}
    limit = 2 * pool if pool else len(work)
    while queue or running:
        while queue and len(running) < limit:
            index, paths = queue.pop(0)
            running[runner.submit(batch_task, {"paths": paths, "out_dir": out_dir})] = index
        if pool and queue:
            index, paths = queue.pop(0)
            yield index, _outcome(partial(batch_task, paths=paths, out_dir=out_dir))
            finished = [f for f in running if f.wrapped_future.done()]
        else:
            finished = [next(as_completed(list(running)))]
        for future in finished:
            yield running.pop(future), _outcome(future.result)


def _outcome(call: Callable[[], list[dict]]) -> list[dict] | Exception:
    try:
        return call()
    except Exception as exc:  # noqa: BLE001 - raised by _run_batches once all have finished
        return exc


def _api_for_workers():
    """Worker processes (a pool or Dask) must report to this run's API. In ephemeral mode its
    URL is known only here, and a worker without it starts a temporary server of its own."""
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings
    context = FlowRunContext.get()
    if PREFECT_API_URL.value() or context is None or context.client is None:
        return nullcontext()
    return temporary_settings({PREFECT_API_URL: str(context.client.api_url).rstrip("/")})


def _run_batches(runner: TaskRunner, work: list[list[str]], out_dir: str,
                 pool: int | None = None) -> tuple[list[dict], list[Exception]]:
    """Run every batch (see _outcomes), log progress as they finish; (rows in input order,
    errors of failed batches). A failed batch does not stop the others (each snapshot is
    written atomically)."""
    logger = get_run_logger()
    started, done, papers, results, errors = time.perf_counter(), 0, 0, {}, []
    for index, rows in _outcomes(runner, work, out_dir, pool):
        if isinstance(rows, Exception):
            errors.append(rows)
            continue
        results[index] = rows
        done += len(rows)
        papers += sum(r.get("papers", 0) for r in rows)
        rate = papers / max(time.perf_counter() - started, 1e-9)
        logger.info("progress: %d/%d snapshots, %d abstracts, %.0f abstracts/s", done,
                    sum(map(len, work)), papers, rate)
        if progress_hook:
            progress_hook(rows)
    return [row for i in sorted(results) for row in results[i]], errors


def _publish(out_dir: str, rows: list[dict], skipped: int, seconds: float) -> None:
    """A table artifact of this run (one row per snapshot or rejected input) and the
    dataset's summary as a markdown artifact."""
    from pipeline.report import summary_markdown
    table = [{"snapshot": r.get("snapshot") or Path(r["path"]).stem, "status": r["status"],
              "papers": r.get("papers", 0), "claims": r.get("claims", 0),
              "rejected": int(r["status"] == "rejected"),
              "seconds": round(r.get("seconds", 0.0), 2),
              "detail": r.get("reason") or "; ".join(r.get("warnings", []))} for r in rows]
    processed = [r for r in rows if r["status"] == "processed"]
    create_table_artifact(
        table=table, key="claims-run",
        description=f"{len(processed)} snapshots processed, {skipped} unchanged skipped, "
                    f"{len(rows) - len(processed)} inputs rejected in {seconds:.1f}s")
    create_markdown_artifact(markdown=summary_markdown(out_dir), key="claims-report",
                             description=f"dataset summary of {out_dir}")


@flow(name="extract-claims")
def extract_claims(paths: list[str] | None = None, out_dir: str = "outputs",
                   force: bool = False, workers: int = 1,
                   dask_address: str | None = None) -> dict:
    """Process digests (default: the bundled ones) into the claims dataset under out_dir;
    snapshots stored with the same bytes and pipeline version are skipped unless `force`.
    `workers`: processes (0: every core once there are enough snapshots); `dask_address`:
    run the batches on that Dask scheduler instead.

    Returns {"snapshots": [summary, ...], "rejected": [reject, ...], "skipped": [path, ...]}.
    """
    logger = get_run_logger()
    started = time.perf_counter()
    with locked_output(out_dir):
        files, rejects, skipped = pending(paths or [str(BUNDLED)], out_dir, force)
        workers = auto_workers(len(files), workers)
        logger.info("%d snapshots to process, %d unchanged skipped, %d inputs rejected; %s",
                    len(files), len(skipped), len(rejects),
                    f"Dask at {dask_address}" if dask_address else f"{workers} process(es)")
        work = batches(files, 1 if dask_address else workers)
        rows, errors = [], []
        if work:
            pool = workers - 1 if workers > 1 and not dask_address else None
            with _api_for_workers(), task_runner(workers, dask_address) as runner:
                rows, errors = _run_batches(runner, work, out_dir, pool)
        summaries = [r for r in rows if r["status"] == "processed"]
        rejected = [{"status": "rejected", **asdict(r)} for r in rejects] + \
            [r for r in rows if r["status"] == "rejected"]
        write_rejects(out_dir, [Reject(r["path"], r["reason"], r["line"]) for r in rejected])
        if summaries:  # here, once the workers are gone: write_diffs reads every papers row
            diffs = diff_task(out_dir, [s["snapshot"] for s in summaries])
            logger.info("%d diffs written to %s", len(diffs), Path(out_dir) / "diffs")
        _publish(out_dir, rejected + summaries, len(skipped), time.perf_counter() - started)
    if errors:  # the batches that succeeded are written, diffed and published above
        raise errors[0]
    return {"snapshots": [{k: s[k] for k in ("snapshot", "papers", "claims", "seconds",
                                             "warnings")} for s in summaries],
            "rejected": [{k: r[k] for k in ("path", "reason", "line")} for r in rejected],
            "skipped": [str(p) for p in skipped]}


if __name__ == "__main__":
    extract_claims()
