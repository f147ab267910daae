"""Parallel runs write the same bytes as one process: a process pool (plain and as Prefect's
ProcessPoolTaskRunner) and a local Dask cluster of two workers through prefect-dask."""

from __future__ import annotations

import shutil

import pytest

from pipeline.run import auto_workers, batches, run_paths

from .conftest import DIGESTS


def _parquet(out):
    return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for digest in (DIGESTS[0], DIGESTS[3]):
        shutil.copy(digest, folder)
    return folder


@pytest.fixture(scope="module")
def expected(corpus, nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("one-process")
    run_paths([corpus], out, nlp)
    return _parquet(out)


@pytest.mark.parametrize(("snapshots", "asked", "cores"), [
    (1, 0, 1), (7, 0, 1), (8, 0, 2), (400, 0, 2), (3, 2, 2), (1, 2, 1), (400, 1, 1)])
def test_auto_workers(monkeypatch, snapshots, asked, cores):
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert auto_workers(snapshots, asked) == cores


def test_batches_keep_order_and_stay_small(tmp_path):
    files = [tmp_path / f"{i:03d}.txt" for i in range(100)]
    work = batches(files, 2)
    assert [p for b in work for p in b] == [str(f) for f in files]
    assert max(map(len, work)) == 8 and len(work) == 13
    assert batches(files[:4], 2) == [[str(f)] for f in files[:4]]


def test_process_pool_writes_the_same_bytes(corpus, expected, tmp_path):
    done, rejects, _ = run_paths([corpus], tmp_path, workers=2)
    assert [s.snapshot for s in done] == [DIGESTS[0].stem, DIGESTS[3].stem] and rejects == []
    assert _parquet(tmp_path) == expected


def test_flow_on_a_process_pool_writes_the_same_bytes(prefect_harness, corpus, expected,
                                                      tmp_path):
    from flows.extract_claims import extract_claims
    result = extract_claims([str(corpus)], str(tmp_path), workers=2)
    assert [s["snapshot"] for s in result["snapshots"]] == [DIGESTS[0].stem, DIGESTS[3].stem]
    assert _parquet(tmp_path) == expected


def test_flow_on_a_local_dask_cluster_writes_the_same_bytes(prefect_harness, corpus, expected,
                                                            tmp_path):
    from distributed import LocalCluster

    from flows.extract_claims import extract_claims
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        result = extract_claims([str(corpus)], str(tmp_path),
                                dask_address=cluster.scheduler_address)
    assert [s["snapshot"] for s in result["snapshots"]] == [DIGESTS[0].stem, DIGESTS[3].stem]
    assert _parquet(tmp_path) == expected
