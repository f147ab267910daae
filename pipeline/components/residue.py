"""Component claimtrail_residue: Doc._.view, the text with LaTeX residue made readable."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..latex import residue_view

Doc.set_extension("view", default=None, force=True)


class ResidueView:
    """Reads doc.text; assigns doc._.view (same length, same offsets)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.view = residue_view(doc.text)
        return doc


@Language.factory("claimtrail_residue")
def make_residue(nlp: Language, name: str) -> ResidueView:
    return ResidueView()
