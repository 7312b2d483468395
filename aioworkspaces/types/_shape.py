"""The building blocks every WorkSpaces type is written with.

`shape` makes a frozen, keyword-only attrs class; `member` declares one attribute
together with the name the service uses for it on the wire and the model's minimum
(length, value or list size) that validation checks before a request is sent.
`WireEnum` is the base of the model's string enums: a value the service sends that
the enum does not know yet becomes a pseudo-member instead of an error.
"""

from __future__ import annotations

import enum
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, overload

import attrs

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover
    from typing_extensions import dataclass_transform

__all__ = [
    "MINIMUM",
    "NO_METADATA",
    "WIRE",
    "ResponseMetadata",
    "WireEnum",
    "is_union",
    "member",
    "metadata_member",
    "shape",
    "without_none",
]

#: Metadata keys an attribute carries.
WIRE = "wire"
MINIMUM = "min"
_UNION = "__aioworkspaces_union__"

_T = TypeVar("_T")


def member(wire: str, *, min: int | None = None, default: Any = attrs.NOTHING) -> Any:
    """One member of a shape: `wire` is its name in the model, `min` the model's minimum."""
    metadata: dict[str, Any] = {WIRE: wire}
    if min is not None:
        metadata[MINIMUM] = min
    return attrs.field(default=default, metadata=metadata)


@attrs.define(frozen=True, kw_only=True, slots=True)
class ResponseMetadata:
    """What the SDK knows about the HTTP exchange that produced a result."""

    request_id: str | None
    """The `x-amzn-RequestId` the service sent, if any."""
    http_status: int
    """The HTTP status of the final attempt."""
    retry_attempts: int
    """Retries made: 0 when the first attempt succeeded."""


NO_METADATA = ResponseMetadata(request_id=None, http_status=200, retry_attempts=0)


def metadata_member(*, default: ResponseMetadata = NO_METADATA) -> Any:
    """The `response_metadata` attribute of a result: not sent, not part of `==`.

    Written `metadata_member(default=NO_METADATA)` so type checkers see the default.
    """
    return attrs.field(default=default, eq=False, repr=False)


@overload
def shape(cls: type[_T], /) -> type[_T]: ...
@overload
def shape(*, union: bool = False) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(
    frozen_default=True, kw_only_default=True, field_specifiers=(member, metadata_member)
)
def shape(cls: type[_T] | None = None, /, *, union: bool = False) -> Any:
    """Make `cls` a frozen, keyword-only attrs class compared by value.

    `union=True` marks a union shape: every member is optional and exactly one must be
    set (checked by validation, before a request is sent).
    """

    def wrap(cls: type[_T]) -> type[_T]:
        made = attrs.define(frozen=True, kw_only=True, slots=True, eq=True, repr=True)(cls)
        setattr(made, _UNION, union)
        return made

    return wrap if cls is None else wrap(cls)


def without_none(annotation: Any) -> Any:
    """The type of an optional member (`X | None` -> `X`); other annotations as they are."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        arguments = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(arguments) == 1:
            return arguments[0]
    return annotation


def is_union(cls: type) -> bool:
    """Whether `cls` was declared with `@shape(union=True)`."""
    return bool(getattr(cls, _UNION, False))


class WireEnum(str, enum.Enum):
    """A string enum of the model whose values are exactly the wire strings.

    A value the service sends that the enum does not know never raises: it becomes a
    pseudo-member carrying that value, which is sent back unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> WireEnum | None:
        if not isinstance(value, str):
            return None
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = value
        # Cached so a value seen twice gives the same object (`is` and hashing agree).
        return cls._value2member_map_.setdefault(value, pseudo)  # type: ignore[return-value]

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"
