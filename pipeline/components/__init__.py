"""spaCy components of claimtrail; importing this module registers their factories."""

from . import claims, quantities, residue, sentences

__all__ = ["claims", "quantities", "residue", "sentences"]
