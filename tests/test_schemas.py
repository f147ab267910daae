"""The pydantic records and the Arrow schemas describe the same tables; rows validate."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.extract import extract_digest
from pipeline.parse import read_digest
from schemas import CLAIMS, CLAIMS_ARROW, PAPERS, PAPERS_ARROW, Claim, Paper

from .conftest import DIGESTS


@pytest.mark.parametrize("model, schema", [(Claim, CLAIMS_ARROW), (Paper, PAPERS_ARROW)])
def test_arrow_schema_has_exactly_the_model_fields(model, schema):
    assert sorted(schema.names) == sorted(model.model_fields)


@pytest.mark.parametrize("path", DIGESTS, ids=[p.stem for p in DIGESTS])
def test_extracted_rows_validate(nlp, path):
    claims, papers = extract_digest(read_digest(path), nlp)
    assert len(CLAIMS.validate_python(claims)) == len(claims)
    assert len(PAPERS.validate_python(papers)) == len(papers)


def test_bad_row_is_refused(nlp):
    claims, _ = extract_digest(read_digest(DIGESTS[0]), nlp)
    with pytest.raises(ValidationError, match="kind"):
        Claim(**{**claims[0], "kind": "guess"})
    with pytest.raises(ValidationError, match="char_end"):
        Claim(**{**claims[0], "char_end": claims[0]["char_start"]})
