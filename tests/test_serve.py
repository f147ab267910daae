"""`claims serve`: the deployment registers with its cron and runs once when triggered."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.write import stored_snapshots

from .conftest import DIGESTS

CLAIMS = Path(sys.executable).with_name("claims")


def _deployment(name: str, proc: subprocess.Popen, log: Path, wait: float = 90):
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound
    deadline = time.monotonic() + wait
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                time.sleep(0.5)
    raise AssertionError(f"deployment {name} never registered:\n{log.read_text()}")


def test_served_deployment_runs_once_on_trigger(prefect_harness, tmp_path):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL
    watch, out, log = tmp_path / "watch", tmp_path / "out", tmp_path / "serve.log"
    watch.mkdir()
    shutil.copy(DIGESTS[3], watch)
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    with open(log, "w") as sink:
        proc = subprocess.Popen([str(CLAIMS), "serve", "--watch", str(watch), "--out", str(out),
                                 "--cron", "0 6 * * *", "--name", "test", "--workers", "1"],
                                env=env, stdout=sink, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        deployment = _deployment("extract-claims/test", proc, log)
        assert [s.schedule.cron for s in deployment.schedules] == ["0 6 * * *"]
        assert deployment.parameters["paths"] == [str(watch.resolve())]
        run = run_deployment("extract-claims/test", timeout=180)
        assert run.state.is_completed(), log.read_text()
        assert set(stored_snapshots(out)) == {DIGESTS[3].stem}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # graceful: pauses, stops
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
