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

from .lexicon import Lexicon
from .mentions import Mention, metric_name

# the word opening the header says which axis holds the benchmarks
_COLUMNS_ARE_BENCHMARKS = frozenset({"method", "methods", "model", "models", "system", "systems",
                                     "approach", "approaches"})  # not `Baseline`: a column too
_ROWS_ARE_BENCHMARKS = frozenset({"benchmark", "benchmarks", "dataset", "datasets", "task", "tasks"})
_ROWS_ARE_METRICS = frozenset({"metric", "metrics"})
_OPENERS = _COLUMNS_ARE_BENCHMARKS | _ROWS_ARE_BENCHMARKS | _ROWS_ARE_METRICS
_NOT_A_BENCHMARK = frozenset({"avg", "avg.", "average", "overall", "mean", "total"})
_TOKEN = re.compile(r"\S+")
_CELL = re.compile(r"[^\w\s+\-−.]*([-+−]?(?:\d+\.\d+|\d+)(?:\u2060*%)?)\u2060*$|-$")  # `🥇57.9`,
# `+9.2`, `-`, `$43.6$` and `43.6\%` as the residue view shows them
_MAX_LABEL = 6  # words a row label may hold (`Qwen2.5VL-3B* (Base)`, `HMMT Feb 2025`)
_MEASURED_COLUMNS = frozenset({"steps", "params", "parameters", "size", "latency", "speed",
                               "throughput", "memory", "time", "flops", "macs", "fps"})
_NAME_LIKE = re.compile(r"[A-Z0-9]")  # a column is named (`MMMU`, `Qwen3-4B`, `Avg.`), not `sizes`
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


def _unit_like(name: str) -> bool:
    """`Latency(ms)`, `Steps`, `Params`: a column that measures, not a benchmark."""
    return "(" in name or name.lower().rstrip(":") in _MEASURED_COLUMNS


def _benchmark(name: str) -> str | None:
    return None if name.lower().rstrip(":") in _NOT_A_BENCHMARK else name


# a table needs an opener word and two numeric cells in a row: most abstracts skip the scan
_OPENER = re.compile(r"(?<!\S)(?:" + "|".join(sorted(_OPENERS)) + r")(?!\S)", re.IGNORECASE)
_CELL_RUN = re.compile(r"(?<=\s)[^\w\s]*[-+−]?\d+(?:\.\d+)?(?:\u2060*%)?\u2060*\s+[^\w\s]*[-+−]?\d+\.\d")


def table_cells(view: str, lex: Lexicon) -> list[Mention]:
    """The cells of every results table in `view` (offsets into it), as mentions."""
    if not (_OPENER.search(view) and _CELL_RUN.search(view)):
        return []
    tokens, out, i = _tokens(view), [], 0
    while i < len(tokens):
        opener = tokens[i].text.lower()
        if opener not in _OPENERS or not tokens[i].text[0].isupper():
            i += 1
            continue  # `Method`, `Benchmark` head a table; `the model was trained` does not
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
                    decimals >= len(rows) and all(_NAME_LIKE.search(t.text) for t in header[:width]):
                columns = [t.text for t in header[:width]]
                out += _cells(view, rows, columns, opener, lex)
                i += width + sum(len(label) + len(cells) for label, cells in rows)  # last cell
                break
        i += 1
    return out


def _cells(view: str, rows, columns: list[str], opener: str, lex: Lexicon) -> list[Mention]:
    """Mentions of a table's cells; its `opener` word says whether the rows or the columns
    name the benchmarks (or the rows the metrics: `Metric Ours Baseline`); a column named by a
    known metric (`Method PSNR SSIM`, `Model Params FLOPs Top-1`) holds that metric."""
    out = []
    for label, cells in rows:
        row_name = view[label[0].start:label[-1].end]
        for column, cell in zip(columns, cells):
            metric = row_name if opener in _ROWS_ARE_METRICS else \
                metric_name(lex, column.rstrip(":")) if opener in _COLUMNS_ARE_BENCHMARKS else None
            if (metric and lex.metric_families.get(metric)) or (
                    opener in _COLUMNS_ARE_BENCHMARKS and _unit_like(column)):
                continue  # a cost or size column (`Params`, `Latency(ms)`): no score to read
            if not cell.cell.group(1):
                continue  # `-`: no result in this cell
            number = cell.cell.group(1)
            start = cell.start + cell.cell.start(1)
            sign = number[0] if number[0] in "+-−" else None
            digits = number.lstrip("+-−").rstrip("%\u2060")
            dataset = _benchmark(row_name) if opener in _ROWS_ARE_BENCHMARKS else \
                None if metric else _benchmark(column)
            out.append(Mention(start + (1 if sign else 0), cell.start + cell.cell.end(1), float(digits), None,
                               "%" if number.endswith("%") else metric, "metric",
                               "change" if sign else "score", metric, "table_cell",
                               {"−": "-"}.get(sign, sign), dataset=dataset, level=True))
    return out
