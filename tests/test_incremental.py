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
    out = tmp_path / "out"
    first, _, skipped = run_paths([corpus], out, nlp)
    assert (len(first), skipped) == (2, [])
    before = _hashes(out)
    again, _, skipped = run_paths([corpus], out, nlp)
    assert again == [] and len(skipped) == 2 and _hashes(out) == before


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
