"""The generated classes are what `attrs.frozen` makes, though `_shape.frozen` makes them.

Type checkers see `attrs.frozen`; at run time the classes are built without attrs
compiling anything, and `__attrs_attrs__` is made by attrs on first use. What a user can
observe must not differ.
"""

from __future__ import annotations

import copy
import pickle
import sys
import weakref
from typing import Any

import attrs
import pytest

from aioworkspaces.types import (
    DescribeWorkspacesResult,
    ResponseMetadata,
    Tag,
    Workspace,
    WorkspaceProperties,
    WorkspaceState,
)


def twin(cls: type) -> Any:
    """`cls` as attrs itself makes it from the same declaration."""
    return attrs.frozen(kw_only=True, init=False, repr=False, eq=False)(
        type(
            cls.__name__,
            (),
            {
                "__annotations__": dict(cls.__annotations__),
                **{
                    a.name: attrs.field(
                        default=a.default, metadata=dict(a.metadata), eq=a.eq, repr=a.repr
                    )
                    for a in attrs.fields(cls)
                },
            },
        )
    )


@pytest.mark.parametrize("cls", [Workspace, Tag, DescribeWorkspacesResult])
def test_fields_are_what_attrs_makes(cls: type) -> None:
    assert attrs.has(cls)
    fields = attrs.fields(cls)
    made = attrs.fields(twin(cls))

    # Not `type`: another test may have resolved the annotations in place.
    def described(f: Any) -> tuple[Any, ...]:
        return (f.name, f.default, dict(f.metadata), f.eq, f.repr, f.init, f.kw_only, f.alias)

    assert [described(f) for f in fields] == [described(f) for f in made]
    assert type(fields).__name__ == f"{cls.__name__}Attributes"
    if cls is Workspace:
        assert attrs.fields(Workspace).workspace_id.metadata["wire"] == "WorkspaceId"


def test_instances_are_frozen_slotted_and_weakly_referenced() -> None:
    tag = Tag(key="k", value="v")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tag.key = "other"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del tag.key
    assert not hasattr(tag, "__dict__")
    assert weakref.ref(tag)() is tag
    assert Tag.__match_args__ == ()


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_instances_pickle_and_copy(protocol: int) -> None:
    workspace = Workspace(
        workspace_id="ws-1",
        state=WorkspaceState.AVAILABLE,
        workspace_properties=WorkspaceProperties(user_volume_size_gib=10),
    )
    assert pickle.loads(pickle.dumps(workspace, protocol)) == workspace
    assert copy.copy(workspace) == workspace
    assert copy.deepcopy(workspace) == workspace
    result = DescribeWorkspacesResult(
        workspaces=[workspace],
        response_metadata=ResponseMetadata(request_id="r", http_status=200, retry_attempts=0),
    )
    again = pickle.loads(pickle.dumps(result, protocol))
    assert again == result and again.response_metadata.request_id == "r"


def test_evolve_and_asdict() -> None:
    tag = attrs.evolve(Tag(key="k"), value="v")
    assert tag == Tag(key="k", value="v")
    assert attrs.asdict(tag) == {"key": "k", "value": "v"}


@pytest.mark.skipif(sys.version_info < (3, 13), reason="copy.replace is new in 3.13")
def test_copy_replace_as_attrs_gives_it() -> None:
    replace: Any = getattr(copy, "replace")  # noqa: B009 (3.13+: unknown to older stubs)
    assert replace(Tag(key="k"), value="v") == Tag(key="k", value="v")
