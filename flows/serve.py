"""The scheduled job: the extract-claims flow served as a Prefect deployment with a cron.

`claims serve --watch DIR --cron "0 6 * * *"` registers `extract-claims/<name>` and polls for
its runs; each run (scheduled or triggered with `prefect deployment run`) processes whatever
is new in DIR, since unchanged snapshots are skipped against the dataset.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from prefect.deployments.runner import RunnerDeployment

from pipeline.errors import InputError

from .extract_claims import extract_claims


def deployment(watch: str | Path, out_dir: str | Path, cron: str | None = "0 6 * * *",
               name: str = "daily", workers: int = 0,
               dask_address: str | None = None) -> RunnerDeployment:
    """The deployment: absolute paths, since flow runs start in their own processes.
    A cron Prefect cannot read is an InputError naming `--cron`."""
    try:
        return extract_claims.to_deployment(
            name=name, cron=cron,
            parameters={"paths": [str(Path(watch).resolve())],
                        "out_dir": str(Path(out_dir).resolve()), "workers": workers,
                        "dask_address": dask_address},
            description=f"Process new digests in {watch} into the claims dataset in {out_dir}.")
    except ValueError as exc:  # pydantic's ValidationError for a bad cron expression
        raise InputError("--cron", f"not a cron schedule: {cron!r}") from exc


@contextmanager
def api_server() -> Iterator[None]:
    """PREFECT_API_URL as set, or a local server for this process and its flow runs (the
    runs start in subprocesses, which must reach the same API)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings
    if PREFECT_API_URL.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer
    server = SubprocessASGIServer()
    server.start()
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield
    finally:
        server.stop()


def serve_deployment(watch: str | Path, out_dir: str | Path, cron: str | None = "0 6 * * *",
                     name: str = "daily", workers: int = 0,
                     dask_address: str | None = None) -> None:
    """Register the deployment and run its flow runs until interrupted."""
    from prefect import serve
    planned = deployment(watch, out_dir, cron, name, workers, dask_address)  # fail before start
    with api_server():
        serve(planned)
