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
from .lexicon import read_jsonl

FIELDS = ("unit", "kind", "bound", "direction", "metric", "dataset", "hardware")
_FAMILIES = {
    "x": ("x",), "%": ("%", "pp"), "time": ("ms", "s", "min", "h", "d", "years"),
    "bytes": ("B", "KB", "MB", "GB", "TB"),
    "counts": ("parameters", "tokens", "images", "samples", "GPUs", "steps", "languages",
               "videos", "models", "FLOPs"),
    "frame rate": ("FPS",), "power and energy": ("W", "mW", "kW", "J", "mJ", "kWh"),
}
_FAMILY_OF = {unit: family for family, units in _FAMILIES.items() for unit in units}


def load_gold(paths: list[str | Path]) -> list[dict]:
    """Gold lines from .jsonl files and directories of them (sorted)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(path.glob("*.jsonl"))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(str(path), "no such gold file or directory")
    return [row for f in files for row in read_jsonl(
        f, f.read_text("utf-8"), ("source", "paper_title"))]


def _same_number(a, b) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _normal(field: str, value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if field == "unit":
        return _FAMILY_OF.get(value, re.sub(r"\s+", "", str(value)).lower())
    return re.sub(r"\s+", "", str(value)).lower()


def _match(gold: list[dict], predicted: list[dict]) -> tuple[list, list, list]:
    """(pairs, missed gold, extra predictions) for one paper."""
    used, pairs, misses = set(), [], []
    for g in gold:
        hit = next((i for i, p in enumerate(predicted) if i not in used
                    and _same_number(p["value"], g["value"])
                    and (g.get("value_max") is None or _same_number(p.get("value_max"),
                                                                     g["value_max"]))), None)
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            pairs.append((g, predicted[hit]))
    return pairs, misses, [p for i, p in enumerate(predicted) if i not in used]


def score(predictions: list[dict], gold: list[dict]) -> dict:
    """Precision, recall, F1, per-field agreement, misses, extras and disagreements."""
    papers = {(g["source"], g["paper_title"]) for g in gold}
    by_paper: dict = {key: [] for key in papers}
    for p in predictions:
        if (p["source"], p["paper_title"]) in by_paper:
            by_paper[(p["source"], p["paper_title"])].append(p)
    pairs, misses, extras = [], [], []
    for key in sorted(papers):
        claims = [g for g in gold if (g["source"], g["paper_title"]) == key
                  and not g.get("no_claims")]
        found = sorted(by_paper[key], key=lambda p: p.get("char_start", 0))
        got = _match(claims, found)
        pairs += got[0]
        misses += got[1]
        extras += got[2]
    tp, fp, fn = len(pairs), len(extras), len(misses)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields, disagreements = {}, []
    for field in FIELDS:
        scored = [(g, p) for g, p in pairs if _normal(field, g.get(field)) is not None]
        agree = sum(_normal(field, g[field]) == _normal(field, p.get(field)) for g, p in scored)
        fields[field] = {"agree": agree, "total": len(scored),
                         "share": agree / len(scored) if scored else 1.0}
    for g, p in pairs:
        diffs = {f: [g.get(f), p.get(f)] for f in FIELDS if _normal(f, g.get(f)) is not None
                 and _normal(f, g[f]) != _normal(f, p.get(f))}
        if diffs:
            disagreements.append({"paper_title": g["paper_title"], "quote": g["quote"],
                                  "diffs": diffs})
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            "papers": len(papers), "fields": fields, "misses": misses, "extras": extras,
            "disagreements": disagreements}


def _claim_line(tag: str, row: dict) -> str:
    return f"  {tag} {row['paper_title'][:50]!r}: {row.get('quote')!r} = {row.get('value')}"


def format_report(result: dict, show_errors: bool = True) -> str:
    """Readable report; its last three lines are the summary (a hook shows `tail -n 3`)."""
    lines = []
    if show_errors:
        lines += [_claim_line("miss ", g) for g in result["misses"]]
        lines += [_claim_line("extra", p) for p in result["extras"]]
        lines += [f"  diff  {d['paper_title'][:50]!r}: {d['quote']!r} " +
                  ", ".join(f"{k} gold={a!r} got={b!r}" for k, (a, b) in d["diffs"].items())
                  for d in result["disagreements"]]
    fields = "  ".join(f"{k} {v['share']:.3f} ({v['agree']}/{v['total']})"
                       for k, v in result["fields"].items())
    lines += [f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"f1 {result['f1']:.3f}  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})",
              f"fields: {fields}", f"papers scored: {result['papers']}"]
    return "\n".join(lines)
