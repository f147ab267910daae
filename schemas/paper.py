"""The paper record: one title/abstract pair of a digest snapshot."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field

from .claim import NonEmpty


class Paper(BaseModel):
    """One row of the papers table; offsets index the digest's decoded text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    paper_id: NonEmpty
    snapshot: NonEmpty
    digest_date: Optional[str]
    source: NonEmpty
    source_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    position: Annotated[int, Field(ge=0)]
    title: NonEmpty
    title_start: Annotated[int, Field(ge=0)]
    abstract: str
    abstract_start: Annotated[int, Field(ge=0)]
    pipeline_version: NonEmpty
