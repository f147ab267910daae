"""Scheduled-batch behaviour: re-runs are no-ops, a changed snapshot replaces only itself."""

from __future__ import annotations

import shutil

import pytest

from pipeline.run import run_paths
from pipeline.write import partition_path, read_table

from .conftest import DIGESTS


def _hashes(out):
    return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for digest in DIGESTS[:2]:
        shutil.copy(digest, folder)
    return folder


def test_second_run_changes_no_byte(nlp, tmp_path, corpus):
    out, planned = tmp_path / "out", []
    first, _, skipped = run_paths([corpus], out, nlp, on_plan=planned.append)
    assert (len(first), skipped) == (2, [])
    before = _hashes(out)
    again, _, skipped = run_paths([corpus], out, nlp, on_plan=planned.append)
    assert again == [] and len(skipped) == 2 and _hashes(out) == before
    assert planned == [2, 0]  # the progress total: what the run, under its lock, will process


def test_changed_snapshot_replaces_only_its_partition(nlp, tmp_path, corpus):
    out = tmp_path / "out"
    run_paths([corpus], out, nlp)
    other = partition_path(out, "claims", DIGESTS[1].stem).read_bytes()
    edited = corpus / DIGESTS[0].name
    edited.write_text(edited.read_text().replace("53.2AP", "54.1AP"))
    done, _, skipped = run_paths([corpus], out, nlp)
    assert [s.snapshot for s in done] == [DIGESTS[0].stem] and len(skipped) == 1
    assert partition_path(out, "claims", DIGESTS[1].stem).read_bytes() == other
    claims = read_table(out, "claims", [DIGESTS[0].stem])
    assert "54.1AP" in set(claims["quote"]) and "53.2AP" not in set(claims["quote"])
    assert claims["claim_id"].is_unique


def test_force_reprocesses(nlp, tmp_path):
    out = tmp_path / "out"
    run_paths([DIGESTS[0]], out, nlp)
    done, _, skipped = run_paths([DIGESTS[0]], out, nlp, force=True)
    assert len(done) == 1 and skipped == []


def test_deleted_partition_is_rebuilt(nlp, tmp_path, corpus):
    out = tmp_path / "out"
    run_paths([corpus], out, nlp)
    before = _hashes(out)
    shutil.rmtree(partition_path(out, "papers", DIGESTS[1].stem).parent)
    done, _, skipped = run_paths([corpus], out, nlp)
    assert [s.snapshot for s in done] == [DIGESTS[1].stem] and len(skipped) == 1
    assert _hashes(out) == before


def test_crash_mid_run_keeps_dataset_and_next_run_completes(nlp, tmp_path, corpus,
                                                           monkeypatch):
    import pipeline.run
    out = tmp_path / "out"
    run_paths([corpus], out, nlp)
    before = _hashes(out)
    for digest in DIGESTS[:2]:
        edited = corpus / digest.name
        edited.write_text(edited.read_text() + "\n")
    calls = []

    def crash_second(*args):
        calls.append(args[-1])
        if len(calls) == 2:
            raise RuntimeError("simulated crash in write")
        real(*args)

    real = pipeline.run.write_snapshot
    monkeypatch.setattr(pipeline.run, "write_snapshot", crash_second)
    with pytest.raises(RuntimeError, match="simulated"):
        run_paths([corpus], out, nlp)
    monkeypatch.undo()
    after = _hashes(out)
    second = {k for k in before if DIGESTS[1].stem in str(k)}
    assert {k: after[k] for k in second} == {k: before[k] for k in second}  # untouched
    assert set(read_table(out, "papers")["snapshot"]) == {d.stem for d in DIGESTS[:2]}
    done, _, skipped = run_paths([corpus], out, nlp)
    assert [s.snapshot for s in done] == [DIGESTS[1].stem] and len(skipped) == 1


def test_changed_rules_reprocess_within_one_version(nlp, tmp_path, monkeypatch):
    import pipeline.run
    out = tmp_path / "out"
    run_paths([DIGESTS[0]], out, nlp)
    monkeypatch.setattr(pipeline.run, "rules_fingerprint", lambda: "0123456789abcdef")
    done, _, skipped = run_paths([DIGESTS[0]], out, nlp)
    assert len(done) == 1 and skipped == []
    done, _, skipped = run_paths([DIGESTS[0]], out, nlp)
    assert done == [] and len(skipped) == 1
