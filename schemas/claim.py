"""The claim record: one quantitative claim, as the claims table stores it."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import Field, model_validator

from .base import NonEmpty, SourceRecord

Kind = Literal["score", "ratio", "change", "efficiency", "scale"]
Bound = Literal["=", "<=", ">=", "~"]
Direction = Literal["up", "down"]


class Claim(SourceRecord):
    """One row of the claims table (schemas.arrow.CLAIMS_ARROW gives the column order)."""

    claim_id: NonEmpty
    paper_title: NonEmpty
    sentence: str
    quote: NonEmpty
    char_start: Annotated[int, Field(ge=0)]
    char_end: Annotated[int, Field(ge=0)]
    value: float
    value_max: Optional[float]
    unit: Optional[str]
    value_base: float
    unit_base: Optional[str]
    kind: Kind
    bound: Bound
    direction: Optional[Direction]
    metric: Optional[str]
    dataset: Optional[str]
    hardware: Optional[str]
    rule: NonEmpty

    @model_validator(mode="after")
    def _span_is_ordered(self) -> "Claim":
        if self.char_end <= self.char_start:
            raise ValueError(f"char_end {self.char_end} must be after char_start {self.char_start}")
        return self
