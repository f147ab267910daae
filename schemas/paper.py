"""The paper record: one title/abstract pair of a digest snapshot."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import NonEmpty, SourceRecord


class Paper(SourceRecord):
    """One row of the papers table; offsets index the digest's decoded text."""

    position: Annotated[int, Field(ge=0)]
    title: NonEmpty
    title_start: Annotated[int, Field(ge=0)]
    abstract: str
    abstract_start: Annotated[int, Field(ge=0)]
