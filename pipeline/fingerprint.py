"""The rules fingerprint: which extraction code, data files and libraries wrote a snapshot's rows."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

_PACKAGE = Path(__file__).parent
# Modules that present, compare or score rows but never change them
_NOT_RULES = frozenset({"__main__.py", "cli.py", "diff.py", "evaluate.py", "explain.py",
                        "report.py", "report_plots.py", "run.py", "write.py", "fingerprint.py"})
_LIBRARIES = ("spacy", "quantulum3", "pint")  # their parses and conversions reach the rows


def _rule_files() -> list[Path]:
    """The package's Python modules and data files that decide rows, in path order."""
    return sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and (
        (p.suffix == ".py" and p.name not in _NOT_RULES) or p.parent.name == "data"))


def _library_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


@cache
def rules_fingerprint() -> str:
    """16 hex digits of sha256 over the rule files (path and bytes, line endings normalized)
    and the versions of the libraries that parse units. A changed rule, gazetteer or word list
    gives a new fingerprint within one pipeline_version; a reinstall of the same tree, a CRLF
    checkout or a change to the report gives the same one."""
    digest = hashlib.sha256()
    for path in _rule_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    for name in _LIBRARIES:
        digest.update(f"{name}={_library_version(name)}\0".encode())
    return digest.hexdigest()[:16]
