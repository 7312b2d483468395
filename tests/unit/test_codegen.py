"""The generator: the drift check catches a hand edit, the layout names unplaced shapes,
and the documentation a user sees comes from the model."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.model import LayoutError, Model, load

ROOT = Path(__file__).resolve().parents[2]


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "--check", "--root", str(root)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_committed_files_are_what_the_generator_makes() -> None:
    done = _check(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_drift_check_names_an_edited_a_missing_and_an_extra_file(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "aioworkspaces", tmp_path / "aioworkspaces")
    edited = tmp_path / "aioworkspaces" / "types" / "workspaces.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    (tmp_path / "aioworkspaces" / "_tables.py").unlink()
    (tmp_path / "aioworkspaces" / "types" / "calls" / "stray.py").write_text("")
    done = _check(tmp_path)
    assert done.returncode == 1
    assert "differs: aioworkspaces/types/workspaces.py" in done.stdout
    assert "missing: aioworkspaces/_tables.py" in done.stdout
    assert "extra (not generated): aioworkspaces/types/calls/stray.py" in done.stdout
    assert "types/_shape.py" not in done.stdout  # hand-written, not the generator's


def test_the_drift_check_covers_the_local_services_model_tables(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "aioworkspaces", tmp_path / "aioworkspaces")
    tables = tmp_path / "aioworkspaces" / "simulator" / "_model.py"
    tables.write_text(tables.read_text().replace("DescribeWorkspaces", "DescribeWorkspace", 1))
    done = _check(tmp_path)
    assert done.returncode == 1
    assert "differs: aioworkspaces/simulator/_model.py" in done.stdout
    tables.unlink()
    assert "missing: aioworkspaces/simulator/_model.py" in _check(tmp_path).stdout


def test_every_generated_file_says_so() -> None:
    header = load().header
    assert "botocore 1.44.8" in header and "Do not edit by hand" in header
    for path in ("_operations.py", "errors.py", "_tables.py", "types/workspaces.py"):
        assert (ROOT / "aioworkspaces" / path).read_text().splitlines()[0] == header


def test_a_shape_the_layout_does_not_place_is_named() -> None:
    model = load()
    layout = copy.deepcopy(model.layout)
    layout["domains"]["directories"]["shapes"].remove("WorkspaceOSUserMode")
    stripped = Model(model.service, {"pagination": model.paginators}, "x", layout)
    with pytest.raises(LayoutError, match="WorkspaceOSUserMode"):
        stripped.module_of  # noqa: B018


def test_describe_workspaces_documents_what_boto3_documents() -> None:
    from aioworkspaces import WorkSpacesClient

    raw = WorkSpacesClient.describe_workspaces.__doc__ or ""
    doc = " ".join(raw.split())
    assert raw.splitlines()[0] == "Describes the specified WorkSpaces."
    assert "you can specify only one filter at a time" in doc
    assert "Args:" in doc and "Returns:" in doc and "Raises:" in doc
    # No types in `Args:`: the site takes them (linked) from the signature.
    assert "workspace_ids: The identifiers of the WorkSpaces." in doc
    assert "You cannot combine this parameter with any other filter." in doc
    # A member of the same shape is named as the argument it is.
    assert "(see `user_name`)" in doc
    # What the result holds, not only its name.
    assert "A `DescribeWorkspacesResult` holding these members." in doc
    assert "- `workspaces`: Information about the WorkSpaces." in doc
    assert "InvalidParameterValuesException: One or more parameter values are not valid." in doc


def test_required_arguments_say_so() -> None:
    from aioworkspaces import WorkSpacesClient

    doc = " ".join((WorkSpacesClient.create_workspaces_pool.__doc__ or "").split())
    assert "pool_name: Required. The name of the pool." in doc
    assert "tags: The tags for the pool." in doc


def test_the_first_line_of_a_docstring_is_its_whole_first_sentence() -> None:
    from aioworkspaces import WorkSpacesClient

    doc = WorkSpacesClient.associate_connection_alias.__doc__ or ""
    assert doc.splitlines()[0] == (
        "Associates the specified connection alias with the specified directory to enable"
        " cross-Region redirection."
    )


def test_an_end_of_support_notice_is_a_warning_after_the_summary() -> None:
    from aioworkspaces import WorkSpacesClient

    doc = WorkSpacesClient.create_workspaces_pool.__doc__ or ""
    summary, blank, warning, notice = doc.splitlines()[:4]
    assert (summary, blank, warning.strip()) == ("Creates a pool of WorkSpaces.", "", "Warning:")
    assert notice.strip().startswith("End of support notice: On December 31, 2027")
    # The link keeps its address, as Markdown, never broken across lines.
    assert (
        "[Amazon WorkSpaces Pools end of support]"
        "(https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-pools-end-of-support.html)"
        in doc
    )


def test_the_raised_errors_are_imported_for_the_docs() -> None:
    import ast

    tree = ast.parse((ROOT / "aioworkspaces" / "_operations.py").read_text())
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "errors"
        for alias in node.names
    }
    raised: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncFunctionDef) and "Raises:" in (ast.get_docstring(node) or ""):
            section = (ast.get_docstring(node) or "").split("Raises:", 1)[1]
            raised.update(re.findall(r"^    (\w+): ", section, re.MULTILINE))
    assert "InvalidParameterValuesException" in raised
    assert raised <= imported, raised - imported


def test_generated_lines_fit_in_100_columns() -> None:
    """But for a docstring's first line (a whole sentence) and lines holding a link."""
    too_long = []
    for path in (ROOT / "aioworkspaces").rglob("*.py"):
        lines = path.read_text().splitlines()
        if not lines or not lines[0].startswith("# Generated by codegen"):
            continue
        too_long += [
            f"{path}:{n}"
            for n, line in enumerate(lines[1:], 2)
            if len(line) > 100 and not line.lstrip().startswith('"""') and "](" not in line
        ]
    assert not too_long, too_long[:10]
