"""Stage 1: a digest snapshot's bytes -> papers with exact character offsets.

Both layouts parse: *spaced* (blank lines between header, date, titles and abstracts) and
*compact* (no blank lines, the header's last line glued to the first title). Offsets count
code points of the decoded text (UTF-8, BOM dropped, line ends kept as they are).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import DigestFormatError

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_DATE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$"
)


@dataclass(frozen=True)
class Paper:
    """One title/abstract pair; `*_start` index the digest's decoded text."""

    position: int
    title: str
    title_start: int
    abstract: str
    abstract_start: int


@dataclass(frozen=True)
class Digest:
    """A parsed snapshot: its decoded text and the papers in file order."""

    snapshot: str
    source: str
    source_sha256: str
    digest_date: str | None
    text: str
    papers: list[Paper] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def header_lines() -> tuple[str, ...]:
    """Known header lines, longest first (so a glued prefix matches its longest form)."""
    text = resources.files("pipeline").joinpath("data/digest_header.txt").read_text("utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(lines, key=len, reverse=True))


def decode(data: bytes, path: str) -> str:
    """The contract's decoded text: UTF-8 with a leading BOM dropped."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DigestFormatError(path, f"not UTF-8 (byte 0x{data[exc.start]:02x})", line) from None
    return text[1:] if text.startswith("\ufeff") else text


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (line number, start offset, content trimmed of spaces)."""
    out = []
    for number, match in enumerate(_LINE.finditer(text), start=1):
        raw = match.group().rstrip("\r\n")
        stripped = raw.strip()
        if stripped:
            out.append((number, match.start() + len(raw) - len(raw.lstrip()), stripped))
        if match.end() == len(text):
            break
    return out


def _strip_header(line: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The line without a glued header prefix; None if the line is header only."""
    number, start, content = line
    for head in header_lines():
        if content == head:
            return None
        if content.startswith(head) and content[len(head)].isupper():
            rest = content[len(head):]
            return number, start + len(head), rest
    return line


def parse_text(text: str, source: str, sha256: str, snapshot: str | None = None) -> Digest:
    """Parse decoded digest text into a Digest; raises DigestFormatError naming the line."""
    lines = _lines(text)
    date, body, in_header = None, [], True
    for line in lines:
        if in_header:
            if date is None and _DATE.match(line[2]):
                date = line[2]
                continue
            stripped = _strip_header(line)
            if stripped is None:
                continue
            in_header = False
            line = stripped
        body.append(line)
    if not body:
        raise DigestFormatError(source, "no papers found (header only or empty)")
    papers, warnings = _pair(body, source)
    if not papers:
        raise DigestFormatError(source, "no title/abstract pair found", body[0][0])
    name = snapshot or Path(source).stem
    return Digest(name, Path(source).name, sha256, date, text, papers, warnings)


def _is_abstract(line: str) -> bool:
    """Abstracts are long or end a sentence; titles are short and unpunctuated."""
    return len(line) >= 250 or line.rstrip().endswith((".", "!", "?"))


def _pair(body: list[tuple[int, int, str]], source: str) -> tuple[list[Paper], list[str]]:
    """Title/abstract pairs; a line followed by another title is a title with no abstract."""
    papers, warnings, i = [], [], 0
    while i < len(body):
        number, start, title = body[i]
        if i + 1 >= len(body) or not _is_abstract(body[i + 1][2]):
            warnings.append(f"{source}:{number}: title with no abstract skipped: {title[:60]!r}")
            i += 1
            continue
        _, abstract_start, abstract = body[i + 1]
        papers.append(Paper(len(papers), title, start, abstract, abstract_start))
        i += 2
    if papers and not papers[-1].abstract.rstrip().endswith((".", "!", "?", ")")):
        warnings.append(f"{source}:{body[-1][0]}: last abstract looks truncated (kept as is)")
    return papers, warnings


MAX_BYTES = 50 * 1024 * 1024


def read_digest(path: str | Path, snapshot: str | None = None,
                max_bytes: int = MAX_BYTES) -> Digest:
    """Read and parse one digest file; files over `max_bytes` are refused before reading."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DigestFormatError(str(path), f"file is {size / 2**20:.1f} MiB, over the "
                                               f"{max_bytes / 2**20:.0f} MiB limit for one digest")
        data = path.read_bytes()
    except FileNotFoundError:
        raise DigestFormatError(str(path), "no such file") from None
    except IsADirectoryError:
        raise DigestFormatError(str(path), "is a directory, not a digest file") from None
    except PermissionError:
        raise DigestFormatError(str(path), "permission denied") from None
    if b"\x00" in data[:4096]:
        raise DigestFormatError(str(path), "binary data, not a text digest")
    text = decode(data, str(path))
    return parse_text(text, str(path), hashlib.sha256(data).hexdigest(), snapshot)
