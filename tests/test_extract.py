"""Extraction rules, parametrized with sentences from real abstracts (tests/cases/claims.jsonl)."""

from __future__ import annotations

import json

import pytest

from pipeline.extract import extract_digest
from pipeline.parse import read_digest

from .conftest import CASES, DIGESTS

_CASES = [json.loads(line) for line in (CASES / "claims.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("case", _CASES, ids=[c["id"] for c in _CASES])
def test_rule_on_real_sentence(nlp, case):
    doc = nlp(case["text"])
    found = [{**c, "quote": case["text"][c["start"]:c["end"]]} for c in doc._.claims]
    assert [c["quote"] for c in found] == [e["quote"] for e in case["expected"]]
    for claim, expected in zip(found, case["expected"]):
        for key, value in expected.items():
            if key in ("value", "value_max"):
                assert claim[key] == pytest.approx(value, rel=1e-6), (key, claim)
            else:
                assert claim[key] == value, (key, claim)


@pytest.mark.parametrize("path", DIGESTS, ids=[p.stem for p in DIGESTS])
def test_every_quote_is_the_text_at_its_offsets(nlp, path):
    digest = read_digest(path)
    claims, papers = extract_digest(digest, nlp)
    assert claims and len(papers) == len(digest.papers)
    for claim in claims:
        assert digest.text[claim["char_start"]:claim["char_end"]] == claim["quote"]
        assert claim["quote"] in claim["sentence"]


def test_claim_ids_are_unique_within_a_snapshot(nlp):
    claims, _ = extract_digest(read_digest(DIGESTS[0]), nlp)
    ids = [c["claim_id"] for c in claims]
    assert len(ids) == len(set(ids))
