"""Records of the claimtrail dataset and the Arrow schemas of its tables."""

from pydantic import TypeAdapter

from .arrow import CLAIMS_ARROW, PAPERS_ARROW
from .claim import Claim
from .paper import Paper

CLAIMS = TypeAdapter(list[Claim])
PAPERS = TypeAdapter(list[Paper])

__all__ = ["CLAIMS", "CLAIMS_ARROW", "PAPERS", "PAPERS_ARROW", "Claim", "Paper"]
