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
from .errors import ClaimtrailError, InputError

app = typer.Typer(help="Quantitative claims from digests of ML paper abstracts.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)
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
                                     help="Run as a Prefect flow (default) or plain Python."),
        force: bool = typer.Option(False, "--force",
                                   help="Reprocess snapshots already stored unchanged."),
        workers: int = typer.Option(0, "--workers", min=0,
                                    help="Processes (0: every core once there are 8+ "
                                         "snapshots to process)."),
        dask_address: Optional[str] = typer.Option(
            None, "--dask-address", envvar="CLAIMS_DASK_ADDRESS",
            help="Run the flow's tasks on this Dask scheduler (tcp://host:8786).")):
    """Extract claims from digests into OUT/claims and OUT/papers (hive-partitioned Parquet).

    Incremental: a snapshot already stored with the same bytes and pipeline version is
    skipped; one whose bytes changed replaces its partition.

    Bad inputs are rejected with their reason on stderr and in OUT/rejected.jsonl while the
    other inputs are processed. Exit status: 0 all inputs processed; 1 some inputs rejected;
    2 the output directory is unusable (not writable, or locked by another run).
    """
    from .run import BUNDLED
    started = time.perf_counter()
    sources = [str(p) for p in (paths or [BUNDLED])]
    try:
        result = _run_flow(sources, out_dir, force, workers, dask_address) if prefect else \
            _run_plain(sources, out_dir, force, workers)
    except ClaimtrailError as exc:
        _fail(exc)
    rows, rejected = result["snapshots"], result["rejected"]
    table = Table("snapshot", "papers", "claims", title="claims run")
    for row in rows:
        table.add_row(row["snapshot"], str(row["papers"]), str(row["claims"]))
        for warning in row["warnings"]:
            err.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    for reject in rejected:
        where = f"{reject['path']}:{reject['line']}" if reject["line"] else reject["path"]
        err.print(f"[red]rejected:[/red] {where}: {reject['reason']}", highlight=False)
    out.print(table)
    out.print(f"{len(rows)} snapshots, {sum(r['papers'] for r in rows)} papers, "
              f"{sum(r['claims'] for r in rows)} claims, {len(result['skipped'])} unchanged "
              f"skipped, {len(rejected)} rejected in "
              f"{time.perf_counter() - started:.1f}s -> {out_dir}")
    if rejected:
        raise typer.Exit(1)


def _run_flow(sources: list[str], out_dir: Path, force: bool, workers: int,
              dask_address: str | None) -> dict:
    import threading

    from rich.progress import Progress

    from flows.api import start_ephemeral_server
    server = start_ephemeral_server()  # the rest below overlaps its ~4 s start

    from .run import auto_workers, pending, shared_nlp
    todo = pending(sources, out_dir, force)[0]
    workers = 1 if dask_address else auto_workers(len(todo), workers)
    if todo and not dask_address:  # the flow's own process extracts too (see flows/)
        threading.Thread(target=shared_nlp, daemon=True).start()
    import flows.extract_claims as module
    if server:
        server.join()
    with Progress(console=err, transient=True) as progress:
        bar = progress.add_task("extracting", total=len(todo))
        module.progress_hook = lambda rows: progress.advance(bar, len(rows))
        try:
            return module.extract_claims(sources, str(out_dir), force, workers, dask_address)
        finally:
            module.progress_hook = None


def _run_plain(sources: list[str], out_dir: Path, force: bool, workers: int) -> dict:
    from dataclasses import asdict

    from rich.progress import Progress

    from .run import run_paths
    with Progress(console=err, transient=True) as progress:
        bar = progress.add_task("extracting", total=None)
        summaries, rejects, skipped = run_paths(
            sources, out_dir, on_done=lambda s: progress.advance(bar), force=force,
            workers=workers, on_plan=lambda n: progress.update(bar, total=n))
    return {"snapshots": [{**asdict(s), "warnings": list(s.warnings)} for s in summaries],
            "rejected": [asdict(r) for r in rejects], "skipped": [str(p) for p in skipped]}


@app.command()
def serve(watch: Path = typer.Option(..., "--watch", exists=True, file_okay=False,
                                     help="Directory of digests to process."),
          cron: str = typer.Option("0 6 * * *", "--cron", help="Cron schedule (UTC)."),
          out_dir: Path = typer.Option(Path("outputs"), "--out", help="Output directory."),
          name: str = typer.Option("daily", "--name", help="Deployment name."),
          workers: int = typer.Option(0, "--workers", min=0,
                                      help="Processes per run (0: auto)."),
          dask_address: Optional[str] = typer.Option(
              None, "--dask-address", envvar="CLAIMS_DASK_ADDRESS",
              help="Run each flow run's tasks on this Dask scheduler.")):
    """Serve the extract-claims flow as the Prefect deployment `extract-claims/NAME`: on the
    cron schedule (or when triggered) it processes whatever is new in WATCH. Runs until
    Ctrl-C; set PREFECT_API_URL to register with a Prefect server (else a local one starts).
    """
    from flows.serve import serve_deployment
    try:
        serve_deployment(watch, out_dir, cron, name, workers, dask_address)
    except ClaimtrailError as exc:
        _fail(exc)


