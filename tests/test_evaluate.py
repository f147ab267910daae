"""Scoring per the contract: matching by value, order pairing, unit families, null fields."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.evaluate import load_gold, score

P = {"source": "d.txt", "paper_title": "T"}


def claim(value, char_start=0, value_max=None, **fields):
    base = {"unit": None, "kind": None, "bound": None, "direction": None, "metric": None,
            "dataset": None, "hardware": None, "quote": str(value)}
    return {**P, **base, "value": value, "value_max": value_max, "char_start": char_start,
            **fields}


@pytest.mark.parametrize("gold, predicted, counts", [
    ([claim(53.2)], [claim(53.2000001)], (1, 0, 0)),
    ([claim(53.2)], [claim(53.3)], (0, 1, 1)),
    ([claim(2, value_max=3)], [claim(2)], (0, 1, 1)),
    ([claim(2)], [claim(2, value_max=3)], (1, 0, 0)),
    ([claim(5), claim(5)], [claim(5, 10), claim(5, 20), claim(5, 30)], (2, 1, 0)),
], ids=["tolerance", "wrong-value", "range-needed", "range-not-needed", "duplicates"])
def test_matching(gold, predicted, counts):
    result = score(predicted, gold)
    assert (result["tp"], result["fp"], result["fn"]) == counts


def test_only_gold_papers_count_and_no_claims_papers_count_extras():
    gold = [{**P, "paper_title": "Empty", "no_claims": True}]
    predictions = [claim(1, paper_title="Empty"), claim(2, paper_title="Not annotated")]
    assert (score(predictions, gold)["fp"], score(predictions, gold)["papers"]) == (1, 1)


@pytest.mark.parametrize("gold_unit, got_unit, agree", [
    ("%", "pp", 1), ("ms", "s", 1), ("x", "%", 0), ("GB", "MB", 1), ("AP", "ap", 1),
    ("FPS", "s", 0)])
def test_units_agree_by_family(gold_unit, got_unit, agree):
    result = score([claim(1, unit=got_unit)], [claim(1, unit=gold_unit)])
    assert result["fields"]["unit"]["agree"] == agree


def test_null_gold_field_is_not_scored_and_case_space_insensitive():
    result = score([claim(1, metric="Top-1 Accuracy", dataset="COCO")],
                   [claim(1, metric="top-1  accuracy")])
    assert result["fields"]["metric"] == {"agree": 1, "total": 1, "share": 1.0}
    assert result["fields"]["dataset"]["total"] == 0


def test_load_gold_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"source": "a", "paper_title": "b", "no_claims": true}\n{oops\n')
    with pytest.raises(InputError, match=r"g.jsonl:2: invalid JSON"):
        load_gold([tmp_path])
    with pytest.raises(InputError, match="no such gold"):
        load_gold([tmp_path / "missing"])
