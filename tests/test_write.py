"""Parquet writing: schema, round trip, atomic replacement, byte-identical re-runs."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import write
from pipeline.errors import OutputError
from pipeline.extract import extract_digest
from pipeline.parse import read_digest
from schemas import CLAIMS_ARROW

from .conftest import DIGESTS


@pytest.fixture(scope="module")
def extracted(nlp):
    return extract_digest(read_digest(DIGESTS[0]), nlp)


@pytest.fixture
def rows(extracted):
    return as_snapshot(extracted, "a")


def as_snapshot(rows, name):
    return tuple([{**r, "snapshot": name} for r in table] for table in rows)


def test_round_trip_keeps_values_and_types(tmp_path, rows):
    claims, papers = rows
    write.write_snapshot(claims, papers, tmp_path, "a")
    back = write.read_table(tmp_path, "claims")
    assert list(back.columns) == CLAIMS_ARROW.names and len(back) == len(claims)
    assert back["char_start"].dtype == "int64" and back["value"].dtype == "float64"
    assert set(back["snapshot"]) == {"a"} and back["snapshot"].dtype != "category"
    by_id = {c["claim_id"]: c for c in claims}
    for row in back.to_dict("records"):
        assert row["quote"] == by_id[row["claim_id"]]["quote"]


def test_pandas_and_duckdb_read_the_dataset_as_it_is(tmp_path, rows):
    write.write_snapshot(*rows, tmp_path, "a")
    write.write_snapshot(*as_snapshot(rows, "b"), tmp_path, "b")
    assert len(pd.read_parquet(tmp_path / "claims")) == 2 * len(rows[0])
    query = (f"DESCRIBE SELECT * FROM read_parquet('{tmp_path}/claims/**/*.parquet', "
             "hive_partitioning=true)")
    types = {row[0]: row[1] for row in duckdb.sql(query).fetchall()}
    assert types["snapshot"] == "VARCHAR" and types["char_start"] == "BIGINT"
    assert types["value_max"] == "DOUBLE"


def test_rerun_is_byte_identical(tmp_path, rows):
    write.write_snapshot(*rows, tmp_path, "a")
    first = write.partition_path(tmp_path, "claims", "a").read_bytes()
    write.write_snapshot(*rows, tmp_path, "a")
    assert write.partition_path(tmp_path, "claims", "a").read_bytes() == first


def test_failed_write_leaves_previous_partition(tmp_path, rows, monkeypatch):
    write.write_snapshot(*rows, tmp_path, "a")
    before = write.partition_path(tmp_path, "claims", "a").read_bytes()

    def crash(table, where, **kwargs):
        open(where, "wb").write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq, "write_table", crash)
    with pytest.raises(OutputError, match="cannot write"):
        write.write_snapshot(rows[0][:1], rows[1], tmp_path, "a")
    assert write.partition_path(tmp_path, "claims", "a").read_bytes() == before
    assert not list(tmp_path.rglob("*.tmp"))


def test_replacing_one_snapshot_leaves_the_other(tmp_path, rows):
    write.write_snapshot(*rows, tmp_path, "a")
    write.write_snapshot(*as_snapshot(rows, "b"), tmp_path, "b")
    other = write.partition_path(tmp_path, "claims", "b").read_bytes()
    write.write_snapshot(rows[0][:3], rows[1], tmp_path, "a")
    assert len(write.read_table(tmp_path, "claims", ["a"])) == 3
    assert write.partition_path(tmp_path, "claims", "b").read_bytes() == other
    stored = (rows[1][0]["source_sha256"], rows[1][0]["pipeline_version"])
    assert write.stored_snapshots(tmp_path) == {"a": stored, "b": stored}


def test_rows_of_another_snapshot_are_refused(tmp_path, rows):
    with pytest.raises(ValueError, match="partition 'b'"):
        write.write_snapshot(*rows, tmp_path, "b")


def test_corrupt_partition_is_named(tmp_path, rows):
    write.write_snapshot(*rows, tmp_path, "a")
    write.partition_path(tmp_path, "claims", "a").write_bytes(b"not parquet")
    with pytest.raises(OutputError, match="snapshot=a"):
        write.read_table(tmp_path, "claims")


def test_missing_dataset_reads_empty(tmp_path):
    assert list(write.read_table(tmp_path, "claims").columns) == CLAIMS_ARROW.names
