"""One run: find digests, then parse -> extract -> write each snapshot (no Prefect here)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language

from .errors import DigestFormatError
from .extract import extract_digest
from .parse import Digest, read_digest
from .write import write_snapshot

BUNDLED = Path("data/digests")


@dataclass(frozen=True)
class SnapshotSummary:
    """What one snapshot contributed to the dataset."""

    snapshot: str
    source: str
    papers: int
    claims: int
    seconds: float
    warnings: tuple[str, ...] = ()


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Digest files named directly or found (*.txt, sorted) in named directories."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not files:
                raise DigestFormatError(str(path), "directory holds no digest (*.txt) files")
            found += files
        elif path.is_file():
            found.append(path)
        else:
            raise DigestFormatError(str(path), "no such file or directory")
    return found


def extract_and_write(digest: Digest, nlp: Language, out_dir: str | Path) -> SnapshotSummary:
    """Extract one parsed digest and write its partition of the claims and papers tables."""
    started = time.perf_counter()
    claims, papers = extract_digest(digest, nlp)
    write_snapshot(claims, papers, out_dir, digest.snapshot)
    return SnapshotSummary(digest.snapshot, digest.source, len(papers), len(claims),
                           time.perf_counter() - started, tuple(digest.warnings))


def run_paths(paths: Iterable[str | Path], out_dir: str | Path, nlp: Language,
              on_done: Callable[[SnapshotSummary], None] | None = None) -> list[SnapshotSummary]:
    """Process every digest under `paths` into `out_dir`, one snapshot at a time."""
    summaries = []
    for path in discover(paths):
        summary = extract_and_write(read_digest(path), nlp, out_dir)
        summaries.append(summary)
        if on_done:
            on_done(summary)
    return summaries
