"""Reports on the dataset: the HTML audit report and a Markdown summary.

`render_html` builds one self-contained page (inline CSS, JS and SVG plots, no network): a
summary per snapshot, plots, a searchable and sortable table with one row per claim showing its
sentence with the quote marked, every abstract with its claims marked (so misses show), and the
latest diff when there are two or more snapshots. `summary_markdown` is the short summary the
flow publishes as a Prefect artifact. Both read only the Parquet dataset (and `rejected.jsonl`).

All text from the data reaches the page through Jinja2 autoescaping; plots are matplotlib
figures (object API, no pyplot, so no GUI backend and no global state) saved as SVG with text
kept as text. Output is byte-identical for the same dataset: no timestamps, fixed SVG ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .diff import diff_snapshots, previous_snapshots, snapshot_order
from .errors import InputError
from .lexicon import jsonl_lines
from .write import read_table

__all__ = ["build_context", "render_html", "summary_markdown"]

KINDS = ("score", "ratio", "change", "efficiency", "scale")
TEMPLATE = "report.html.j2"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Dataset:
    """The two tables of a dataset directory and the last run's rejected inputs."""

    claims: pd.DataFrame
    papers: pd.DataFrame
    rejected: list[dict]

    @classmethod
    def read(cls, data_dir: str | Path) -> "Dataset":
        path = Path(data_dir) / "rejected.jsonl"
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        return cls(read_table(data_dir, "claims"), read_table(data_dir, "papers"),
                   [row for _, row in jsonl_lines(path, text, InputError)])


def _text(value) -> str:
    """A table cell: '' for null/NaN, else the value as text."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _value(row) -> str:
    low = f"{row.value:g}"
    text = f"{low}–{row.value_max:g}" if pd.notna(row.value_max) else low
    return text if row.bound in ("=", None) or pd.isna(row.bound) else f"{row.bound} {text}"


def _paper_of_claims(claims: pd.DataFrame, papers: pd.DataFrame) -> pd.Series:
    """Index into `papers` of each claim's paper, -1 when none holds it. A digest can announce
    one title twice (same paper_id): the abstract whose span holds char_start decides."""
    spans = papers.reset_index(drop=True).assign(row=lambda f: f.index,
                                                 end=lambda f: f.abstract_start
                                                 + f.abstract.str.len())
    merged = claims.reset_index().merge(spans[["snapshot", "paper_id", "row", "abstract_start",
                                               "end"]], on=["snapshot", "paper_id"], how="left")
    inside = (merged.abstract_start <= merged.char_start) & (merged.char_end <= merged.end)
    found = merged[inside].drop_duplicates("index").set_index("index")["row"]
    return found.reindex(claims.index.rename("index"), fill_value=-1).astype(int)


def _mark(sentence: str, quote: str, start: int | None) -> tuple[str, str, str]:
    """(before, quote, after) of the sentence; `start` is the quote's offset in it if known."""
    if start is None or sentence[start:start + len(quote)] != quote:
        start = sentence.find(quote)
    if start < 0:
        return sentence, "", ""
    return sentence[:start], quote, sentence[start + len(quote):]


def _sentence_offset(abstract: str, sentence: str, at: int) -> int | None:
    """Offset in `sentence` of abstract position `at`, using the occurrence that holds it."""
    begin = abstract.find(sentence)
    while begin >= 0:
        if begin <= at < begin + len(sentence):
            return at - begin
        begin = abstract.find(sentence, begin + 1)
    return None


def _claim_rows(claims: pd.DataFrame, papers: pd.DataFrame, owner: pd.Series,
                when: dict[str, tuple[int, str]]) -> list[dict]:
    """One record per claim: its sentence cut around the quote, display fields, sort keys."""
    rows = []
    for n, row in enumerate(claims.itertuples()):
        paper = owner[row.Index]
        at = None
        if paper >= 0:
            abstract, begin = papers.abstract.iat[paper], papers.abstract_start.iat[paper]
            at = _sentence_offset(abstract, row.sentence, row.char_start - begin)
        before, quote, after = _mark(row.sentence, row.quote, at)
        rows.append({
            "id": f"c{n}", "paper": f"p{paper}" if paper >= 0 else None,
            "paper_title": row.paper_title, "snapshot": row.snapshot,
            "rank": when[row.snapshot][0], "when": when[row.snapshot][1], "before": before,
            "quote": quote, "after": after, "value": _value(row), "sort_value": row.value,
            **{k: _text(getattr(row, k)) for k in ("unit", "kind", "metric", "dataset",
                                                   "hardware", "rule", "bound")},
        })
    return rows


def _plain(text: str) -> list[dict]:
    """Text outside any claim, its numbers (candidate misses) cut out as their own parts."""
    parts, at = [], 0
    for match in _NUMBER.finditer(text):
        parts += [{"text": text[at:match.start()], "claim": None, "number": False}] \
            if match.start() > at else []
        parts.append({"text": match.group(), "claim": None, "number": True})
        at = match.end()
    return parts + ([{"text": text[at:], "claim": None, "number": False}] if at < len(text)
                    else [])


