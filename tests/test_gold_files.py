"""Every gold file under tests/ fits the bundled digests: each line names a digest and one of
its papers, each claim's quote occurs in that paper's abstract, and no paper is both listed with
claims and marked `no_claims`."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import pytest

from pipeline.evaluate import load_gold
from pipeline.parse import read_digest

from .conftest import ROOT

DIGEST_DIR = ROOT / "data" / "digests"
GOLD_FILES = sorted(path for folder in (ROOT / "tests").glob("gold*") if folder.is_dir()
                    for path in folder.rglob("*.jsonl"))


@lru_cache(maxsize=None)
def _abstracts(source: str) -> dict[str, list[str]]:
    by_title = defaultdict(list)
    for paper in read_digest(DIGEST_DIR / source).papers:
        by_title[paper.title].append(paper.abstract)
    return by_title


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: str(p.relative_to(ROOT / "tests")))
def test_gold_file_fits_its_digest(path):
    marked, claimed = set(), set()
    for row in load_gold([path]):
        assert (DIGEST_DIR / row["source"]).is_file(), f"{path.name}: no digest {row['source']}"
        abstracts = _abstracts(row["source"]).get(row["paper_title"])
        assert abstracts, f"{path.name}: {row['paper_title']!r} is not in {row['source']}"
        paper = (row["source"], row["paper_title"])
        if row.get("no_claims"):
            marked.add(paper)
        else:
            claimed.add(paper)
            assert any(row["quote"] in text for text in abstracts), \
                f"{path.name}: quote {row['quote']!r} is not in {row['paper_title']!r}"
    assert not marked & claimed, f"{path.name}: papers both claimed and `no_claims`"
    assert marked | claimed, f"{path.name}: no lines"
