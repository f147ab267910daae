"""The real Prefect flow, once, in a test harness (ephemeral server, temporary database)."""

from __future__ import annotations

import pytest

from pipeline.write import read_table

from .conftest import DIGESTS


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield


def test_flow_writes_the_dataset(prefect_harness, tmp_path):
    from flows.extract_claims import extract_claims
    result = extract_claims([str(DIGESTS[0]), str(DIGESTS[1]), str(tmp_path / "nope.txt")],
                            str(tmp_path))
    summaries = result["snapshots"]
    assert [r["path"] for r in result["rejected"]] == [str(tmp_path / "nope.txt")]
    assert [(s["snapshot"], s["papers"]) for s in summaries] == [
        (DIGESTS[0].stem, 89), (DIGESTS[1].stem, 119)]
    claims = read_table(tmp_path, "claims")
    assert len(claims) == sum(s["claims"] for s in summaries) > 0
    assert set(claims["snapshot"]) == {DIGESTS[0].stem, DIGESTS[1].stem}
    # 001 has no date line, so it sorts first and 000 (May 28) is diffed against it.
    assert [p.name for p in (tmp_path / "diffs").iterdir()] == [
        f"{DIGESTS[1].stem}__{DIGESTS[0].stem}.json"]
