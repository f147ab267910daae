"""The real Prefect flow, once, in a test harness (ephemeral server, temporary database)."""

from __future__ import annotations

from pipeline.write import read_table

from .conftest import DIGESTS


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


def _parquet(out):
    return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def test_flow_publishes_run_table_and_report(prefect_harness, tmp_path):
    import json

    from prefect.artifacts import Artifact

    from flows.extract_claims import extract_claims
    extract_claims([str(DIGESTS[3]), str(tmp_path / "nope.txt")], str(tmp_path / "out"))
    table = json.loads(Artifact.get("claims-run").data)
    assert [(r["snapshot"], r["status"], r["papers"], r["rejected"]) for r in table] == [
        ("nope", "rejected", 0, 1), (DIGESTS[3].stem, "processed", 86, 0)]
    assert table[1]["claims"] > 0 and table[1]["seconds"] > 0
    assert Artifact.get("claims-report").data.startswith("# claimtrail report")


def test_crash_in_write_keeps_dataset_and_next_run_completes(prefect_harness, tmp_path,
                                                             monkeypatch):
    import shutil

    import pipeline.run
    from flows.extract_claims import extract_claims
    corpus, out, fresh = tmp_path / "corpus", tmp_path / "out", tmp_path / "fresh"
    corpus.mkdir()
    for digest in (DIGESTS[0], DIGESTS[3]):
        shutil.copy(digest, corpus)
    extract_claims([str(corpus)], str(out), workers=1)
    before = _parquet(out)
    edited = corpus / DIGESTS[0].name
    edited.write_text(edited.read_text().replace("53.2AP", "54.1AP"))
    real_write = pipeline.run.write_snapshot

    def crash_on_edited(claims, papers, out_dir, snapshot):
        if snapshot == DIGESTS[0].stem:
            raise RuntimeError("simulated crash in the write task")
        real_write(claims, papers, out_dir, snapshot)

    monkeypatch.setattr(pipeline.run, "write_snapshot", crash_on_edited)
    state = extract_claims([str(corpus)], str(out), workers=1, return_state=True)
    assert state.is_failed()
    assert _parquet(out) == before  # the previous dataset, every byte
    assert len(read_table(out, "claims")) > 0
    monkeypatch.undo()
    result = extract_claims([str(corpus)], str(out), workers=1)
    assert [s["snapshot"] for s in result["snapshots"]] == [DIGESTS[0].stem]
    extract_claims([str(corpus)], str(fresh), workers=1)
    assert _parquet(out) == _parquet(fresh)
