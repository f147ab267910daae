"""One exception hierarchy: every error a user can cause names its file (and line)."""

from __future__ import annotations


class ClaimtrailError(Exception):
    """Root of every error claimtrail raises on purpose."""


class InputError(ClaimtrailError, ValueError):
    """A digest or gold file that cannot be used; names the file and, where known, the line."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):
        return (type(self), (self.path, self.reason, self.line))


class DigestFormatError(InputError):
    """A digest whose bytes or layout are not a digest snapshot."""


class DataFileError(InputError):
    """A shipped or user-supplied pattern/gazetteer file that does not validate."""


class OutputError(ClaimtrailError, OSError):
    """The output directory cannot be written or holds a dataset that cannot be read."""
