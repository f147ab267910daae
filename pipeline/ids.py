"""Stable identifiers: independent of position, snapshot, file path and whitespace.

paper_id is a hash of the normalized title. claim_id hashes the paper_id, the claim's
sentence with every number masked (so an edited number keeps its id), which occurrence of
that masked sentence it is in the abstract, and the claim's ordinal within the sentence.
"""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def normalize_title(title: str) -> str:
    """Casefolded title with whitespace collapsed: the key that identifies a paper."""
    return _SPACE.sub(" ", title).strip().casefold()


def paper_id(title: str) -> str:
    """Stable id of a paper from its normalized title."""
    return _digest("paper", normalize_title(title))


def sentence_key(sentence: str) -> str:
    """A sentence with whitespace collapsed and numbers masked: survives edits of a number."""
    return _NUMBER.sub("#", _SPACE.sub(" ", sentence).strip().casefold())


def claim_id(paper: str, sentence: str, occurrence: int, ordinal: int) -> str:
    """Stable id of the ordinal-th claim of the occurrence-th copy of a sentence in a paper."""
    return _digest("claim", paper, sentence_key(sentence), str(occurrence), str(ordinal))
