"""Build the spaCy pipeline: blank English (or an installed model) plus claimtrail's rules."""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the claimtrail_* factories)

PIPES = ("claimtrail_residue", "claimtrail_sentences", "claimtrail_quantities",
         "claimtrail_claims")


def build_nlp(model: str | None = None) -> Language:
    """`spacy.blank("en")` (or `model`, when installed) with the claimtrail components.

    The rule components set sentences themselves, so a model's parser is disabled.
    """
    nlp = spacy.load(model, exclude=["parser", "senter"]) if model else spacy.blank("en")
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp
