"""LaTeX residue in abstracts (`10times`, `25\\%`, `1.5sim3.0`, `\\textless2MB`) made readable.

`residue_view` returns a string of the same length as its input in which each residue is
replaced by its meaning padded with FILLER, so a regex match on the view has the same offsets
as the original characters it stands for.
"""

from __future__ import annotations

import re

FILLER = "\u2060"  # word joiner: not a word char, not whitespace
SPACE = r"[\s\u2060]"

_MEANING = (
    (re.compile(r"\\textless|textless(?=\s*\d)"), "<"),
    (re.compile(r"\\textgreater|textgreater(?=\s*\d)"), ">"),
    (re.compile(r"\\(?:leq|le)(?![A-Za-z])"), "≤"),
    (re.compile(r"\\(?:geq|ge)(?![A-Za-z])"), "≥"),
    (re.compile(r"\\approx|(?<![A-Za-z])approx(?=\}?\s*\d)"), "≈"),  # also `{approx}0.2`
    (re.compile(r"(?<=\d)\\?pm(?=\s*\d)"), "±"),
    (re.compile(r"(?<=\d)\\?sim(?=\s*\d)"), "–"),
    (re.compile(r"\\sim|(?<![A-Za-z])sim(?=\}?\s*\d)"), "~"),  # also `{sim}19%`
    (re.compile(r"\\times|(?<=\d)times(?=\d)"), "x"),
    (re.compile(r"\\(?:long)?[rR]ightarrow|\\to(?![A-Za-z])|"
                r"(?<=\d)(?:long)?[rR]ightarrow(?=\s*\d)"), "→"),  # `0.73rightarrow0.90`
    (re.compile(r"\\%"), "%"),
    (re.compile(r"(?<=\d)(?:\{deg\}|\^\{?\\circ\}?)"), "°"),  # `360{deg}`: a degree sign, so no
    # count reads the noun after it (`360° immersive experiences`)
    (re.compile(r"\\[,;!: ]|\\rm\b|\\mathrm|\\text(?:bf|rm|it)?\b|[${}]"), ""),
    # the same commands with the backslash lost in the capture: `textbf{750times faster}`
    (re.compile(r"(?<![A-Za-z])(?:textbf|textit|textrm|texttt|emph|mathrm|mathbf)(?=\{)"), ""),
)


def residue_view(text: str) -> str:
    """Same-length copy of `text` with LaTeX residue replaced by plain symbols and FILLER."""
    chars = list(text)
    for pattern, meaning in _MEANING:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(c == FILLER for c in chars[start:end]) or chars[start:end] != list(match.group()):
                continue  # already rewritten by an earlier residue
            pad = end - start - len(meaning)
            chars[start:end] = list(FILLER * pad + meaning)
    return "".join(chars)
