"""A human-readable summary of the dataset (Markdown), written at the end of `make run`."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .write import read_table


def _counts(frame: pd.DataFrame, column: str, top: int = 10) -> str:
    counts = frame[column].dropna().value_counts().head(top)
    return "\n".join(f"| {name} | {n} |" for name, n in counts.items()) or "| (none) | 0 |"


def summary_markdown(data_dir: str | Path) -> str:
    """Per-snapshot counts, claims by kind, top metrics and hardware, largest speedups."""
    claims, papers = read_table(data_dir, "claims"), read_table(data_dir, "papers")
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
