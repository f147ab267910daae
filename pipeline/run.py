"""One run: plan inputs, parse -> extract -> write each snapshot, record rejected inputs.

Plain functions shared by `claims run --no-prefect` and the Prefect flow. A bad input is
rejected with its reason and the run goes on; the output directory is locked for the run.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from . import __version__
from .errors import InputError, OutputError
from .extract import extract_digest
from .parse import Digest, read_digest
from .write import atomic_write_text, stored_snapshots, write_snapshot

BUNDLED = Path("data/digests")
REJECTED = "rejected.jsonl"


@dataclass(frozen=True)
class SnapshotSummary:
    """What one snapshot contributed to the dataset."""

    snapshot: str
    source: str
    papers: int
    claims: int
    seconds: float
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reject:
    """An input that was not processed, and why."""

    path: str
    reason: str
    line: int | None = None

    @classmethod
    def of(cls, error: InputError) -> "Reject":
        return cls(error.path, error.reason, error.line)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}" if self.line else \
            f"{self.path}: {self.reason}"


def plan_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[Reject]]:
    """Digest files to process (directories give their *.txt, sorted) and rejected inputs:
    missing paths, directories with no digest, a second file with an already-used name."""
    files, rejects, names = [], [], {}
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            rejects += [] if found else [Reject(str(path), "directory holds no digest (*.txt)")]
        elif path.exists():
            found = [path]
        else:
            found, rejects = [], rejects + [Reject(str(path), "no such file or directory")]
        for file in found:
            if file.stem in names:
                rejects.append(Reject(str(file), f"snapshot name {file.stem!r} already taken "
                                                 f"by {names[file.stem]}"))
            else:
                names[file.stem] = file
                files.append(file)
    return files, rejects


def unchanged(files: list[Path], out_dir: str | Path) -> list[Path]:
    """Files whose snapshot is stored with the same bytes and pipeline version: skipped."""
    stored = stored_snapshots(out_dir)
    same = []
    for path in files:
        if path.stem in stored:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if stored[path.stem] == (digest, __version__):
                same.append(path)
    return same


def parse_or_reject(path: str | Path) -> Digest | Reject:
    """The parsed digest, or the reason it cannot be used."""
    try:
        return read_digest(path)
    except InputError as error:
        return Reject.of(error)


def extract_and_write(digest: Digest, nlp: Language, out_dir: str | Path) -> SnapshotSummary:
    """Extract one parsed digest and write its partition of the claims and papers tables."""
    started = time.perf_counter()
    claims, papers = extract_digest(digest, nlp)
    write_snapshot(claims, papers, out_dir, digest.snapshot)
    return SnapshotSummary(digest.snapshot, digest.source, len(papers), len(claims),
                           time.perf_counter() - started, tuple(digest.warnings))


def write_rejects(out_dir: str | Path, rejects: list[Reject]) -> None:
    """outputs/rejected.jsonl: the inputs the last run rejected (empty when none)."""
    lines = "".join(json.dumps(asdict(r)) + "\n" for r in rejects)
    atomic_write_text(Path(out_dir) / REJECTED, lines)


@contextmanager
def locked_output(out_dir: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on out_dir for a run; a second run fails at once, clearly."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = open(out / ".claimtrail.lock", "a+")
    except OSError as exc:
        raise OutputError(f"{out}: output directory is not writable ({exc.strerror})") from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise OutputError(f"{out}: another claims run is writing here; wait for it to "
                          "finish") from None
    try:
        if not os.access(out, os.W_OK):
            raise OutputError(f"{out}: output directory is not writable")
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def run_paths(paths: Iterable[str | Path], out_dir: str | Path, nlp: Language,
              on_done: Callable[[SnapshotSummary | Reject], None] | None = None,
              force: bool = False) -> tuple[list[SnapshotSummary], list[Reject], list[Path]]:
    """Process every usable digest under `paths` into `out_dir`, one snapshot at a time;
    snapshots already stored unchanged are skipped unless `force`.
    Returns (summaries, rejects, skipped files)."""
    files, rejects = plan_inputs(paths)
    summaries = []
    with locked_output(out_dir):
        skipped = [] if force else unchanged(files, out_dir)
        for path in (f for f in files if f not in skipped):
            parsed = parse_or_reject(path)
            done = extract_and_write(parsed, nlp, out_dir) if isinstance(parsed, Digest) \
                else parsed
            (summaries if isinstance(done, SnapshotSummary) else rejects).append(done)
            if on_done:
                on_done(done)
        write_rejects(out_dir, rejects)
    return summaries, rejects, skipped
