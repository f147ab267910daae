"""Component claimtrail_quantities: number + unit mentions of each sentence."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load_lexicon
from ..link import find_names
from ..mentions import Mention
from ..number_words import scan_words
from ..quantities import prior_work_span, scan_numbers
from ..tables import table_cells

Doc.set_extension("mentions", default=None, force=True)
Doc.set_extension("names", default=None, force=True)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions nested in a longer one (`80GB` inside `one 80GB A100`)."""
    keep = [m for m in mentions if not any(
        o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) >
        (m.end - m.start) for o in mentions)]
    return sorted(keep, key=lambda m: m.start)


class QuantityFinder:
    """Reads doc._.view and sentences; assigns doc._.names (dataset and hardware mentions;
    none of the devices that only other work uses), doc._.mentions [(sent_start, sent_end,
    Mention)] and doc.spans["quantities"]."""

    def __init__(self):
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        view, found, priors = doc._.view or doc.text, [], []
        names = find_names(view, self.lexicon, doc.text)
        cells = table_cells(view, self.lexicon)
        for sent in doc.sents:
            s0, s1 = sent.start_char, sent.end_char
            prior = prior_work_span(view, s0, s1)  # once for digits and number words
            mentions = scan_numbers(view, s0, s1, self.lexicon, names.blocked, prior)
            mentions += scan_words(view, s0, s1, self.lexicon, mentions, prior)
            mentions = [m for m in mentions if not any(c.start < m.end and m.start < c.end
                                                       for c in cells)]
            mentions += [c for c in cells if s0 <= c.start < s1]
            found += [(s0, s1, m) for m in _outermost(mentions)]
            priors.append(prior)
        # `than existing methods that require 8 A100 GPUs, FastX needs a single GPU`: the
        # compared method's device is not this work's hardware
        doc._.names = replace(names, hardware=[h for h in names.hardware if not any(
            a <= h[0] < b for a, b in priors)])
        doc._.mentions = found
        spans = [doc.char_span(m.start, m.end, label=m.rule, alignment_mode="expand")
                 for _, _, m in found]
        doc.spans["quantities"] = [span for span in spans if span is not None]
        return doc


@Language.factory("claimtrail_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
