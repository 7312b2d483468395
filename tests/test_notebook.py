"""examples/notebook.ipynb runs headlessly, top to bottom, against the local simulator."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "notebook.ipynb"


@pytest.fixture
def jupyter_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Jupyter and IPython of the test's own, whose `python3` kernel is this interpreter.

    Otherwise a `python3` kernelspec of the user's (another Python, without the SDK)
    would win, and the kernel would write its history and connection files into $HOME.
    """
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "Python 3", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "jupyter-runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.delenv("WORKSPACES_NOTEBOOK_REAL", raising=False)
    return tmp_path


def test_the_notebook_runs_and_tabulates_the_workspaces(jupyter_home: Path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
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
    assert (jupyter_home / "ipython").is_dir()  # the kernel's IPython state went there
