"""Shared fixtures: one spaCy pipeline per session, the bundled digests, a tiny digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.nlp import build_nlp

ROOT = Path(__file__).resolve().parent.parent
DIGESTS = sorted((ROOT / "data" / "digests").glob("*.txt"))
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def tiny_digest() -> Path:
    return CASES / "digest_tiny.txt"


@pytest.fixture(scope="session")
def bundled_dataset(tmp_path_factory, nlp) -> Path:
    """The dataset of every bundled digest, built once (plain Python, no Prefect)."""
    from pipeline.run import run_paths
    out = tmp_path_factory.mktemp("bundled")
    summaries, rejects, _ = run_paths(DIGESTS, out, nlp)
    assert len(summaries) == len(DIGESTS) and not rejects
    return out


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API server and database for the whole session (~18 s to start)."""
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield
