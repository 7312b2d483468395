"""`make docs`: the site builds with `mkdocs build --strict` and documents every public name.

--strict turns every warning into a failure: a broken link or cross-reference, a
docstring griffe cannot read, a README section on no page of the guide.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import aioworkspaces
import aioworkspaces.types

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_MODULES = ("aioworkspaces.errors", "aioworkspaces.testing", "aioworkspaces.simulator")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    print(f"mkdocs build --strict: {time.monotonic() - started:.1f} s")
    return out


def anchors(site: Path) -> set[str]:
    return {
        found
        for page in site.rglob("*.html")
        for found in re.findall(r'id="([\w.]+)"', page.read_text(encoding="utf-8"))
    }


def public_types_modules() -> list[str]:
    found = pkgutil.walk_packages(aioworkspaces.types.__path__, "aioworkspaces.types.")
    return [m.name for m in found if not m.name.rsplit(".", 1)[-1].startswith("_")]


def test_every_public_name_has_a_reference_entry(site: Path) -> None:
    documented = anchors(site)
    expected = [f"aioworkspaces.{n}" for n in aioworkspaces.__all__ if not n.startswith("__")]
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        expected += [f"{module_name}.{n}" for n in module.__all__]
    for module_name in public_types_modules():
        module = importlib.import_module(module_name)
        expected += [f"{module_name}.{n}" for n in getattr(module, "__all__", [])]
    operations = [
        name
        for name in dir(aioworkspaces.WorkSpacesClient)
        if not name.startswith("_") and callable(getattr(aioworkspaces.WorkSpacesClient, name))
    ]
    expected += [f"aioworkspaces.WorkSpacesClient.{name}" for name in operations]
    assert len(operations) > 91
    missing = [name for name in expected if name not in documented]
    assert not missing, missing


def test_the_reference_of_describe_workspaces_and_workspace(site: Path) -> None:
    client = (site / "reference" / "client" / "index.html").read_text(encoding="utf-8")
    method = client[client.index('id="aioworkspaces.WorkSpacesClient.describe_workspaces"') :]
    method = method[: method.index("doc doc-object doc-function", 100)]
    assert "Describes the specified WorkSpaces." in method
    # The result class is a link to its entry; parameters read as Python, not markup.
    assert "aioworkspaces.types.calls.describe_workspaces.DescribeWorkspacesResult" in method
    assert "&lt;" not in method and "&amp;lt;" not in method
    # The errors it raises link to their entries; its arguments carry their types.
    assert 'href="../errors/#aioworkspaces.errors.InvalidParameterValuesException"' in method
    assert "(Sequence[str], optional)" not in method
    # The summary table shows the whole first sentence.
    alias = client[: client.index('id="aioworkspaces.WorkSpacesClient.accept_account_link')]
    alias = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", alias))
    assert "with the specified directory to enable cross-Region redirection." in alias

    types = (site / "reference" / "types" / "workspaces" / "index.html").read_text("utf-8")
    workspace = types[types.index('id="aioworkspaces.types.workspaces.Workspace"') :]
    workspace = workspace[: workspace.index('class="doc doc-heading"', 100)]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", workspace))
    # One item per member: name, type (linked), the model's description, the wire name.
    assert "state (WorkspaceState | None) – The operational state of the WorkSpace." in text
    assert "The operational state of the WorkSpace. Wire name State." in text
    assert 'href="#aioworkspaces.types.workspaces.WorkspaceState"' in workspace
    assert "&lt;" not in workspace
    # How a member is declared (wire name and minimum as attrs metadata) is not shown.
    assert "member(" not in text and "field(" not in text and "metadata=" not in text


def test_the_guide_is_the_readme(site: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pagination = (site / "pagination" / "index.html").read_text(encoding="utf-8")
    code = re.sub(r"<[^>]+>", "", pagination)
    assert "client.paginate.describe_workspaces(" in readme
    assert "client.paginate.describe_workspaces(" in code
    # Links between README sections point at the page that carries the section.
    for slug in re.findall(r"\]\(#([\w-]+)\)", readme):
        assert any(f'id="{slug}"' in p.read_text("utf-8") for p in site.rglob("*.html")), slug
