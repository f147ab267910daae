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
