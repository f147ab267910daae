"""Score predicted claims against gold JSONL, exactly as the contract's Scoring section says.

Matching: same paper (source, title), value within 1e-6 relative, value_max likewise where
gold has one; each gold claim takes at most one prediction, in order of place in the abstract.
Field agreement is counted over matched pairs where gold is not null; units by family.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from .errors import InputError
from .lexicon import jsonl_lines

FIELDS = ("unit", "kind", "bound", "direction", "metric", "dataset", "hardware")
_SHOWN = ("source", "paper_title", "quote", "value", "value_max", "char_start") + FIELDS
# Family labels hold a space, so no normalized unit name (spaces removed) can equal one.
_FAMILIES = {
    "family x": ("x",), "family percent": ("%", "pp"),
    "family time": ("µs", "ms", "s", "min", "h", "d", "weeks", "years"),
    "family bytes": ("B", "KB", "MB", "GB", "TB"),
    "family counts": ("parameters", "tokens", "images", "samples", "GPUs", "steps", "languages",
                      "videos", "models", "FLOPs"),
    "family frame rate": ("FPS",), "family power": ("W", "mW", "kW", "J", "mJ", "kWh"),
}
_MICRO, _MU = "\u00b5", "\u03bc"  # `µs` (micro sign) and `μs` (Greek mu) are one unit
_FAMILY_OF = {unit.replace(_MICRO, _MU).lower(): family
              for family, units in _FAMILIES.items() for unit in units}
# Any other plural noun is a count too (`tasks`, `video pairs`, `tool calls`): the contract's
# family is counts, not the list above. Plural units of measure are not: spelled out, they
# join their family (`hours` is time), or stay themselves (`points`, `bits`, `kbps`).
_COUNT_NOUN = re.compile(r"[a-z][a-z&'-]*(?: [a-z][a-z&'-]*)*s")
_MEASURES = {**{word: "family time" for word in (
    "microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "months", "gpu hours",
    "gpu-hours", "gpu days", "gpu-days")}, "bytes": "family bytes", "watts": "family power",
    "joules": "family power", **{word: word for word in (
        "points", "pts", "bits", "degrees", "meters", "dollars", "cents", "radians", "kbps", "mbps",
        "gbps", "flops", "gflops", "tflops", "pflops")}}


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _gold_lines(path: Path) -> list[dict]:
    """One gold file's objects; a claim line needs a numeric value (and value_max or null)."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read gold file ({exc})") from exc
    rows = []
    for number, row in jsonl_lines(path, text, InputError):
        if not isinstance(row, dict) or not all(
                isinstance(row.get(k), str) for k in ("source", "paper_title")):
            raise InputError(str(path), "needs string source and paper_title", number)
        if not row.get("no_claims") and not (_is_number(row.get("value")) and (
                row.get("value_max") is None or _is_number(row["value_max"]))):
            raise InputError(str(path), "a claim line needs a numeric value", number)
        rows.append(row)
    return rows


def load_gold(paths: list[str | Path]) -> list[dict]:
    """Gold lines from .jsonl files and directories of them (their *.jsonl, sorted)."""
    rows = []
    for path in map(Path, paths):
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if not path.exists() or not files:
            raise InputError(str(path), "no such gold file, or no .jsonl in the directory")
        rows += [row for file in files for row in _gold_lines(file)]
    return rows


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _same_number(a, b) -> bool:
    return not _missing(a) and not _missing(b) and math.isclose(a, b, rel_tol=1e-6,
                                                                abs_tol=1e-12)


def _normal(field: str, value) -> str | None:
    """Case- and space-insensitive form; a unit becomes its family where it has one (any other
    plural noun is a count)."""
    if _missing(value):
        return None
    text = re.sub(r"\s+", "", str(value)).replace(_MICRO, _MU).lower()  # the micro sign is a mu
    if field != "unit":
        return text
    words = " ".join(str(value).split()).lower()
    if words in _MEASURES:
        return _MEASURES[words]
    if text not in _FAMILY_OF and _COUNT_NOUN.fullmatch(words):
        return "family counts"
    return _FAMILY_OF.get(text, text)


def _fits(gold: dict, predicted: dict) -> bool:
    return _same_number(predicted["value"], gold["value"]) and (
        _missing(gold.get("value_max")) or _same_number(predicted.get("value_max"),
                                                        gold["value_max"]))


