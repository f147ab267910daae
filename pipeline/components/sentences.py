"""Component claimtrail_sentences: sentence starts that survive `e.g.`, `et al.` and decimals."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load_lexicon
from ..sentences import sentence_spans


class AbstractSentencizer:
    """Reads doc._.view; assigns token.is_sent_start for every token."""

    def __init__(self):
        self.abbreviations = load_lexicon().abbreviations

    def __call__(self, doc: Doc) -> Doc:
        starts = {start for start, _ in sentence_spans(doc._.view or doc.text, self.abbreviations)}
        flags = [1 if token.i == 0 or token.idx in starts else -1 for token in doc]
        doc.from_array([SENT_START], numpy.array(flags, dtype="int32").astype("uint64"))
        return doc


@Language.factory("claimtrail_sentences")
def make_sentences(nlp: Language, name: str) -> AbstractSentencizer:
    return AbstractSentencizer()
