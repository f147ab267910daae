"""The rules fingerprint: which code and data files of the package wrote a snapshot's rows."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).parent


@cache
def rules_fingerprint() -> str:
    """16 hex digits of sha256 over every file of the package (path and bytes, in path order).
    A changed rule, gazetteer or word list gives a new fingerprint within one pipeline_version;
    a reinstall of the same tree gives the same one."""
    digest = hashlib.sha256()
    files = sorted(p for p in _PACKAGE.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
