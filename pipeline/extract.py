"""Stage 2: a parsed digest -> claim rows and paper rows of the contract's tables."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language

from . import __version__
from .ids import claim_id, paper_id, sentence_key
from .parse import Digest, Paper
from .units import to_base


def paper_row(digest: Digest, paper: Paper) -> dict:
    """One row of the papers table."""
    return {
        "paper_id": paper_id(paper.title), "snapshot": digest.snapshot,
        "digest_date": digest.digest_date, "source": digest.source,
        "source_sha256": digest.source_sha256, "position": paper.position,
        "title": paper.title, "title_start": paper.title_start, "abstract": paper.abstract,
        "abstract_start": paper.abstract_start, "pipeline_version": __version__,
    }


def claim_rows(digest: Digest, paper: Paper, claims: list[dict]) -> list[dict]:
    """Claims found in one abstract -> rows with digest offsets, ids and base units."""
    pid, base, rows = paper_id(paper.title), paper.abstract_start, []
    seen_sentences: Counter = Counter()
    ordinal: Counter = Counter()
    previous = None
    for claim in claims:
        sentence = paper.abstract[claim["sentence_start"]:claim["sentence_end"]]
        bounds = (claim["sentence_start"], claim["sentence_end"])
        if bounds != previous:
            seen_sentences[sentence_key(sentence)] += 1
            previous = bounds
        occurrence = seen_sentences[sentence_key(sentence)]
        ordinal[bounds] += 1
        value_base, unit_base = to_base(claim["value"], claim["unit"])
        rows.append({
            "claim_id": claim_id(pid, sentence, occurrence, ordinal[bounds]),
            "snapshot": digest.snapshot, "digest_date": digest.digest_date,
            "source": digest.source, "source_sha256": digest.source_sha256,
            "paper_id": pid, "paper_title": paper.title, "sentence": sentence,
            "quote": paper.abstract[claim["start"]:claim["end"]],
            "char_start": base + claim["start"], "char_end": base + claim["end"],
            "value": claim["value"], "value_max": claim["value_max"], "unit": claim["unit"],
            "value_base": value_base, "unit_base": unit_base,
            **{k: claim[k] for k in ("kind", "bound", "direction", "metric", "dataset",
                                     "hardware", "rule")},
            "pipeline_version": __version__,
        })
    return rows


def extract_digest(digest: Digest, nlp: Language, batch_size: int = 64) -> tuple[list, list]:
    """(claim rows, paper rows) of one digest; abstracts go through nlp.pipe in batches."""
    claims, papers = [], []
    docs = nlp.pipe((p.abstract for p in digest.papers), batch_size=batch_size)
    for paper, doc in zip(digest.papers, docs):
        papers.append(paper_row(digest, paper))
        claims += claim_rows(digest, paper, doc._.claims)
    return claims, papers
