"""Results tables flattened into an abstract: a header (`Method MMMU MMStar ... Avg.` or
`Benchmark Qwen3-4B CHIMERA-4B-SFT CHIMERA-4B-RL`), then rows of a label and one cell per
column (`DoGe-3B (Iter1) 46.6 54.5 ...`, `AIME 2024 81.6 86.5 86.9`). Every cell is a score of
its row and column (a signed cell a change: `Max Gain (vs. Base) +9.2 +5.4 ...`), on the
benchmark its column or row names, baselines included (the contract keeps a baseline figure
of the paper's own comparison).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .mentions import Mention

# the word opening the header says which axis holds the benchmarks
_COLUMNS_ARE_BENCHMARKS = frozenset({"method", "methods", "model", "models", "system", "systems",
                                     "approach", "approaches"})  # not `Baseline`: a column too
_ROWS_ARE_BENCHMARKS = frozenset({"benchmark", "benchmarks", "dataset", "datasets", "task", "tasks"})
_ROWS_ARE_METRICS = frozenset({"metric", "metrics"})
_OPENERS = _COLUMNS_ARE_BENCHMARKS | _ROWS_ARE_BENCHMARKS | _ROWS_ARE_METRICS
_NOT_A_BENCHMARK = frozenset({"avg", "avg.", "average", "overall", "mean", "total"})
_TOKEN = re.compile(r"\S+")
_CELL = re.compile(r"[^\w\s+\-−.]*([-+−]?(?:\d+\.\d+|\d+)%?)$|-$")  # `🥇57.9`, `+9.2`, `-`
_MAX_LABEL = 6  # words a row label may hold (`Qwen2.5VL-3B* (Base)`, `HMMT Feb 2025`)
_MIN_ROWS = 2
_MIN_CELLS = 6  # `Metric Ours Baseline` tables have two columns, so three rows at least


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    cell: re.Match | None


def _tokens(view: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(), _CELL.match(m.group()))
            for m in _TOKEN.finditer(view)]


def _rows(tokens: list[_Token], at: int, width: int) -> list[tuple[list[_Token], list[_Token]]]:
    """Rows (label tokens, `width` cells) from token `at` on, while each row parses: a short
    label, then a run of cells whose last `width` are the row's (a longer run's first numbers,
    whole ones such as the year in `AIME 2024`, belong to the label)."""
    rows, i = [], at
    while i < len(tokens):
        label = []
        while i < len(tokens) and not tokens[i].cell and len(label) <= _MAX_LABEL:
            label.append(tokens[i])
            i += 1
        run = []
        while i < len(tokens) and tokens[i].cell:
            run.append(tokens[i])
            i += 1
        extra = run[:-width] if len(run) >= width else run
        if not label or len(label) > _MAX_LABEL or len(run) < width or \
                any("." in t.text or t.text == "-" for t in extra):
            break
        rows.append((label + extra, run[-width:]))
    return rows


def _benchmark(name: str) -> str | None:
    return None if name.lower().rstrip(":") in _NOT_A_BENCHMARK else name


# a table needs an opener word and two numeric cells in a row: most abstracts skip the scan
_OPENER = re.compile(r"(?<!\S)(?:" + "|".join(sorted(_OPENERS)) + r")(?!\S)", re.IGNORECASE)
_CELL_RUN = re.compile(r"(?<=\s)[^\w\s]*[-+−]?\d+(?:\.\d+)?%?\s+[^\w\s]*[-+−]?\d+\.\d")


def table_cells(view: str) -> list[Mention]:
    """The cells of every results table in `view` (offsets into it), as mentions."""
    if not (_OPENER.search(view) and _CELL_RUN.search(view)):
        return []
    tokens, out, i = _tokens(view), [], 0
    while i < len(tokens):
        opener = tokens[i].text.lower()
        if opener not in _OPENERS:
            i += 1
            continue
        header, j = [], i + 1
        while j < len(tokens) and not tokens[j].cell:
            header.append(tokens[j])
            j += 1
        if any(t.text.lower() in _OPENERS for t in header):
            i += 1
            continue  # `Models Performance Method MMMU ...`: the nearest opener heads the table
        for width in range(min(len(header) - 1, 12), 1, -1):
            rows = _rows(tokens, i + 1 + width, width)
            decimals = sum("." in c.text for _, cells in rows for c in cells)
            if len(rows) >= _MIN_ROWS and len(rows) * width >= _MIN_CELLS and \
                    decimals >= len(rows):
                columns = [t.text for t in header[:width]]
                out += _cells(view, rows, columns, opener)
                i = tokens.index(rows[-1][1][-1])
                break
        i += 1
    return out


def _cells(view: str, rows, columns: list[str], opener: str) -> list[Mention]:
    """Mentions of a table's cells; its `opener` word says whether the rows or the columns
    name the benchmarks (or the rows the metrics: `Metric Ours Baseline`)."""
    out = []
    for label, cells in rows:
        row_name = view[label[0].start:label[-1].end]
        metric = row_name if opener in _ROWS_ARE_METRICS else None
        for column, cell in zip(columns, cells):
            if not cell.cell.group(1):
                continue  # `-`: no result in this cell
            number = cell.cell.group(1)
            start = cell.start + cell.cell.start(1)
            sign = number[0] if number[0] in "+-−" else None
            digits = number.lstrip("+-−").rstrip("%")
            dataset = _benchmark(row_name) if opener in _ROWS_ARE_BENCHMARKS else \
                None if metric else _benchmark(column)
            out.append(Mention(start + (1 if sign else 0), cell.end, float(digits), None,
                               "%" if number.endswith("%") else metric, "metric",
                               "change" if sign else "score", metric, "table_cell",
                               {"−": "-"}.get(sign, sign), dataset=dataset))
    return out
