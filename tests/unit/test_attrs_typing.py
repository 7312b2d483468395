"""Every class of `aioworkspaces.types` is an attrs class for type checkers too.

mypy's attrs plugin recognises only attrs' own decorators and `attrs.field`, which is
what the generator writes; this runs mypy --strict on a snippet to prove it, and on a
misuse to prove the check can fail.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
    import attrs
    from aioworkspaces.types import (
        DescribeWorkspacesRequest, DescribeWorkspacesResult, ImageSourceIdentifier, Tag, Workspace,
    )

    tag = Tag(key="k", value="v")
    renamed: Tag = attrs.evolve(tag, value="w")
    as_dict: dict[str, object] = attrs.asdict(Workspace(workspace_id="ws-1"))
    names = [f.name for f in attrs.fields(DescribeWorkspacesRequest)]
    wire = attrs.fields(Tag).key.metadata["wire"]
    result = attrs.evolve(DescribeWorkspacesResult(), next_token="t")
    reveal_type(result)
    # The hand-written classes too.
    from aioworkspaces import BeforeSignEvent, ClientConfig, Credentials
    config = attrs.evolve(ClientConfig(), retry_mode="legacy", rate_limits={"*": 2})
    reveal_type(config)
    assert attrs.fields(ClientConfig).connect_timeout.default == 60.0
    key: Credentials = attrs.evolve(Credentials("AKID", "secret"), token="t")
    event: BeforeSignEvent = attrs.evolve(BeforeSignEvent("Op", 1, "https://x", {}), attempt=2)
    # Last: `has` is a TypeGuard, so mypy narrows the class names it is given.
    assert attrs.has(DescribeWorkspacesResult) and attrs.has(ImageSourceIdentifier)
"""

BAD = """
    import attrs
    from aioworkspaces.types import Tag

    attrs.evolve(Tag(key="k"), colour="red")
    Tag(key=1)

    from aioworkspaces import ClientConfig
    attrs.evolve(ClientConfig(), retry_mode="fast")
    ClientConfig(max_attempts="3")
"""


def _mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(source))
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(snippet),
        ]
    )
    return stdout + stderr, status


@pytest.mark.slow
def test_attrs_functions_accept_sdk_classes_under_mypy_strict(tmp_path: Path) -> None:
    output, status = _mypy(tmp_path, GOOD)
    assert (
        'Revealed type is "aioworkspaces.types.calls.describe_workspaces.DescribeWorkspacesResult"'
        in output
    )
    assert 'Revealed type is "aioworkspaces._config.ClientConfig"' in output
    assert status == 0, output


@pytest.mark.slow
def test_a_misuse_is_reported(tmp_path: Path) -> None:
    output, status = _mypy(tmp_path, BAD)
    assert status == 1, output
    assert 'Unexpected keyword argument "colour"' in output, output
    assert 'Argument "key" to "Tag" has incompatible type "int"' in output, output
    assert 'Argument "retry_mode" to "evolve" of "ClientConfig" has incompatible type' in output
    assert 'Argument "max_attempts" to "ClientConfig" has incompatible type "str"' in output
