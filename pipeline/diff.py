"""Snapshot diffs: claims added, removed and changed between two claim tables.

Claims pair by claim_id (see ids.py): reordering papers, re-capturing with other whitespace or
line ends changes no id, and a number edited in place keeps its id and shows as changed.
"""

from __future__ import annotations

import re

import pandas as pd

COMPARED = ("quote", "value", "value_max", "unit", "kind", "bound", "direction", "metric",
            "dataset", "hardware")
_SPACE = re.compile(r"\s+")


def _comparable(value):
    if isinstance(value, str):
        return _SPACE.sub(" ", value).strip()
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def _changes(old: dict, new: dict) -> dict:
    return {field: [_comparable(old[field]), _comparable(new[field])] for field in COMPARED
            if _comparable(old[field]) != _comparable(new[field])}


def _item(row: dict) -> dict:
    return {k: _comparable(row[k]) for k in ("claim_id", "paper_title", "quote", "value", "unit")}


def diff_claims(old: pd.DataFrame, new: pd.DataFrame, old_name: str, new_name: str) -> dict:
    """The contract's diff object: added, removed, changed items and the unchanged count."""
    before = {r["claim_id"]: r for r in old.to_dict("records")}
    after = {r["claim_id"]: r for r in new.to_dict("records")}
    changed = []
    for claim_id in sorted(before.keys() & after.keys()):
        changes = _changes(before[claim_id], after[claim_id])
        if changes:
            changed.append({"claim_id": claim_id, "paper_title": after[claim_id]["paper_title"],
                            "changes": changes})
    order = lambda rows: sorted(rows, key=lambda r: (r["paper_title"], r["quote"], r["claim_id"]))
    return {
        "old": old_name, "new": new_name,
        "added": order([_item(after[i]) for i in after.keys() - before.keys()]),
        "removed": order([_item(before[i]) for i in before.keys() - after.keys()]),
        "changed": changed,
        "unchanged": len(before.keys() & after.keys()) - len(changed),
    }


def diff_papers(old: pd.DataFrame, new: pd.DataFrame) -> dict:
    """Papers added, removed and re-announced (same paper_id in both snapshots)."""
    titles = dict(zip(old["paper_id"], old["title"])) | dict(zip(new["paper_id"], new["title"]))
    before, after = set(old["paper_id"]), set(new["paper_id"])
    named = lambda ids: sorted(titles[i] for i in ids)
    return {"added": named(after - before), "removed": named(before - after),
            "reannounced": named(before & after)}


def diff_rows(diff: dict) -> pd.DataFrame:
    """One row per added/removed/changed claim, with a `change` column (for Parquet)."""
    rows = [{"change": kind, **item} for kind in ("added", "removed") for item in diff[kind]]
    rows += [{"change": "changed", "claim_id": c["claim_id"], "paper_title": c["paper_title"],
              "fields": ",".join(sorted(c["changes"]))} for c in diff["changed"]]
    columns = ["change", "claim_id", "paper_title", "quote", "value", "unit", "fields"]
    return pd.DataFrame(rows, columns=columns)


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def date_key(digest_date: str | None) -> tuple[int, int]:
    """Sortable (month, day) of a date line like `May 28`; undated snapshots sort first."""
    if not isinstance(digest_date, str) or not digest_date:  # None, or NaN from pandas
        return (0, 0)
    month, _, day = digest_date.partition(" ")
    digits = "".join(c for c in day if c.isdigit())
    return (_MONTHS.get(month[:3].lower(), 0), int(digits) if digits else 0)


def snapshot_order(papers: pd.DataFrame) -> list[str]:
    """Snapshot names by digest date (undated first), then name."""
    dates = papers.groupby("snapshot")["digest_date"].first()
    return sorted(dates.index, key=lambda s: (date_key(dates[s]), s))


def previous_snapshots(papers: pd.DataFrame, names: list[str]) -> list[tuple[str, str]]:
    """(previous, snapshot) pairs by digest date for each named snapshot that has one."""
    order = snapshot_order(papers)
    return [(order[i - 1], name) for i, name in enumerate(order) if name in names and i > 0]


def diff_snapshots(claims: pd.DataFrame, papers: pd.DataFrame, old: str, new: str) -> dict:
    """Claims and papers of snapshot `new` against `old`, from tables holding both."""
    result = diff_claims(claims[claims.snapshot == old], claims[claims.snapshot == new],
                         old, new)
    result["papers"] = diff_papers(papers[papers.snapshot == old],
                                   papers[papers.snapshot == new])
    return result


def write_diffs(out_dir, names: list[str]) -> list[str]:
    """Diff each named snapshot against its predecessor; write `diffs/<old>__<new>.json`."""
    import json
    from pathlib import Path

    from .errors import OutputError
    from .write import atomic_write_text, read_table
    papers = read_table(out_dir, "papers", columns=["snapshot", "digest_date", "paper_id",
                                                    "title"])
    written = []
    for old, new in previous_snapshots(papers, names):
        try:
            claims = read_table(out_dir, "claims", [old, new])
        except OutputError:
            continue  # a corrupt older partition: reported by the run, not diffed
        result = diff_snapshots(claims, papers, old, new)
        path = Path(out_dir) / "diffs" / f"{old}__{new}.json"
        atomic_write_text(path, json.dumps(result, indent=1, default=str))
        written.append(str(path))
    return written
