"""The HTML audit report: exact content on a hand-made dataset, invariants on the bundled one."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report import build_context, render_html, summary_markdown
from pipeline.write import read_table, write_snapshot

EVIL = '<script>alert("x")</script>'
# Two papers share a title (and so a paper_id) in snapshot "a", as a real digest does.
ABSTRACTS = {
    "p1": "We are fast. It runs 3x faster on a GPU. It gets 52.1 AP on COCO.",
    "p2": "No claims here, only 12 words & " + EVIL + ".",
    "p1-again": "Shorter. It runs 3x faster on a GPU.",
}


def _paper(snapshot, date, key, paper_id, title, position, start):
    return {"paper_id": paper_id, "snapshot": snapshot, "digest_date": date, "source": "d.txt",
            "source_sha256": "0" * 64, "position": position, "title": title,
            "title_start": start - 40, "abstract": ABSTRACTS[key], "abstract_start": start,
            "pipeline_version": "0.1.0"}


def _claim(paper, claim_id, quote, sentence, value, **fields):
    at = paper["abstract"].index(sentence) + sentence.index(quote)
    row = {"claim_id": claim_id, "snapshot": paper["snapshot"],
           "digest_date": paper["digest_date"], "source": "d.txt", "source_sha256": "0" * 64,
           "paper_id": paper["paper_id"], "paper_title": paper["title"], "sentence": sentence,
           "quote": quote, "char_start": paper["abstract_start"] + at,
           "char_end": paper["abstract_start"] + at + len(quote), "value": value,
           "value_max": None, "unit": "x", "value_base": value, "unit_base": "x",
           "kind": "ratio", "bound": "=", "direction": "up", "metric": "speedup",
           "dataset": None, "hardware": "GPU", "rule": "number_unit",
           "pipeline_version": "0.1.0"}
    return row | fields


def _snapshot_a():
    p1 = _paper("a", "Mar 1", "p1", "id1", "Fast " + EVIL, 0, 100)
    p2 = _paper("a", "Mar 1", "p2", "id2", "Wordy", 1, 300)
    again = _paper("a", "Mar 1", "p1-again", "id1", "Fast " + EVIL, 2, 500)
    claims = [_claim(p1, "c-speed", "3x", "It runs 3x faster on a GPU.", 3.0),
              _claim(p1, "c-ap", "52.1 AP", "It gets 52.1 AP on COCO.", 52.1, unit="AP",
                     kind="score", metric="AP", dataset="COCO", hardware=None),
              _claim(again, "c-again", "3x", "It runs 3x faster on a GPU.", 3.0,
                     hardware='GPU" onmouseover="alert(1)')]
    return claims, [p1, p2, again]


def _snapshot_b():
    p1 = _paper("b", "Mar 2", "p1", "id1", "Fast " + EVIL, 0, 100)
    p1["abstract"] = p1["abstract"].replace("3x", "4x").replace("52.1 AP", "9 ms")
    claims = [_claim(p1, "c-speed", "4x", "It runs 4x faster on a GPU.", 4.0),
              _claim(p1, "c-ms", "9 ms", "It gets 9 ms on COCO.", 9.0, unit="ms",
                     kind="efficiency", metric="latency")]
    return claims, [p1]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny")
    write_snapshot(*_snapshot_a(), out, "a")
    write_snapshot(*_snapshot_b(), out, "b")
    (out / "rejected.jsonl").write_text(
        json.dumps({"path": "bad<1>.txt", "reason": "binary file", "line": None}) + "\n")
    return out


@pytest.fixture(scope="module")
def tiny_context(tiny):
    return build_context(tiny)


@pytest.fixture(scope="module")
def tiny_html(tiny):
    return render_html(tiny)


def test_summary_counts_per_snapshot(tiny_context):
    kinds = lambda **n: {k: n.get(k, 0) for k in ("score", "ratio", "change", "efficiency",
                                                   "scale")}
    assert tiny_context["totals"] == {"snapshots": 2, "papers": 4, "claims": 5}
    assert tiny_context["snapshots"] == [
        {"snapshot": "a", "date": "Mar 1", "papers": 3, "claims": 3,
         "kinds": kinds(ratio=2, score=1)},
        {"snapshot": "b", "date": "Mar 2", "papers": 1, "claims": 2,
         "kinds": kinds(ratio=1, efficiency=1)}]
    assert tiny_context["rejected"] == [{"path": "bad<1>.txt", "reason": "binary file",
                                         "line": None}]


def test_each_claim_row_marks_its_quote_in_its_sentence(tiny_context):
    rows = {(r["snapshot"], r["value"], r["hardware"][:3]): r for r in tiny_context["claims"]}
    assert len(tiny_context["claims"]) == 5
    ap = rows[("a", "52.1", "")]
    assert (ap["before"], ap["quote"], ap["after"]) == ("It gets ", "52.1 AP", " on COCO.")
    assert (ap["unit"], ap["kind"], ap["metric"], ap["dataset"]) == ("AP", "score", "AP", "COCO")
    assert rows[("b", "4", "GPU")]["before"] == "It runs "


def test_claims_are_marked_in_the_abstract_that_holds_them(tiny, tiny_context):
    marked = {(p["id"], part["text"], part["claim"]["id"])
              for p in tiny_context["papers"] for part in p["parts"] if part["claim"]}
    by_id = {c["id"]: c for c in tiny_context["claims"]}
    assert len(marked) == 5 and {c for _, _, c in marked} == set(by_id)
    for paper, text, claim in marked:
        assert text == by_id[claim]["quote"] and by_id[claim]["paper"] == paper
    papers = {p["id"]: p for p in tiny_context["papers"]}
    again = next(c for c in by_id.values() if c["hardware"].startswith('GPU"'))
    assert papers[again["paper"]]["parts"][0]["text"] == "Shorter. It runs "  # the second copy
    wordy = next(p for p in tiny_context["papers"] if p["title"] == "Wordy")
    assert [part["text"] for part in wordy["parts"] if part["number"]] == ["12"]  # unmarked
    whole = sorted("".join(part["text"] for part in p["parts"]) for p in tiny_context["papers"])
    assert whole == sorted(read_table(tiny, "papers").abstract)  # nothing lost or repeated


def test_latest_diff_uses_the_diff_module(tiny_context):
    diff = tiny_context["diff"]
    assert (diff["old"], diff["new"], diff["unchanged"]) == ("a", "b", 0)
    assert [i["quote"] for i in diff["added"]] == ["9 ms"]
    assert sorted(i["quote"] for i in diff["removed"]) == ["3x", "52.1 AP"]
    assert diff["changed"][0]["changes"] == {"quote": ["3x", "4x"], "value": [3.0, 4.0]}


def test_data_text_is_escaped(tiny_html):
    assert EVIL not in tiny_html and not re.search(r"<[^>]*\sonmouseover=", tiny_html)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in tiny_html
    assert "bad&lt;1&gt;.txt" in tiny_html and "12</span> words &amp; " in tiny_html
    assert tiny_html.count("<script>") == 1  # the page's own


def test_html_has_one_row_per_claim_and_consistent_links(tiny_html):
    assert len(re.findall(r'<tr id="c\d+">', tiny_html)) == 5
    assert 'id="diff"' in tiny_html and "1 added, 2 removed, 1 changed, 0 unchanged" in tiny_html
    ids = re.findall(r' id="([^"]+)"', tiny_html)
    assert not [i for i, n in Counter(ids).items() if n > 1]
    assert set(re.findall(r'(?:href="#|url\(#)([^")]+)', tiny_html)) <= set(ids)


def test_single_snapshot_has_no_diff_section(tmp_path):
    write_snapshot(*_snapshot_a(), tmp_path, "a")
    assert build_context(tmp_path)["diff"] is None
    html = render_html(tmp_path)
    assert 'id="diff"' not in html and "Latest diff" not in html
    assert len(re.findall(r'<tr id="c\d+">', html)) == 3


def test_empty_dataset_renders(tmp_path):
    html = render_html(tmp_path)
    assert "0 snapshots, 0 papers, 0 claims" in html and "No snapshots in this dataset" in html
    assert "<tr id=" not in html and "<svg" not in html
    assert "0 papers, 0 claims." in summary_markdown(tmp_path)


def test_cli_writes_html_by_default_and_markdown_for_md(tiny, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["report", "--data", str(tiny)]).exit_code == 0
    assert (tmp_path / "outputs" / "report.html").read_text().startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["report", "--data", str(tiny), "--out", "r.md"])
    assert result.exit_code == 0 and (tmp_path / "r.md").read_text() == summary_markdown(tiny)


def test_bundled_report_is_complete_and_stable(bundled_dataset):
    claims = read_table(bundled_dataset, "claims")
    context = build_context(bundled_dataset)
    assert len(context["claims"]) == len(claims)
    assert [s["claims"] for s in context["snapshots"]] == [
        int((claims.snapshot == s["snapshot"]).sum()) for s in context["snapshots"]]
    by_id = {c["id"]: c for c in context["claims"]}
    marks = [(p, part) for p in context["papers"] for part in p["parts"] if part["claim"]]
    assert all(part["text"] == part["claim"]["quote"] for _, part in marks)
    assert {part["claim"]["id"] for _, part in marks} == set(by_id)  # no claim left unmarked
    shown = sorted((c["quote"], c["before"] + c["quote"] + c["after"]) for c in context["claims"])
    assert shown == sorted(zip(claims.quote, claims.sentence))  # whole sentence, quote marked
    assert all(v is not None for v in context["plots"].values())
    assert render_html(bundled_dataset) == render_html(bundled_dataset)  # byte-identical
