"""notebooks/explore.ipynb runs top to bottom on a dataset of the bundled digests."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from pipeline.write import read_table

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_notebook_answers_its_questions(bundled_dataset, monkeypatch):
    monkeypatch.setenv("CLAIMTRAIL_DATA", str(bundled_dataset))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    printed = "".join(out.get("text", "") for cell in notebook.cells
                      for out in cell.get("outputs", []) if out.output_type == "stream")
    claims, papers = read_table(bundled_dataset, "claims"), read_table(bundled_dataset, "papers")
    assert f"DuckDB sees the same {len(claims)} claims and {len(papers)} papers" in printed
    assert "distinct speedup claims on edge hardware" in printed
    assert "papers report an AP on COCO" in printed
    assert "papers announced in more than one snapshot" in printed