def _match(gold: list[dict], predicted: list[dict]) -> tuple[list, list, list]:
    """(pairs, missed gold, extra predictions) of one paper; both lists in abstract order.
    Ranged gold claims pick first: their candidates are a subset of the unranged ones' with
    the same value, so this pairs as many as possible; ties go in order."""
    used, pairs, misses = set(), [], []
    for g in sorted(gold, key=lambda g: _missing(g.get("value_max"))):
        hit = next((i for i, p in enumerate(predicted) if i not in used and _fits(g, p)), None)
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            pairs.append((g, predicted[hit]))
    rank = {id(g): n for n, g in enumerate(gold)}
    pairs.sort(key=lambda pair: rank[id(pair[0])])
    misses.sort(key=lambda g: rank[id(g)])
    return pairs, misses, [p for i, p in enumerate(predicted) if i not in used]


def _shown(row: dict) -> dict:
    """The fields a report needs, nulls as None (pandas rows carry NaN)."""
    return {k: None if _missing(row.get(k)) else row.get(k) for k in _SHOWN}


def _fields(pairs: list) -> tuple[dict, list]:
    """Per-field agreement over matched pairs, and the pairs that disagree somewhere."""
    fields = {}
    for field in FIELDS:
        scored = [(g, p) for g, p in pairs if _normal(field, g.get(field)) is not None]
        agree = sum(_normal(field, g[field]) == _normal(field, p.get(field)) for g, p in scored)
        fields[field] = {"agree": agree, "total": len(scored),
                         "share": agree / len(scored) if scored else None}
    disagreements = []
    for g, p in pairs:
        diffs = {f: {"gold": g[f], "got": _shown(p)[f]} for f in FIELDS
                 if _normal(f, g.get(f)) is not None and _normal(f, g[f]) != _normal(f, p.get(f))}
        if diffs:
            disagreements.append({**_shown(g), "diffs": diffs})
    return fields, disagreements


def score(predictions: list[dict], gold: list[dict]) -> dict:
    """Precision, recall, F1, counts, per-field agreement, misses, extras and disagreements."""
    papers: dict = {}
    for g in gold:
        papers.setdefault((g["source"], g["paper_title"]), ([], []))
        if not g.get("no_claims"):
            papers[(g["source"], g["paper_title"])][0].append(g)
    for p in predictions:
        if (p["source"], p["paper_title"]) in papers:
            papers[(p["source"], p["paper_title"])][1].append(p)
    pairs, misses, extras = [], [], []
    for claims, found in papers.values():
        got = _match(claims, sorted(found, key=lambda p: p.get("char_start") or 0))
        pairs, misses, extras = pairs + got[0], misses + got[1], extras + got[2]
    tp, fp, fn = len(pairs), len(extras), len(misses)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields, disagreements = _fields(pairs)
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            "papers": len(papers), "fields": fields, "misses": [_shown(g) for g in misses],
            "extras": [_shown(p) for p in extras], "disagreements": disagreements}


def _summary(result: dict) -> list[str]:
    """The three closing lines: scores and counts, field shares, papers scored."""
    shares = "  ".join(f"{k} {v['share']:.3f}" if v["share"] is not None else f"{k} -"
                       for k, v in result["fields"].items())
    return [f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
            f"f1 {result['f1']:.3f}  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})",
            f"fields: {shares}", f"papers scored: {result['papers']}"]


def _claim(row: dict) -> str:
    title = row["paper_title"] if len(row["paper_title"]) <= 48 else row["paper_title"][:45] + "..."
    return f"{title}: {row['quote']!r} = {row['value']:g}"


def format_report(result: dict, show_errors: bool = True) -> str:
    """Readable report; its last three lines are the summary (a hook shows `tail -n 3`)."""
    lines = [_summary(result)[0], "", f"{'field':<10} {'agree':>6} {'total':>6} {'share':>6}"]
    for name, v in result["fields"].items():
        share = f"{v['share']:.3f}" if v["share"] is not None else "-"
        lines.append(f"{name:<10} {v['agree']:>6} {v['total']:>6} {share:>6}")
    if show_errors:
        for title, rows in (("misses", result["misses"]), ("extras", result["extras"])):
            lines += ["", f"{title} ({len(rows)}):"] + [f"  {_claim(r)}" for r in rows]
        lines += ["", f"disagreements ({len(result['disagreements'])}):"]
        lines += [f"  {_claim(d)}  " + ", ".join(f"{k} gold={c['gold']!r} got={c['got']!r}"
                                                for k, c in d["diffs"].items())
                  for d in result["disagreements"]]
    return "\n".join(lines + [""] + _summary(result))
