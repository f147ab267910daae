"""Golden file: the claims of snapshot 000 as they are now (tests/cases/golden_000.jsonl).

A change in extraction shows here as a readable diff. After checking it is an improvement,
regenerate with: UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os

from pipeline.extract import extract_digest
from pipeline.parse import read_digest

from .conftest import CASES, DIGESTS

GOLDEN = CASES / "golden_000.jsonl"
KEEP = ("claim_id", "paper_id", "quote", "char_start", "char_end", "value", "value_max", "unit",
        "value_base", "unit_base", "kind", "bound", "direction", "metric", "dataset",
        "hardware", "rule")


def test_snapshot_000_matches_its_golden_file(nlp):
    claims, _ = extract_digest(read_digest(DIGESTS[0]), nlp)
    lines = [json.dumps({k: c[k] for k in KEEP}, sort_keys=False) for c in claims]
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text("\n".join(lines) + "\n")
    assert lines == GOLDEN.read_text().splitlines()
