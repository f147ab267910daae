"""Invariants under arbitrary input: no crash, quotes are the text at their offsets."""

from __future__ import annotations

import hashlib
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_digest
from pipeline.latex import residue_view
from pipeline.lexicon import _alternation
from pipeline.parse import parse_text

_PIECES = st.sampled_from([
    "2.7x", "10times", "$100\\times$", "25\\%", "+3.5%", "53.2AP", "1.5sim3.0 AP", "7B",
    "\\textless2MB", "178 fps", "12 ms", "an order of magnitude faster", "up to", "by", "on COCO",
    "Jetson TX2", "3D", "VGG16", "e.g.", "(1)", "1e-3", "10^9", "\u00a0", "\u0663", "-", " ",
    "parameters", "faster", "reduces latency", "86.9K", "respectively", ",", ".", "{\\rm x}",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30).map(" ".join)
_SETTINGS = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(_TEXT)
@_SETTINGS
def test_residue_view_keeps_length(text):
    assert len(residue_view(text)) == len(text)


@given(_TEXT)
@_SETTINGS
def test_any_text_yields_exact_quotes(nlp, text):
    doc = nlp(text)
    for claim in doc._.claims:
        assert 0 <= claim["start"] < claim["end"] <= len(text)


@given(st.lists(st.tuples(_TEXT.filter(lambda t: t.strip() and "\n" not in t and "\r" not in t),
                          _TEXT.filter(lambda t: "\n" not in t and "\r" not in t)),
                min_size=1, max_size=4),
       st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
@_SETTINGS
def test_generated_digests_keep_offsets(nlp, pairs, newline):
    # An abstract ends a sentence (or is long): that is how a title without one is told apart.
    text = newline.join(f"Title {title}{newline}Abstract {abstract}." for title, abstract in pairs)
    digest = parse_text(text, "gen.txt", hashlib.sha256(text.encode()).hexdigest())
    claims, papers = extract_digest(digest, nlp)
    assert len(papers) == len(pairs)
    for claim in claims:
        assert text[claim["char_start"]:claim["char_end"]] == claim["quote"]


@given(st.text(max_size=400))
@_SETTINGS
def test_parse_accepts_or_names_the_problem(text):
    from pipeline.errors import DigestFormatError
    try:
        digest = parse_text(text, "any.txt", "0" * 64)
    except DigestFormatError as error:
        assert str(error).startswith("any.txt")
        return
    for paper in digest.papers:
        assert text[paper.abstract_start:paper.abstract_start + len(paper.abstract)] \
            == paper.abstract


_SURFACES = st.lists(st.text(alphabet="aAb-1 .+", min_size=1, max_size=5), min_size=1, max_size=12)


@given(_SURFACES, st.text(alphabet="aAb-1 .+x", max_size=40), st.booleans())
@_SETTINGS
def test_gazetteer_trie_matches_like_a_longest_first_alternation(surfaces, text, ignore_case):
    """`_alternation` factors the surfaces into a prefix trie; it must find what the plain
    longest-first alternation of the same surfaces finds, at every position."""
    flags = re.IGNORECASE if ignore_case else 0
    ordered = sorted(set(surfaces), key=len, reverse=True)
    plain = re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in ordered) + r")(?![\w])", flags)
    trie = _alternation(surfaces, flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text) + 1):
        found, expected = trie.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())
