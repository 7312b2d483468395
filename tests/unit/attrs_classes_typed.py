"""Type-checked, not run: SDK classes are attrs classes for pyright too (issue 12.2).

`make typecheck` runs pyright on this file (see `[tool.pyright]` in pyproject.toml) and
mypy --strict on it with the rest of the tests; test_attrs_typing.py also proves with
mypy that a misuse is reported.
"""

from __future__ import annotations

import attrs

from aioworkspaces import BeforeSignEvent, ClientConfig, Credentials
from aioworkspaces.types import (
    DescribeWorkspacesRequest,
    DescribeWorkspacesResult,
    ImageSourceIdentifier,
    Tag,
    Workspace,
)
from tests.support.compat import assert_type


def uses_attrs_functions() -> None:
    tag = Tag(key="k", value="v")
    assert_type(attrs.evolve(tag, value="w"), Tag)
    as_dict: dict[str, object] = attrs.asdict(Workspace(workspace_id="ws-1"))
    assert as_dict
    names = [f.name for f in attrs.fields(DescribeWorkspacesRequest)]
    assert names
    wire = attrs.fields(Tag).key.metadata["wire"]
    assert wire == "Key"
    assert_type(attrs.evolve(DescribeWorkspacesResult(), next_token="t"), DescribeWorkspacesResult)
    assert attrs.has(DescribeWorkspacesResult) and attrs.has(ImageSourceIdentifier)


def uses_attrs_functions_on_handwritten_classes() -> None:
    config = attrs.evolve(ClientConfig(), retry_mode="legacy", rate_limits={"*": 2})
    assert_type(config, ClientConfig)
    timeout = attrs.fields(ClientConfig).connect_timeout
    assert timeout.default == 60.0
    assert_type(attrs.evolve(Credentials("AKID", "secret"), token="t"), Credentials)
    event = BeforeSignEvent("DescribeWorkspaces", 1, "https://x", {})
    assert_type(attrs.evolve(event, attempt=2), BeforeSignEvent)
    assert attrs.has(ClientConfig) and attrs.has(BeforeSignEvent)
