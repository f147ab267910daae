"""Parquet writing: schema, round trip, atomic replacement, byte-identical re-runs."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import write
from pipeline.errors import OutputError
from schemas import CLAIMS_ARROW, PAPERS_ARROW

SHA = "ab" * 32
VERSION = "0.1.0"  # the pipeline_version the rows below carry


def claim_row(snapshot="a", paper="p1", start=10, value=37.0, **fields):
    """A valid claims row with every CLAIMS_ARROW field."""
    row = {"claim_id": f"{paper}-{start}", "snapshot": snapshot, "digest_date": "May 28",
           "source": f"{snapshot}.txt", "source_sha256": SHA, "paper_id": paper,
           "paper_title": f"Title {paper}", "sentence": "It runs at 37 FPS.", "quote": "37 FPS",
           "char_start": start, "char_end": start + 6, "value": value, "value_max": None,
           "unit": "FPS", "value_base": value, "unit_base": "FPS", "kind": "efficiency",
           "bound": "=", "direction": None, "metric": "frame rate", "dataset": None,
           "hardware": None, "rule": "number_unit", "pipeline_version": VERSION}
    return {**row, **fields}


def paper_row(snapshot="a", paper="p1", position=0):
    """A valid papers row with every PAPERS_ARROW field."""
    return {"paper_id": paper, "snapshot": snapshot, "digest_date": "May 28",
            "source": f"{snapshot}.txt", "source_sha256": SHA, "position": position,
            "title": f"Title {paper}", "title_start": 0, "abstract": "It runs at 37 FPS.",
            "abstract_start": 20, "pipeline_version": VERSION}


def rows(snapshot="a"):
    claims = [claim_row(snapshot, "p2", 5, 2.5, value_max=3.0, unit="x", kind="ratio",
                        direction="up", hardware="NVIDIA A100"),
              claim_row(snapshot, "p1", 40, 12.0, unit="ms", value_base=0.012, unit_base="s"),
              claim_row(snapshot, "p1", 10)]
    return claims, [paper_row(snapshot, "p2", 1), paper_row(snapshot, "p1", 0)]


def test_round_trip_keeps_values_order_and_types(tmp_path):
    claims, papers = rows()
    write.write_snapshot(claims, papers, tmp_path, "a")
    back = write.read_table(tmp_path, "claims")
    assert list(back.columns) == CLAIMS_ARROW.names
    assert [(r["paper_id"], r["char_start"]) for r in back.to_dict("records")] == [
        ("p1", 10), ("p1", 40), ("p2", 5)]
    assert back["char_start"].dtype == "int64" and back["char_end"].dtype == "int64"
    assert back["value"].dtype == "float64" and back["value_max"].dtype == "float64"
    assert back["snapshot"].dtype == back["quote"].dtype
    assert isinstance(back["snapshot"].dtype, pd.StringDtype)
    last = back.iloc[2]
    assert (last["value"], last["value_max"], last["hardware"]) == (2.5, 3.0, "NVIDIA A100")
    assert back.iloc[1]["value_base"] == 0.012 and pd.isna(back.iloc[0]["value_max"])
    assert pd.isna(back.iloc[0]["direction"])
    assert list(write.read_table(tmp_path, "papers")["paper_id"]) == ["p1", "p2"]


def test_empty_snapshot_writes_empty_tables(tmp_path):
    write.write_snapshot([], [], tmp_path, "a")
    assert pq.read_schema(write.partition_path(tmp_path, "claims", "a")).names == \
        CLAIMS_ARROW.names
    back = write.read_table(tmp_path, "papers")
    assert len(back) == 0 and list(back.columns) == PAPERS_ARROW.names


def test_pandas_and_duckdb_read_the_dataset_as_it_is(tmp_path):
    write.write_snapshot(*rows("a"), tmp_path, "a")
    write.write_snapshot(*rows("b"), tmp_path, "b")
    raw = pd.read_parquet(tmp_path / "claims")
    assert len(raw) == 6 and sorted(set(raw["snapshot"])) == ["a", "b"]
    assert raw["char_start"].dtype == "int64" and raw["value_max"].dtype == "float64"
    query = f"read_parquet('{tmp_path}/claims/**/*.parquet', hive_partitioning=true)"
    types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM {query}").fetchall()}
    expected = {f.name: {"string": "VARCHAR", "int64": "BIGINT", "double": "DOUBLE"}[str(f.type)]
                for f in CLAIMS_ARROW}
    assert types == expected
    count = duckdb.sql(f"SELECT snapshot, count(*) FROM {query} GROUP BY 1 ORDER BY 1")
    assert count.fetchall() == [("a", 3), ("b", 3)]


def test_rerun_is_byte_identical(tmp_path):
    write.write_snapshot(*rows(), tmp_path, "a")
    first = [write.partition_path(tmp_path, t, "a").read_bytes() for t in ("claims", "papers")]
    claims, papers = rows()
    write.write_snapshot(claims[::-1], papers[::-1], tmp_path, "a")
    assert [write.partition_path(tmp_path, t, "a").read_bytes()
            for t in ("claims", "papers")] == first


def test_failed_write_leaves_previous_partition_and_no_temp_file(tmp_path, monkeypatch):
    write.write_snapshot(*rows(), tmp_path, "a")
    before = write.partition_path(tmp_path, "claims", "a").read_bytes()

    def crash(table, where, **kwargs):
        open(where, "wb").write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq, "write_table", crash)
    with pytest.raises(OutputError, match=r"snapshot=a/part-0.parquet: cannot write \(No space"):
        write.write_snapshot([claim_row()], [paper_row()], tmp_path, "a")
    assert write.partition_path(tmp_path, "claims", "a").read_bytes() == before
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [
        "part-0.parquet", "part-0.parquet"]


def test_unwritable_output_names_the_path(tmp_path):
    (tmp_path / "claims").write_text("a file where the table directory goes")
    with pytest.raises(OutputError, match=r"claims/snapshot=a/part-0.parquet: cannot write"):
        write.write_snapshot(*rows(), tmp_path, "a")


def test_replacing_one_snapshot_leaves_the_other(tmp_path):
    write.write_snapshot(*rows("a"), tmp_path, "a")
    write.write_snapshot(*rows("b"), tmp_path, "b")
    other = write.partition_path(tmp_path, "claims", "b").read_bytes()
    write.write_snapshot([claim_row("a")], [paper_row("a")], tmp_path, "a")
    assert len(write.read_table(tmp_path, "claims", ["a"])) == 1
    assert len(write.read_table(tmp_path, "claims", ["b"])) == 3
    assert write.partition_path(tmp_path, "claims", "b").read_bytes() == other
    assert write.stored_snapshots(tmp_path) == {"a": (SHA, VERSION, ""), "b": (SHA, VERSION, "")}


def test_rows_of_another_snapshot_or_with_odd_keys_are_refused(tmp_path):
    with pytest.raises(ValueError, match="partition 'b'"):
        write.write_snapshot(*rows("a"), tmp_path, "b")
    with pytest.raises(ValueError, match=r"claims row keys differ from the schema at \['extra'\]"):
        write.write_snapshot([claim_row(extra=1)], [], tmp_path, "a")
    with pytest.raises(ValueError, match="cannot be a partition directory"):
        write.write_snapshot([], [], tmp_path, "x/y")


def test_corrupt_partition_is_named(tmp_path):
    write.write_snapshot(*rows(), tmp_path, "a")
    write.partition_path(tmp_path, "claims", "a").write_bytes(b"not parquet")
    with pytest.raises(OutputError, match=r"claims/snapshot=a/part-0.parquet: unreadable"):
        write.read_table(tmp_path, "claims")
    assert write.stored_snapshots(tmp_path) == {"a": (SHA, VERSION, "")}


def test_missing_dataset_reads_empty(tmp_path):
    back = write.read_table(tmp_path, "claims")
    assert len(back) == 0 and list(back.columns) == CLAIMS_ARROW.names
    assert write.stored_snapshots(tmp_path) == {}


def test_reading_some_columns_keeps_their_types_and_order(tmp_path):
    claims, papers = rows()
    write.write_snapshot(claims, papers, tmp_path, "a")
    back = write.read_table(tmp_path, "claims", columns=["snapshot", "char_start", "value"])
    assert list(back.columns) == ["snapshot", "char_start", "value"]
    assert list(back["char_start"]) == [10, 40, 5] and back["char_start"].dtype == "int64"
    assert isinstance(back["snapshot"].dtype, pd.StringDtype)
    assert list(write.read_table(tmp_path / "none", "papers", columns=["paper_id"]).columns) == [
        "paper_id"]


def test_rules_fingerprint_is_file_metadata_not_a_column(tmp_path):
    write.write_snapshot(*rows(), tmp_path, "a", rules="0123456789abcdef")
    assert write.stored_snapshots(tmp_path) == {"a": (SHA, VERSION, "0123456789abcdef")}
    assert list(write.read_table(tmp_path, "papers").columns) == PAPERS_ARROW.names
