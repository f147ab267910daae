"""Sentence boundaries for abstracts: not after `e.g.`, `vs.`, `Fig.`, `et al.`, nor in decimals."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?(?:[A-Z0-9]|[\u2022\u2190-\u21ff\u25a0-\u27bf"
                  r"\U0001d400-\U0001d7ff\U0001f300-\U0001faff]))")  # before a capital, a digit or
# a pictograph opening a bullet (`... 4 datasets. 📈 Gains: ...`); not `avg. +3.2%`, `approx. the`


def sentence_spans(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; ends exclude the whitespace between sentences."""
    spans, start = [], 0
    for match in _END.finditer(text):
        word = text[:match.start()].rsplit(None, 1)[-1] if text[:match.start()].strip() else ""
        word = word.lstrip("([\"'").lower()
        if word in abbreviations or (len(word) == 1 and word.isalpha()):
            continue
        end = match.end()
        spans.append((start, end))
        start = end + len(text[end:]) - len(text[end:].lstrip())
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans
