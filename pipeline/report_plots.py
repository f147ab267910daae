"""The report's plots: matplotlib figures rendered to inline SVG markup.

Figures are built with the object API (`matplotlib.figure.Figure`), never pyplot, so nothing
selects a GUI backend or keeps global figure state. SVG text stays text (`svg.fonttype: none`,
small and searchable); each plot gets its own hash salt so the element ids of several inline
SVGs cannot collide, and no date is written, so the same data gives the same bytes.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pandas as pd
from markupsafe import Markup

WIDTH = 6.4
_IDS = re.compile(r'( id="|xlink:href="#|url\(#)')
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_RC = {"svg.fonttype": "none", "font.size": 9, "axes.spines.top": False,
       "axes.spines.right": False}


def _svg(fig, name: str) -> Markup:
    """The figure as an <svg> element: no XML prolog or metadata, every id (and reference to
    one) prefixed with the plot's name, since matplotlib numbers `figure_1`, `patch_1`, ...
    afresh in each file and a page holds several."""
    import matplotlib
    buffer = io.StringIO()
    with matplotlib.rc_context({**_RC, "svg.hashsalt": "claimtrail"}):  # default is random
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = _METADATA.sub("", buffer.getvalue())
    text = _IDS.sub(lambda m: f"{m.group(1)}{name}-", text[text.index("<svg"):])
    return Markup(text)  # matplotlib escapes the text it writes


def _figure(height: float):
    import matplotlib
    from matplotlib.figure import Figure
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(WIDTH, height))
        return fig, fig.add_subplot()


def _bars(counts: pd.Series, name: str, xlabel: str) -> Markup | None:
    """Horizontal bars, largest at the top, each labelled with its count."""
    if counts.empty:
        return None
    fig, ax = _figure(0.6 + 0.28 * len(counts))
    bars = ax.barh(counts.index[::-1].astype(str), counts.values[::-1], color="#4878a8")
    ax.bar_label(bars, padding=2)
    ax.set_xlabel(xlabel)
    ax.margins(x=0.1)
    return _svg(fig, name)


def _speedups(claims: pd.DataFrame) -> Markup | None:
    """Histogram of speedup ratios (unit `x`) on log-spaced bins and a log axis."""
    ratios = claims.loc[(claims.metric == "speedup") & (claims.unit == "x"), "value"]
    ratios = ratios[ratios > 0]
    if ratios.empty:
        return None
    fig, ax = _figure(2.6)
    low, high = np.log10(ratios.min()), np.log10(ratios.max())
    ax.hist(ratios, bins=np.logspace(low, high if high > low else low + 1, 25),
            color="#4878a8", edgecolor="white")
    ax.set_xscale("log")
    ax.axvline(1, color="#999", linewidth=0.8, linestyle="--")
    ax.set_xlabel(f"speedup ratio (x, log scale); {len(ratios)} claims, "
                  f"median {ratios.median():g}x")
    ax.set_ylabel("claims")
    return _svg(fig, "speedups")


def _timeline(claims: pd.DataFrame, papers: pd.DataFrame, order: list[str],
              kinds: tuple[str, ...]) -> Markup | None:
    """Claims per snapshot stacked by kind, snapshots in digest-date order. Digest dates carry
    no year, so the axis is ordinal (one slot per snapshot), not a time scale."""
    if not order:
        return None
    dates = papers.groupby("snapshot")["digest_date"].first()
    table = claims.groupby(["snapshot", "kind"]).size().unstack(fill_value=0)
    table = table.reindex(index=order, columns=kinds, fill_value=0)
    labels = [f"{d if isinstance(d, str) else 'undated'}\n{s[:12]}"
              for s, d in zip(order, dates.reindex(order))]
    fig, ax = _figure(2.8)
    bottom = np.zeros(len(order))
    for kind in kinds:
        ax.bar(labels, table[kind].values, bottom=bottom, label=kind, width=0.6)
        bottom += table[kind].values
    for x, total in enumerate(bottom):
        ax.annotate(f"{int(total)}", (x, total), ha="center", va="bottom")
    ax.set_ylabel("claims")
    ax.set_xlabel("digest date (no year in the digests: ordered by month and day)")
    ax.legend(ncols=len(kinds), fontsize=7, loc="lower center", bbox_to_anchor=(0.5, 1.0),
              frameon=False)
    return _svg(fig, "timeline")


def plots(claims: pd.DataFrame, papers: pd.DataFrame, order: list[str],
          kinds: tuple[str, ...] = ("score", "ratio", "change", "efficiency", "scale")) -> dict:
    """Title -> SVG markup (None when there is nothing to plot), in display order."""
    return {
        "Claims by kind": _bars(claims.kind.value_counts(), "kind", "claims"),
        "Claims by metric (top 15)": _bars(claims.metric.value_counts().head(15), "metric",
                                           "claims"),
        "Hardware mentioned (top 10)": _bars(claims.hardware.value_counts().head(10),
                                             "hardware", "claims"),
        "Speedup ratios": _speedups(claims),
        "Claims per snapshot over digest dates": _timeline(claims, papers, order, kinds),
    }