def _abstract_parts(abstract: str, begin: int, marks: list[tuple[int, int, dict]]) -> list[dict]:
    """The abstract cut into plain text, unmarked numbers and marked claims (a claim overlapping
    the one before it is marked from where that one ends)."""
    parts, at = [], 0
    for start, end, claim in sorted(marks, key=lambda m: m[:2]):
        start, end = max(start - begin, at), end - begin
        if end <= start:
            continue
        parts += _plain(abstract[at:start])
        parts.append({"text": abstract[start:end], "claim": claim, "number": False})
        at = end
    return parts + _plain(abstract[at:])


def _paper_rows(papers: pd.DataFrame, claims: pd.DataFrame, owner: pd.Series,
                rows: list[dict]) -> list[dict]:
    marks: dict[int, list] = {}
    for row, claim in zip(claims.itertuples(), rows):
        if owner[row.Index] >= 0:
            marks.setdefault(owner[row.Index], []).append((row.char_start, row.char_end, claim))
    return [{"id": f"p{i}", "snapshot": p.snapshot, "title": p.title,
             "claims": len(marks.get(i, [])),
             "parts": _abstract_parts(p.abstract, p.abstract_start, marks.get(i, []))}
            for i, p in enumerate(papers.itertuples())]


def _summary(data: Dataset, order: list[str]) -> list[dict]:
    dates = data.papers.groupby("snapshot")["digest_date"].first()
    papers = data.papers.groupby("snapshot").size()
    kinds = data.claims.groupby(["snapshot", "kind"]).size()
    return [{"snapshot": s, "date": _text(dates[s]), "papers": int(papers[s]),
             "claims": int((data.claims.snapshot == s).sum()),
             "kinds": {k: int(kinds.get((s, k), 0)) for k in KINDS}} for s in order]


def _latest_diff(data: Dataset, order: list[str]) -> dict | None:
    """The diff of the latest snapshot against the one before it by digest date."""
    pairs = previous_snapshots(data.papers, order[-1:])
    if not pairs:
        return None
    old, new = pairs[-1]
    return diff_snapshots(data.claims, data.papers, old, new)


def build_context(data_dir: str | Path) -> dict:
    """Everything the template shows, as plain records (the unit tests read this)."""
    from .report_plots import plots
    data = Dataset.read(data_dir)
    order = snapshot_order(data.papers)
    rank = {name: n for n, name in enumerate(order)}
    claims = data.claims.sort_values(["snapshot", "char_start", "claim_id"],
                                     key=lambda c: c.map(rank) if c.name == "snapshot" else c)
    papers = data.papers.sort_values(["snapshot", "position"],
                                     key=lambda c: c.map(rank) if c.name == "snapshot" else c)
    claims, papers = claims.reset_index(drop=True), papers.reset_index(drop=True)
    owner = _paper_of_claims(claims, papers)
    summary = _summary(data, order)
    when = {s["snapshot"]: (n, s["date"] or s["snapshot"][:12]) for n, s in enumerate(summary)}
    rows = _claim_rows(claims, papers, owner, when)
    return {
        "data_dir": str(data_dir), "kinds": KINDS, "totals": {
            "snapshots": len(order), "papers": len(papers), "claims": len(claims)},
        "snapshots": summary, "rejected": data.rejected,
        "plots": plots(claims, papers, order, KINDS), "claims": rows,
        "papers": _paper_rows(papers, claims, owner, rows),
        "diff": _latest_diff(data, order) if len(order) >= 2 else None,
        "versions": sorted(set(papers.pipeline_version.dropna())),
    }


def render_html(data_dir: str | Path) -> str:
    """The audit report of the dataset in `data_dir` as one self-contained HTML page."""
    import jinja2
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template(TEMPLATE).render(**build_context(data_dir))


def _counts(frame: pd.DataFrame, column: str, top: int = 10) -> str:
    counts = frame[column].dropna().value_counts().head(top)
    return "\n".join(f"| {name} | {n} |" for name, n in counts.items()) or "| (none) | 0 |"


def summary_markdown(data_dir: str | Path) -> str:
    """Per-snapshot counts, claims by kind, top metrics and hardware, largest speedups."""
    claims = read_table(data_dir, "claims", columns=[
        "snapshot", "paper_title", "quote", "value", "unit", "kind", "metric", "hardware"])
    papers = read_table(data_dir, "papers", columns=["snapshot", "digest_date", "paper_id"])
    per = papers.groupby("snapshot").agg(date=("digest_date", "first"), papers=("paper_id", "size"))
    per["claims"] = claims.groupby("snapshot").size().reindex(per.index, fill_value=0)
    lines = ["# claimtrail report", "", f"{len(papers)} papers, {len(claims)} claims.", "",
             "| snapshot | date | papers | claims |", "|---|---|---|---|"]
    lines += [f"| {s} | {r.date if isinstance(r.date, str) else ''} | {r.papers} | {r.claims} |"
              for s, r in per.iterrows()]
    for title, column in (("Claims by kind", "kind"), ("Top metrics", "metric"),
                          ("Top hardware", "hardware")):
        lines += ["", f"## {title}", "", f"| {column} | claims |", "|---|---|",
                  _counts(claims, column)]
    speedups = claims[(claims["unit"] == "x") & (claims["metric"] == "speedup")]
    lines += ["", "## Largest speedups", "", "| paper | quote | value |", "|---|---|---|"]
    lines += [f"| {r.paper_title[:70]} | {r.quote} | {r.value:g} |"
              for r in speedups.nlargest(10, "value").itertuples()]
    return "\n".join(lines) + "\n"
