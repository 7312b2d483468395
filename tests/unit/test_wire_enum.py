"""The generated enums, built by `_shape.wire_enum`, are what `class X(WireEnum)` makes.

`wire_enum` takes the standard library's fast path (`enum._simple_enum`, 3.11+) for the
76 enums of the model; these tests hold every one of them to its twin made by the enum
metaclass, with the standard library's own comparison (`enum._test_simple_enum`).
"""

from __future__ import annotations

import enum
import pickle
import sys
from typing import Any

import pytest

import aioworkspaces.types as types_pkg
from aioworkspaces.types._shape import EnumMembers, WireEnum, enum_class, wire_enum
from tests.support.model import is_enum, shapes

ENUMS = sorted(n for n, s in shapes().items() if is_enum(s))


def declaration(cls: type[WireEnum]) -> type[Any]:
    """The plain class a generated module declares for `cls`."""
    body: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
    }
    body.update({member.name: member.value for member in cls.__members__.values()})
    return type(cls.__name__, (EnumMembers,), body)


@pytest.mark.parametrize("name", ENUMS)
def test_a_generated_enum_is_the_one_the_metaclass_makes(name: str) -> None:
    generated: type[WireEnum] = getattr(types_pkg, name)
    twin = enum_class(declaration(generated))
    fast = wire_enum(declaration(generated))
    if sys.version_info >= (3, 11):
        # Raises TypeError naming every difference (members, their order, values,
        # names, the class's own attributes and methods).
        enum._test_simple_enum(twin, fast)  # type: ignore[attr-defined]
    assert type(generated) is type(twin)
    assert [m.__class__.__name__ for m in generated.__mro__] == [
        m.__class__.__name__ for m in twin.__mro__
    ]
    assert generated.__mro__[1:] == twin.__mro__[1:] == (WireEnum, str, enum.Enum, object)
    assert list(generated.__members__) == list(twin.__members__)
    assert [m.value for m in generated] == [m.value for m in twin]
    assert (generated.__doc__, generated.__module__, generated.__qualname__) == (
        twin.__doc__,
        twin.__module__,
        twin.__qualname__,
    )


def test_a_fast_enum_behaves_as_a_wire_enum() -> None:
    from aioworkspaces.types import WorkspaceState

    assert WorkspaceState("AVAILABLE") is WorkspaceState.AVAILABLE
    assert WorkspaceState["STOPPED"] is WorkspaceState.STOPPED
    assert WorkspaceState.AVAILABLE == "AVAILABLE" and isinstance(WorkspaceState.AVAILABLE, str)
    assert str(WorkspaceState.AVAILABLE) == f"{WorkspaceState.AVAILABLE}" == "AVAILABLE"
    assert repr(WorkspaceState.STOPPED) == "WorkspaceState.STOPPED"
    assert pickle.loads(pickle.dumps(WorkspaceState.STOPPED)) is WorkspaceState.STOPPED
    # A value the service added later: a pseudo-member, the same object each time.
    later = WorkspaceState("HIBERNATED_SOMEDAY")
    assert later.value == "HIBERNATED_SOMEDAY" and WorkspaceState("HIBERNATED_SOMEDAY") is later
    assert later not in list(WorkspaceState)
    with pytest.raises(ValueError):
        WorkspaceState(3)
    with pytest.raises(AttributeError):
        WorkspaceState.AVAILABLE = "x"  # type: ignore[misc]
