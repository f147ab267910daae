"""Scoring per the contract: matching by value, order pairing, unit families, null fields."""

from __future__ import annotations

import math

import pytest

from pipeline.errors import InputError
from pipeline.evaluate import FIELDS, format_report, load_gold, score

P = {"source": "d.txt", "paper_title": "T"}


def claim(value, char_start=0, value_max=None, **fields):
    base = {"unit": None, "kind": None, "bound": None, "direction": None, "metric": None,
            "dataset": None, "hardware": None, "quote": f"q{char_start}"}
    return {**P, **base, "value": value, "value_max": value_max, "char_start": char_start,
            **fields}


def counts(result):
    return result["tp"], result["fp"], result["fn"]


@pytest.mark.parametrize("gold, predicted, expected", [
    ([claim(53.2)], [claim(53.2000001)], (1, 0, 0)),
    ([claim(53.2)], [claim(53.21)], (0, 1, 1)),
    ([claim(0.0)], [claim(0.0)], (1, 0, 0)),
    ([claim(0.0)], [claim(1e-9)], (0, 1, 1)),
    ([claim(2, value_max=3)], [claim(2)], (0, 1, 1)),
    ([claim(2, value_max=3)], [claim(2, value_max=3.0000001)], (1, 0, 0)),
    ([claim(2, value_max=3)], [claim(2, value_max=4)], (0, 1, 1)),
    ([claim(2)], [claim(2, value_max=3)], (1, 0, 0)),
    ([claim(2)], [claim(2, value_max=math.nan)], (1, 0, 0)),
    ([claim(5), claim(5)], [claim(5, 10), claim(5, 20), claim(5, 30)], (2, 1, 0)),
    ([claim(5), claim(5), claim(6)], [claim(5, 10)], (1, 0, 2)),
    ([claim(2), claim(2, value_max=3)], [claim(2, 1, value_max=3), claim(2, 9)], (2, 0, 0)),
    ([], [claim(1)], (0, 0, 0)),
], ids=["tolerance", "wrong-value", "zero", "zero-vs-tiny", "range-needed", "range-tolerance",
        "range-wrong-max", "range-not-needed", "nan-max-not-needed", "duplicates",
        "one-of-two", "ranged-gold-first", "no-gold-no-score"])
def test_matching(gold, predicted, expected):
    assert counts(score(predicted, gold)) == expected


def test_duplicate_values_pair_in_abstract_order():
    gold = [claim(5, quote="first", unit="%"), claim(5, quote="second", unit="x")]
    predicted = [claim(5, 30, unit="x"), claim(5, 10, unit="%")]  # not in char_start order
    result = score(predicted, gold)
    assert result["fields"]["unit"] == {"agree": 2, "total": 2, "share": 1.0}
    assert result["disagreements"] == []


def test_precision_recall_f1():
    gold = [claim(1), claim(2), claim(3), claim(4)]
    result = score([claim(1), claim(2), claim(3), claim(9)], gold)
    assert counts(result) == (3, 1, 1)
    assert (result["precision"], result["recall"], result["f1"]) == (0.75, 0.75, 0.75)
    assert [m["value"] for m in result["misses"]] == [4]
    assert [e["value"] for e in result["extras"]] == [9]


def test_only_gold_papers_count_and_no_claims_papers_count_extras():
    gold = [{**P, "paper_title": "Empty", "no_claims": True}, claim(7)]
    predictions = [claim(1, paper_title="Empty"), claim(2, paper_title="Not annotated"),
                   claim(7, source="other.txt"), claim(7)]
    result = score(predictions, gold)
    assert counts(result) == (1, 1, 0) and result["papers"] == 2
    assert [e["paper_title"] for e in result["extras"]] == ["Empty"]


