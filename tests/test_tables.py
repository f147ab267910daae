"""Results tables flattened into abstracts (pipeline/tables.py), from real abstracts and
generated tables."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lexicon import load_lexicon
from pipeline.mentions import metric_name
from pipeline.tables import _MEASURED_COLUMNS, table_cells

LEX = load_lexicon()

# digest 029, CHIMERA: the rows name the benchmarks, a year stays in its row's label
CHIMERA = ("We train Qwen3-4B-Thinking-2507 on CHIMERA through SFT followed by RL, yielding "
           "consistent gains across all major reasoning benchmarks: Benchmark "
           "Qwen3-4B-Thinking-2507 CHIMERA-4B-SFT CHIMERA-4B-RL GPQA-Diamond 65.8 68.8 70.1 AIME "
           "2024 81.6 86.5 86.9 HMMT Feb 2025 59.2 63.1 65.7 HLE 7.3 9.0 9.0 Models: "
           "CHIMERA-4B-SFT | CHIMERA-4B-RL")
# digest 025, Decouple to Generalize: the columns name the benchmarks, `-` is an empty cell,
# medals are glued to the best cells and the last row holds signed gains
DECOUPLE = ("3B-level Models Performance Method MMMU MMStar HallBench Avg. InternVL2.5-2B 43.6 "
            "53.7 - - Qwen2.5VL-3B* (Base) 41.0 49.3 60.6 43.2 DoGe-3B (Iter1) 46.6 🥇54.5 61.5 "
            "48.0 ⬆️ Max Gain (vs. Base) +9.2 +5.4 +1.9 +5.7 Key Takeaways")


def _read(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(text[m.start:m.end], m.value, m.kind, m.sign, m.dataset) for m in table_cells(text, LEX)]


def test_rows_naming_benchmarks_keep_their_years():
    cells = _read(CHIMERA)
    assert len(cells) == 12
    assert cells[0] == ("65.8", 65.8, "score", None, "GPQA-Diamond")
    assert {c[4] for c in cells} == {"GPQA-Diamond", "AIME 2024", "HMMT Feb 2025", "HLE"}


def test_columns_naming_benchmarks_with_gaps_medals_and_gains():
    cells = _read(DECOUPLE)
    assert [c[0] for c in cells[:2]] == ["43.6", "53.7"]  # `- -` holds no result
    assert ("54.5", 54.5, "score", None, "MMStar") in cells  # `🥇54.5`
    assert ("43.2", 43.2, "score", None, None) in cells  # `Avg.` is no benchmark
    assert cells[-4:] == [("9.2", 9.2, "change", "+", "MMMU"), ("5.4", 5.4, "change", "+", "MMStar"),
                          ("1.9", 1.9, "change", "+", "HallBench"), ("5.7", 5.7, "change", "+", None)]


def test_rows_naming_metrics():
    text = "Metric Ours Baseline PSNR 32.1 30.5 SSIM 0.91 0.88 LPIPS 0.11 0.15 Code is released."
    found = table_cells(text, LEX)
    assert [(m.value, m.metric) for m in found][:3] == [(32.1, "PSNR"), (30.5, "PSNR"), (0.91, "SSIM")]


def test_metric_columns_hold_their_metric_and_cost_columns_no_score():
    text = "Method Latency(ms) mAP YOLOv8-S 2.3 44.9 RT-DETR 4.6 46.5 Ours-S 1.9 46.2 Code is out."
    assert [(m.value, m.metric, m.dataset) for m in table_cells(text, LEX)] == [
        (44.9, "mAP", None), (46.5, "mAP", None), (46.2, "mAP", None)]


def test_latex_residue_cells_quote_only_the_number():
    text = "Method MMMU MMStar Avg. A-1 $43.6$ $53.7$ $48.0$ B-2 45.1\\% 55.2\\% 50.0\\% end."
    from pipeline.latex import residue_view
    cells = table_cells(residue_view(text), LEX)
    assert [text[m.start:m.end] for m in cells] == ["43.6", "53.7", "48.0", "45.1\\%", "55.2\\%",
                                                     "50.0\\%"]


def test_prose_with_numbers_is_no_table():
    for text in ("The method achieves 45.2 on MMLU, 50.1 on GSM8K and 33.3 on MATH.",
                 "In 2023 2024 2025 the counts were 1 2 3 and 4 5 6 across tasks.",
                 "Our model reaches 12.5 13.1 and 14.2 in three runs.",
                 "Benchmark results show 45.2% accuracy.",
                 "The model was trained with learning rates 0.1 0.01 0.001 and batch sizes 32 64 "
                 "128 for all runs.", "Model sizes 0.5B 1.5B 7B Qwen 0.5 1.5 7 Llama 1.0 3.0 8.0"):
        assert table_cells(text, LEX) == []


_RESERVED = {"method", "methods", "model", "models", "system", "systems", "approach", "approaches",
             "benchmark", "benchmarks", "dataset", "datasets", "task", "tasks", "metric", "metrics",
             "avg", "average", "overall", "mean", "total"}  # header words with their own meaning
_NAME = st.from_regex(r"[A-Z][A-Za-z]{2,8}(-[A-Z0-9][A-Za-z0-9]{0,4})?", fullmatch=True).filter(
    lambda name: name.lower() not in _RESERVED | _MEASURED_COLUMNS and not metric_name(LEX, name))
_VALUE = st.decimals(min_value=0, max_value=999, places=1, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(columns=st.lists(_NAME, min_size=3, max_size=6, unique=True),
       rows=st.lists(st.tuples(_NAME, st.lists(_VALUE, min_size=6, max_size=6)), min_size=2,
                     max_size=5))
def test_every_cell_of_a_generated_table_is_read_at_its_offsets(columns, rows):
    body = " ".join(f"{label} " + " ".join(str(v) for v in values[:len(columns)])
                    for label, values in rows)
    text = f"We report the results. Method {' '.join(columns)} {body} Code is released."
    cells = table_cells(text, LEX)
    assert len(cells) == len(rows) * len(columns)
    for m, value in zip(cells, [v for _, values in rows for v in values[:len(columns)]]):
        assert text[m.start:m.end] == str(value) and m.value == float(value)
    assert [m.dataset for m in cells[:len(columns)]] == columns
