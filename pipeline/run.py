"""One run: plan inputs, parse -> extract -> write each snapshot, record rejected inputs.

Plain functions shared by `claims run --no-prefect` and the Prefect flow. A bad input is
rejected with its reason and the run goes on; the output directory is locked for the run.

Parallel runs hand out batches of snapshot paths, never rows: each worker process builds its
own pipeline once (`shared_nlp`), then parses, extracts and writes one snapshot at a time and
returns only its summary, so memory stays flat however many snapshots a run holds.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import multiprocessing
import os
import threading
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from itertools import repeat
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from . import __version__
from .errors import InputError, OutputError
from .extract import extract_digest
from .fingerprint import rules_fingerprint
from .parse import Digest, read_digest
from .write import atomic_write_text, stored_snapshots, write_snapshot

BUNDLED = Path("data/digests")
REJECTED = "rejected.jsonl"
# Below this many snapshots to process, one process is faster: a worker needs ~4 s to import
# spaCy and warm quantulum3 up before its first abstract.
AUTO_PARALLEL_MIN = 8
MAX_BATCH = 8  # snapshots per batch: few enough tasks for Prefect, small enough to balance
_NLP: dict[str, Language] = {}
_NLP_LOCK = threading.Lock()


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
    """Files whose snapshot is stored with the same bytes, pipeline version and rules
    fingerprint: skipped.
    An unreadable file counts as changed, so read_digest rejects it with its reason."""
    stored = stored_snapshots(out_dir)
    same = []
    for path in files:
        if path.stem in stored:
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                continue
            if stored[path.stem] == (digest, __version__, rules_fingerprint()):
                same.append(path)
    return same


def pending(paths: Iterable[str | Path], out_dir: str | Path,
            force: bool = False) -> tuple[list[Path], list[Reject], list[Path]]:
    """(files to process, rejected inputs, files skipped as stored unchanged)."""
    files, rejects = plan_inputs(paths)
    skipped = [] if force else unchanged(files, out_dir)
    return [f for f in files if f not in skipped], rejects, skipped


def auto_workers(snapshots: int, workers: int = 0) -> int:
    """Processes to use: `workers` if given (> 0), else every core once there are at least
    AUTO_PARALLEL_MIN snapshots to process."""
    if workers > 0:
        return min(workers, max(snapshots, 1))
    return min(os.cpu_count() or 1, snapshots) if snapshots >= AUTO_PARALLEL_MIN else 1


def batches(files: list[Path], workers: int) -> list[list[str]]:
    """Consecutive batches of paths: about four per worker, at most MAX_BATCH paths each."""
    size = max(1, min(MAX_BATCH, -(-len(files) // (4 * max(workers, 1)))))
    return [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]


def shared_nlp() -> Language:
    """This process's pipeline, built once and warmed up (quantulum3 loads its tables on its
    first parse, ~3 s): also the initializer of worker processes."""
    with _NLP_LOCK:
        if "nlp" not in _NLP:
            from quantulum3 import parser

            from .nlp import build_nlp
            from .units import to_base
            nlp = build_nlp()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parser.parse("2 ms")
            to_base(1.0, "ms")
            nlp("It runs 2.7x faster at 178 fps on a Jetson TX2 with 25% less memory.")
            _NLP["nlp"] = nlp
        return _NLP["nlp"]


def init_worker() -> None:
    """Initializer of pool workers: exit when the parent process goes (a worker whose parent
    was killed, or whose Prefect client threads keep it alive, would linger), then build and
    warm up the pipeline."""
    parent = os.getppid()

    def exit_with_parent() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=exit_with_parent, daemon=True, name="exit-with-parent").start()
    shared_nlp()


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
    write_snapshot(claims, papers, out_dir, digest.snapshot, rules_fingerprint())
    return SnapshotSummary(digest.snapshot, digest.source, len(papers), len(claims),
                           time.perf_counter() - started, tuple(digest.warnings))


def process_file(path: str | Path, out_dir: str | Path,
                 nlp: Language | None = None) -> SnapshotSummary | Reject:
    """Parse, extract and write one digest (with this process's pipeline unless `nlp`)."""
    parsed = parse_or_reject(path)
    if isinstance(parsed, Reject):
        return parsed
    return extract_and_write(parsed, nlp or shared_nlp(), out_dir)


def process_batch(paths: list[str], out_dir: str | Path) -> list[SnapshotSummary | Reject]:
    """process_file over a batch of digests, one at a time."""
    return [process_file(path, out_dir) for path in paths]


def _results(files: list[Path], out_dir: str | Path, nlp: Language | None,
             workers: int) -> Iterator[SnapshotSummary | Reject]:
    """Outcomes in file order: in this process, or in `workers` spawned processes."""
    if workers <= 1:
        yield from (process_file(path, out_dir, nlp) for path in files)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding threads
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker)
    try:
        for batch in pool.map(process_batch, batches(files, workers), repeat(str(out_dir))):
            yield from batch
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


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


def run_paths(paths: Iterable[str | Path], out_dir: str | Path, nlp: Language | None = None,
              on_done: Callable[[SnapshotSummary | Reject], None] | None = None,
              force: bool = False, workers: int = 1,
              on_plan: Callable[[int], None] | None = None,
              ) -> tuple[list[SnapshotSummary], list[Reject], list[Path]]:
    """Process every usable digest under `paths` into `out_dir`, one snapshot at a time;
    snapshots already stored unchanged are skipped unless `force`. `workers` > 1 spreads
    batches of snapshots over that many processes (0: auto_workers); `nlp` serves one process;
    `on_plan` hears how many snapshots will be processed, once they are planned under the lock.
    Returns (summaries, rejects, skipped files)."""
    summaries = []
    with locked_output(out_dir):
        files, rejects, skipped = pending(paths, out_dir, force)
        if on_plan:
            on_plan(len(files))
        for done in _results(files, out_dir, nlp, auto_workers(len(files), workers)):
            (summaries if isinstance(done, SnapshotSummary) else rejects).append(done)
            if on_done:
                on_done(done)
        write_rejects(out_dir, rejects)
    return summaries, rejects, skipped
