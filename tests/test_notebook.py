"""examples/notebook.ipynb runs headlessly, top to bottom, against the local simulator."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "notebook.ipynb"


def test_the_notebook_runs_and_tabulates_the_workspaces() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    os.environ.pop("WORKSPACES_NOTEBOOK_REAL", None)
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute(cwd=str(NOTEBOOK.parent))
    outputs = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    ]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    texts = [o.get("text") or o.get("data", {}).get("text/plain", "") for o in outputs]
    joined = "\n".join(texts)
    assert "(60,\n Workspace(workspace_id='ws-000000000'" in joined
    assert "{'AVAILABLE': 24, 'ERROR': 12, 'PENDING': 12, 'STOPPED': 12}" in joined
    assert "25 page-25" in joined  # a page of 25 and its NextToken
