"""Snapshot diffs built from the bundled digests: exact expected added/removed/changed."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from pipeline.diff import diff_claims, diff_papers
from pipeline.extract import extract_digest
from pipeline.parse import parse_text, read_digest

from .conftest import DIGESTS


def _tables(nlp, text: str):
    digest = parse_text(text, "v.txt", hashlib.sha256(text.encode()).hexdigest(), "v")
    claims, papers = extract_digest(digest, nlp)
    return pd.DataFrame(claims), pd.DataFrame(papers)


@pytest.fixture(scope="module")
def base(nlp):
    digest = read_digest(DIGESTS[0])
    return digest, _tables(nlp, digest.text)


def _blocks(text: str) -> tuple[list[str], list[str]]:
    lines = [line for line in text.split("\n") if line.strip()]
    return lines[:5], [f"{t}\n\n{a}" for t, a in zip(lines[5::2], lines[6::2])]


def _diff(nlp, base, text):
    (old_claims, old_papers), (new_claims, new_papers) = base[1], _tables(nlp, text)
    return diff_claims(old_claims, new_claims, "old", "new"), diff_papers(old_papers, new_papers)


def test_reordered_papers_are_no_change(nlp, base):
    header, papers = _blocks(base[0].text)
    claims, papers_diff = _diff(nlp, base, "\n\n".join(header + papers[::-1]))
    assert (claims["added"], claims["removed"], claims["changed"]) == ([], [], [])
    assert papers_diff["added"] == papers_diff["removed"] == []


@pytest.mark.parametrize("edit", [
    lambda t: t.replace("\n", "\r\n"), lambda t: t.replace(". ", ".  "),
    lambda t: t.replace("\n", "   \n"), lambda t: t.replace("\n\n", "\n")],
    ids=["crlf", "double-spaces", "trailing-spaces", "compact-layout"])
def test_whitespace_is_no_change(nlp, base, edit):
    claims, _ = _diff(nlp, base, edit(base[0].text))
    assert (claims["added"], claims["removed"], claims["changed"]) == ([], [], [])
    assert claims["unchanged"] == len(base[1][0])


def test_edited_number_keeps_its_id_and_shows_as_changed(nlp, base):
    claims, _ = _diff(nlp, base, base[0].text.replace("53.2AP", "54.1AP"))
    assert (claims["added"], claims["removed"]) == ([], [])
    assert [c["changes"] for c in claims["changed"]] == [
        {"quote": ["53.2AP", "54.1AP"], "value": [53.2, 54.1]}]


def test_removed_and_added_paper(nlp, base):
    header, papers = _blocks(base[0].text)
    fastdepth = next(p for p in papers if p.startswith("FastDepth"))
    new_paper = "A New Paper\n\nIt runs at 30 fps and is 2x faster."
    text = "\n\n".join(header + [p for p in papers if p != fastdepth] + [new_paper])
    claims, papers_diff = _diff(nlp, base, text)
    assert sorted(c["quote"] for c in claims["removed"]) == [
        "10 W", "178 fps", "27 fps", "an order of magnitude faster"]
    assert sorted(c["quote"] for c in claims["added"]) == ["2x", "30 fps"]
    assert papers_diff["removed"] == [fastdepth.split("\n")[0]]
    assert papers_diff["added"] == ["A New Paper"]


def test_real_pair_of_digests_shares_papers(nlp, base):
    other = read_digest(DIGESTS[3])
    new_claims, new_papers = _tables(nlp, other.text)
    papers = diff_papers(base[1][1], new_papers)
    claims = diff_claims(base[1][0], new_claims, "000", "004")
    assert (len(papers["reannounced"]), len(papers["added"]), len(papers["removed"])) == \
        (18, 68, 71)
    assert "DySpec: Faster Speculative Decoding with Dynamic Token Tree Structure" in \
        papers["reannounced"]
    # Re-announced abstracts are identical here: every claim of a shared paper is unchanged.
    shared = base[1][0][base[1][0]["paper_title"].isin(papers["reannounced"])]
    assert claims["changed"] == [] and claims["unchanged"] == len(shared) > 0
    assert len(claims["added"]) + claims["unchanged"] == len(new_claims)


@pytest.mark.parametrize("date, key", [("May 28", (5, 28)), ("Mar 14", (3, 14)), (None, (0, 0)),
                                       ("Sept 3", (9, 3))])
def test_date_key(date, key):
    from pipeline.diff import date_key
    assert date_key(date) == key
