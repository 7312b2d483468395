"""examples/notebook.ipynb runs headlessly, top to bottom, against the local simulator."""

from __future__ import annotations

import base64
import json
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest
from mypy import api as mypy_api
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "notebook.ipynb"


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
    # The DataFrame came through the bridge: boto3's names, nested members as columns.
    assert "WorkspaceProperties.RunningMode" in joined
    # The chart of the fleet by state and running mode was drawn (inline, as a PNG).
    charts = [o["data"]["image/png"] for o in outputs if "image/png" in o.get("data", {})]
    assert len(charts) == 1
    assert base64.b64decode(charts[0]).startswith(b"\x89PNG")
    assert (jupyter_home / "ipython").is_dir()  # the kernel's IPython state went there


def test_the_notebook_type_checks(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    # Its cells as the body of one coroutine (top-level await is valid there), checked as
    # strictly as examples/ are; pandas has no type information of its own. mypy's cache
    # lives in pytest's: only the first run pays for reading the SDK's types (seconds).
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    cells = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    probe = "reveal_type(workspaces[0].state)"  # the pager's items are typed all the way down
    module = tmp_path / "notebook_cells.py"
    module.write_text(
        "async def notebook() -> None:\n" + textwrap.indent(f"{cells}\n{probe}\n", "    ")
    )
    report, errors, status = mypy_api.run(
        [
            "--strict",
            "--disable-error-code=import-untyped",
            "--cache-dir",
            str(pytestconfig.cache.mkdir("notebook-mypy")),
            str(module),
        ]
    )
    assert 'Revealed type is "aioworkspaces.types.workspaces.WorkspaceState | None"' in report
    assert (status, report.count("error:")) == (0, 0), report + errors
