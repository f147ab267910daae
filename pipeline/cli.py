"""The `claims` command line: thin wrappers over pipeline functions."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import ClaimtrailError

app = typer.Typer(help="Quantitative claims from digests of ML paper abstracts.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
out = Console()
_DEBUG = {"on": False}


def _fail(exc: ClaimtrailError, code: int = 2):
    if _DEBUG["on"]:
        raise exc
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(code)


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
         version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    """claimtrail: digests in, an auditable Parquet dataset of claims out."""
    _DEBUG["on"] = debug
    if version:
        out.print(__version__)
        raise typer.Exit()


@app.command()
def run(paths: Optional[List[Path]] = typer.Argument(
            None, help="Digest files or directories (default: data/digests)."),
        out_dir: Path = typer.Option(Path("outputs"), "--out", help="Output directory."),
        prefect: bool = typer.Option(True, "--prefect/--no-prefect",
                                     help="Run as a Prefect flow (default) or plain Python.")):
    """Extract claims from digests into OUT/claims and OUT/papers (hive-partitioned Parquet).

    Exit status: 0 on success, 2 when an input or the output directory is unusable.
    """
    from .run import BUNDLED
    started = time.perf_counter()
    sources = [str(p) for p in (paths or [BUNDLED])]
    try:
        rows = _run_flow(sources, out_dir) if prefect else _run_plain(sources, out_dir)
    except ClaimtrailError as exc:
        _fail(exc)
    table = Table("snapshot", "papers", "claims", "seconds", title="claims run")
    for row in rows:
        table.add_row(row["snapshot"], str(row["papers"]), str(row["claims"]),
                      f"{row['seconds']:.2f}")
    out.print(table)
    out.print(f"{len(rows)} snapshots, {sum(r['papers'] for r in rows)} papers, "
              f"{sum(r['claims'] for r in rows)} claims in {time.perf_counter() - started:.1f}s"
              f" -> {out_dir}")


def _run_flow(sources: list[str], out_dir: Path) -> list[dict]:
    from flows.extract_claims import extract_claims
    return extract_claims(sources, str(out_dir))


def _run_plain(sources: list[str], out_dir: Path) -> list[dict]:
    from rich.progress import Progress

    from .nlp import build_nlp
    from .run import discover, run_paths
    total = len(discover(sources))
    with Progress(console=err, transient=True) as progress:
        bar = progress.add_task("extracting", total=total)
        summaries = run_paths(sources, out_dir, build_nlp(),
                              on_done=lambda s: progress.advance(bar))
    return [s.__dict__ for s in summaries]


@app.command("eval")
def evaluate(gold: List[Path] = typer.Option(..., "--gold", help="Gold JSONL file or directory."),
             data: Path = typer.Option(Path("outputs"), "--data", help="Dataset directory."),
             as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
             errors: bool = typer.Option(True, "--errors/--no-errors",
                                         help="List misses, extras and disagreements.")):
    """Score the dataset against gold claims (only the papers the gold lists count)."""
    from .evaluate import format_report, load_gold, score
    from .write import read_table
    try:
        predictions = read_table(data, "claims").to_dict("records")
        result = score(predictions, load_gold(gold))
    except ClaimtrailError as exc:
        _fail(exc)
    if as_json:
        out.print_json(json.dumps(result, default=str))
    else:
        sys.stdout.write(format_report(result, show_errors=errors) + "\n")


@app.command()
def explain(sentence: str = typer.Argument(..., help="A sentence or abstract to analyse.")):
    """Show which rule fired for which span, and why other numbers were dropped."""
    from .explain import explain_text
    sys.stdout.write(explain_text(sentence) + "\n")


@app.command()
def report(data: Path = typer.Option(Path("outputs"), "--data", help="Dataset directory."),
           out_file: Path = typer.Option(Path("outputs/report.md"), "--out",
                                         help="Report file to write.")):
    """Write a human-readable summary of the dataset."""
    from .report import summary_markdown
    from .write import atomic_write_text
    try:
        atomic_write_text(out_file, summary_markdown(data))
    except ClaimtrailError as exc:
        _fail(exc)
    out.print(f"report -> {out_file}")
