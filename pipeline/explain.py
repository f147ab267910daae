"""`claims explain`: trace the rules over one text, claims and dropped numbers alike."""

from __future__ import annotations

from .lexicon import load_lexicon
from .nlp import build_nlp
from .quantities import prior_work_span, scan_numbers

_FIELDS = ("value", "value_max", "unit", "kind", "bound", "direction", "metric", "dataset",
           "hardware")


def explain_text(text: str) -> str:
    """A readable trace: one line per claim (rule, quote, fields), then dropped numbers."""
    doc = build_nlp()(text)
    lines = []
    for claim in doc._.claims:
        fields = ", ".join(f"{k}={claim[k]!r}" for k in _FIELDS if claim[k] is not None)
        lines.append(f"claim  [{claim['rule']}] {text[claim['start']:claim['end']]!r} "
                     f"@{claim['start']}-{claim['end']}: {fields}")
    dropped: list[tuple[int, int, str]] = []
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        scan_numbers(doc._.view, s0, s1, load_lexicon(), doc._.names.blocked,
                     prior_work_span(doc._.view, s0, s1), dropped)
    claimed = [(c["start"], c["end"]) for c in doc._.claims]
    for start, end, reason in dropped:
        if not any(a <= start < b for a, b in claimed):
            lines.append(f"drop   {text[start:end]!r} @{start}: {reason}")
    return "\n".join(lines) or "no numbers found"