@app.command("eval")
def evaluate(gold: List[Path] = typer.Option(..., "--gold", help="Gold JSONL file or directory."),
             data: Path = typer.Option(Path("outputs"), "--data", help="Dataset directory."),
             as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
             errors: bool = typer.Option(True, "--errors/--no-errors",
                                         help="List misses, extras and disagreements."),
             against: Optional[List[Path]] = typer.Option(
                 None, "--against", help="A second annotation of the same papers, scored "
                 "instead of the dataset: agreement between annotators.")):
    """Score the dataset against gold claims (only the papers the gold lists count)."""
    from .evaluate import format_report, load_gold, score
    from .write import read_table
    try:
        predictions = [row for row in load_gold(against) if not row.get("no_claims")] \
            if against else read_table(data, "claims").to_dict("records")
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
           out_file: Path = typer.Option(Path("outputs/report.html"), "--out",
                                         help="Report file to write (*.md: Markdown summary).")):
    """Write the audit report: one self-contained HTML page (summary, plots, a searchable
    table of every claim with its sentence, each abstract with its claims marked, the latest
    diff). An OUT ending in .md gets the short Markdown summary instead."""
    from .report import render_html, summary_markdown
    from .write import atomic_write_text
    started = time.perf_counter()
    try:
        text = summary_markdown(data) if out_file.suffix == ".md" else render_html(data)
        atomic_write_text(out_file, text)
    except ClaimtrailError as exc:
        _fail(exc)
    out.print(f"report -> {out_file} ({len(text.encode()) / 1024:.0f} KB in "
              f"{time.perf_counter() - started:.1f}s)")


def _snapshot_tables(name: str, data: Path):
    """(claims, papers, label) of a snapshot in the dataset, or of a digest file read now."""
    import pandas as pd

    from .write import read_table
    if Path(name).is_file():
        from .extract import extract_digest
        from .parse import read_digest
        from .run import shared_nlp
        digest = read_digest(name)
        claims, papers = extract_digest(digest, shared_nlp())
        return pd.DataFrame(claims), pd.DataFrame(papers), digest.snapshot
    claims = read_table(data, "claims", [name])
    papers = read_table(data, "papers", [name])
    if papers.empty:
        raise InputError(name, f"no such snapshot in {data} and no such digest file")
    return claims, papers, name


@app.command()
def diff(old: str = typer.Argument(..., help="Snapshot name in the dataset, or a digest file."),
         new: str = typer.Argument(..., help="Snapshot name in the dataset, or a digest file."),
         data: Path = typer.Option(Path("outputs"), "--data", help="Dataset directory."),
         as_json: bool = typer.Option(False, "--json", help="Print the diff as one JSON object."),
         out_file: Optional[Path] = typer.Option(None, "--out",
                                                 help="Also write the diff rows as Parquet.")):
    """Claims added, removed and changed from OLD to NEW (ids are stable across snapshots)."""
    from .diff import diff_claims, diff_papers, diff_rows
    try:
        old_claims, old_papers, old_name = _snapshot_tables(old, data)
        new_claims, new_papers, new_name = _snapshot_tables(new, data)
    except ClaimtrailError as exc:
        _fail(exc)
    result = diff_claims(old_claims, new_claims, old_name, new_name)
    result["papers"] = diff_papers(old_papers, new_papers)
    if out_file:
        from .write import atomic_write_parquet
        atomic_write_parquet(diff_rows(result), out_file)
    if as_json:
        sys.stdout.write(json.dumps(result, default=str) + "\n")
        return
    table = Table("change", "paper", "claim", title=f"{old_name} -> {new_name}")
    for kind in ("added", "removed"):
        for item in result[kind]:
            table.add_row(kind, item["paper_title"][:60], f"{item['quote']} ({item['value']:g})")
    for item in result["changed"]:
        table.add_row("changed", item["paper_title"][:60],
                      "; ".join(f"{k}: {a} -> {b}" for k, (a, b) in item["changes"].items()))
    out.print(table)
    papers = result["papers"]
    out.print(f"{len(result['added'])} added, {len(result['removed'])} removed, "
              f"{len(result['changed'])} changed, {result['unchanged']} unchanged claims; papers: "
              f"{len(papers['added'])} added, {len(papers['removed'])} removed, "
              f"{len(papers['reannounced'])} re-announced")
