"""Fields every record carries: where it came from, and which pipeline wrote it."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field

NonEmpty = Annotated[str, Field(min_length=1)]


class SourceRecord(BaseModel):
    """Provenance shared by claims and papers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    snapshot: NonEmpty
    digest_date: Optional[str]
    source: NonEmpty
    source_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    paper_id: NonEmpty
    pipeline_version: NonEmpty
