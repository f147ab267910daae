"""Stage 4: rows -> Parquet, one hive partition per snapshot, written atomically.

Layout: `<out>/claims/snapshot=<name>/part-0.parquet` and `<out>/papers/snapshot=<name>/...`.

The duplicated `snapshot` column: the contract wants it inside every file, and the directory
name carries it too. pyarrow (and so `pandas.read_parquet(<out>/claims)`) infers a hive key as
dictionary<string> and refuses to merge it with a plain string column of the same name
("Unable to merge: Field snapshot has incompatible types"). So the files store `snapshot`
dictionary-encoded: in Parquet it is still an ordinary UTF-8 column (DuckDB reads VARCHAR, with
or without hive_partitioning), only the embedded Arrow schema marks it as a dictionary, which
matches what pyarrow infers for the directory key. A raw `pandas.read_parquet` therefore shows
`snapshot` as category; `read_table` casts it back to the declared string type.

Each file is written to a hidden temporary name in its final directory and renamed with
os.replace, so a reader sees the old partition or the new one, never a torn file. Claims are
written before papers: the papers partition (which `stored_snapshots` reads) is the commit mark.
Its Parquet key-value metadata holds the rules fingerprint (`RULES_KEY`) of the code that wrote
it, so a rule change within one pipeline_version is noticed; it is no column of the table.
Output is byte-identical for the same rows: no timestamps, rows sorted, fixed compression.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import CLAIMS_ARROW, PAPERS_ARROW

from .errors import OutputError

SCHEMAS = {"claims": CLAIMS_ARROW, "papers": PAPERS_ARROW}
_SORT = {"claims": ("paper_id", "char_start", "claim_id"), "papers": ("position",)}
PART = "part-0.parquet"
RULES_KEY = b"claimtrail.rules"


def _replace_atomically(path: Path, write) -> None:
    """Call write(temp_path) then rename onto `path`; no temp file survives a failure."""
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")  # no reader globs it
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a killed run
            stale.unlink(missing_ok=True)
        write(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    finally:
        with contextlib.suppress(OSError):  # gone after os.replace; unreachable if mkdir failed
            temp.unlink()


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write a text file atomically."""
    _replace_atomically(Path(path), lambda temp: temp.write_text(text, encoding="utf-8"))


def atomic_write_parquet(frame: pd.DataFrame, path: str | Path) -> None:
    """Write a DataFrame as one Parquet file atomically."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    _replace_atomically(Path(path), lambda temp: pq.write_table(table, temp, compression="zstd"))


def partition_path(out_dir: str | Path, table: str, snapshot: str) -> Path:
    """The one file of a snapshot's partition of a table."""
    return Path(out_dir) / table / f"snapshot={snapshot}" / PART


def _table(rows: list[dict], name: str, rules: str) -> pa.Table:
    """Rows (keys exactly the schema's names) as a sorted table, `snapshot` dictionary-encoded;
    a papers table carries the rules fingerprint in its schema metadata."""
    schema = SCHEMAS[name]
    if name == "papers":
        schema = schema.with_metadata({**(schema.metadata or {}), RULES_KEY: rules.encode()})
    names = set(schema.names)
    for row in rows:
        if row.keys() != names:
            odd = sorted(row.keys() ^ names)
            raise ValueError(f"{name} row keys differ from the schema at {odd}")
    ordered = sorted(rows, key=lambda r: tuple(r[k] for k in _SORT[name]))
    table = pa.Table.from_pylist(ordered, schema=schema)
    index = schema.get_field_index("snapshot")
    return table.set_column(index, "snapshot", table["snapshot"].dictionary_encode())


def _check_name(snapshot: str, rows: list[dict]) -> None:
    if not snapshot or snapshot in (".", "..") or any(c in snapshot for c in "/\\%"):
        raise ValueError(f"snapshot name {snapshot!r} cannot be a partition directory")
    strays = {r["snapshot"] for r in rows} - {snapshot}
    if strays:
        raise ValueError(f"rows of snapshot(s) {sorted(strays)} given for partition {snapshot!r}")


def write_snapshot(claims: list[dict], papers: list[dict], out_dir: str | Path,
                   snapshot: str, rules: str = "") -> None:
    """Replace one snapshot's partitions of the claims and papers tables (claims first);
    `rules` is the fingerprint of the code that made the rows (see stored_snapshots)."""
    _check_name(snapshot, claims + papers)
    for name, rows in (("claims", claims), ("papers", papers)):
        table = _table(rows, name, rules)
        _replace_atomically(partition_path(out_dir, name, snapshot),
                            lambda temp, t=table: pq.write_table(t, temp, compression="zstd"))


def _files(out_dir: str | Path, table: str, snapshots: list[str] | None) -> list[Path]:
    root = Path(out_dir) / table
    if snapshots is not None:
        return [p for p in (partition_path(out_dir, table, s) for s in snapshots) if p.exists()]
    return sorted(root.glob(f"snapshot=*/{PART}")) if root.is_dir() else []


def read_table(out_dir: str | Path, table: str = "claims", snapshots: list[str] | None = None,
               columns: list[str] | None = None) -> pd.DataFrame:
    """All (or the named) snapshot partitions of a table, with the declared column types
    (`snapshot` a plain string column), all columns or only `columns` (reading fewer keeps
    memory flat as the dataset grows); no dataset yet -> an empty frame with those columns."""
    schema = SCHEMAS[table]
    if columns is not None:
        schema = pa.schema([schema.field(name) for name in columns])
    parts = []
    for path in _files(out_dir, table, snapshots):
        try:
            parts.append(pq.read_table(path, columns=columns, partitioning=None).cast(schema))
        except (pa.ArrowException, OSError) as exc:
            raise OutputError(f"{path}: unreadable Parquet partition ({exc})") from exc
    merged = pa.concat_tables(parts) if parts else schema.empty_table()
    return merged.to_pandas()


def stored_snapshots(out_dir: str | Path) -> dict[str, tuple[str, str, str]]:
    """Snapshot name -> (source_sha256, pipeline_version, rules fingerprint, "" when the file
    has none) of each readable papers partition; reads the footer and two columns of one row
    group per file, so it stays fast for years of snapshots. A corrupt or empty partition is
    left out, so its snapshot is processed again."""
    stored = {}
    for path in _files(out_dir, "papers", None):
        try:
            with pq.ParquetFile(path) as file:
                head = file.read_row_group(
                    0, columns=["source_sha256", "pipeline_version"]).slice(0, 1).to_pylist()
                rules = (file.schema_arrow.metadata or {}).get(RULES_KEY, b"").decode()
        except (pa.ArrowException, OSError, IndexError, UnicodeDecodeError):
            continue
        if head:
            stored[path.parent.name.split("=", 1)[1]] = (head[0]["source_sha256"],
                                                          head[0]["pipeline_version"], rules)
    return stored