@pytest.mark.parametrize("gold_unit, got_unit, agree", [
    ("%", "pp", 1), ("pp", "%", 1), ("ms", "s", 1), ("years", "d", 1), ("x", "%", 0),
    ("GB", "MB", 1), ("parameters", "tokens", 1), ("W", "kWh", 1), ("FPS", "fps", 1),
    ("AP", "ap", 1), ("AP", "mAP", 0), ("FPS", "s", 0), ("x", None, 0), ("bits", "B", 0),
    ("\u03bcs", "\u00b5s", 1), ("\u03bcs", "ms", 1), ("\u00b5m", "\u03bcm", 1),
    ("tasks", "samples", 1), ("video pairs", "samples", 1), ("tool calls", "tasks", 1),
    ("tasks", "%", 0), ("points", "samples", 0), ("hours", "samples", 0), ("AP", "tasks", 0),
    ("Tasks", "tasks", 1), ("hours", "h", 1), ("GPU hours", "h", 1), ("seconds", "s", 1),
    ("milliseconds", "tokens", 0), ("kbps", "tokens", 0), ("TFLOPs", "samples", 0),
])
def test_units_agree_by_family(gold_unit, got_unit, agree):
    result = score([claim(1, unit=got_unit)], [claim(1, unit=gold_unit)])
    assert result["fields"]["unit"] == {"agree": agree, "total": 1, "share": float(agree)}


def test_null_gold_field_is_not_scored_and_case_space_insensitive():
    result = score([claim(1, metric="Top-1 Accuracy", dataset="COCO", hardware="nvidia a100")],
                   [claim(1, metric="top-1  accuracy", hardware="NVIDIA A100")])
    assert result["fields"]["metric"] == {"agree": 1, "total": 1, "share": 1.0}
    assert result["fields"]["hardware"] == {"agree": 1, "total": 1, "share": 1.0}
    assert result["fields"]["dataset"] == {"agree": 0, "total": 0, "share": None}


def test_disagreements_list_each_differing_field():
    result = score([claim(1, kind="score", bound="~", direction=math.nan)],
                   [claim(1, kind="change", bound="~", direction="up")])
    assert result["disagreements"][0]["diffs"] == {
        "kind": {"gold": "change", "got": "score"}, "direction": {"gold": "up", "got": None}}
    assert result["fields"]["bound"]["share"] == 1.0


def test_report_ends_with_the_three_line_summary():
    gold = [claim(1, kind="score"), claim(2), {**P, "paper_title": "Empty", "no_claims": True}]
    result = score([claim(1, kind="change"), claim(3)], gold)
    text = format_report(result)
    tail = text.splitlines()[-3:]
    assert tail[0] == "precision 0.500  recall 0.500  f1 0.500  (tp 1, fp 1, fn 1)"
    assert tail[1] == "fields: " + "  ".join(
        "kind 0.000" if f == "kind" else f"{f} -" for f in FIELDS)
    assert tail[2] == "papers scored: 2"
    assert text.splitlines()[0] == tail[0]
    assert "T: 'q0' = 2" in text and "kind gold='score' got='change'" in text
    assert "misses" not in format_report(result, show_errors=False)


def test_load_gold_reads_files_and_directories_in_order(tmp_path):
    (tmp_path / "b.jsonl").write_text('{"source": "s", "paper_title": "B", "no_claims": true}\n')
    (tmp_path / "a.jsonl").write_text(
        '{"source": "s", "paper_title": "A", "value": 1.5, "value_max": null}\n\n')
    (tmp_path / "notes.txt").write_text("not gold")
    assert [g["paper_title"] for g in load_gold([tmp_path])] == ["A", "B"]
    assert [g["paper_title"] for g in load_gold([tmp_path / "b.jsonl", tmp_path])] == [
        "B", "A", "B"]


@pytest.mark.parametrize("text, message", [
    ('{"source": "a", "paper_title": "b", "no_claims": true}\n{oops\n',
     r"g\.jsonl:2: invalid JSON"),
    ('\n[1, 2]\n', r"g\.jsonl:2: needs string source and paper_title"),
    ('{"source": "a", "paper_title": "b", "value": "12"}\n', r"g\.jsonl:1: a claim line needs"),
    ('{"source": "a", "paper_title": "b", "value": 1, "value_max": true}\n', r"g\.jsonl:1: a claim"),
])
def test_load_gold_errors_name_file_and_line(tmp_path, text, message):
    (tmp_path / "g.jsonl").write_text(text)
    with pytest.raises(InputError, match=message):
        load_gold([tmp_path])


def test_load_gold_missing_path_or_empty_directory(tmp_path):
    with pytest.raises(InputError, match="missing: no such gold file"):
        load_gold([tmp_path / "missing"])
    with pytest.raises(InputError, match="no .jsonl in the directory"):
        load_gold([tmp_path])
