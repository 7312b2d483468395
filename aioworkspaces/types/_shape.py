"""The building blocks the generated WorkSpaces types are written with (hand-written).

The generated classes are plain `attrs.frozen(kw_only=True)` classes, so that type
checkers see attrs classes (`attrs.evolve`, `attrs.asdict`, `attrs.fields` and
`attrs.has` accept them under mypy's attrs plugin and pyright). Each attribute's
`metadata` carries its wire name (`"wire"`) and the model's minimum (`"min"`).
This module holds what they share: `WireEnum`, the base of the model's string enums
(a value the service sends that the enum does not know yet becomes a pseudo-member
instead of an error), `ResponseMetadata`, and the union marker.
"""

from __future__ import annotations

import enum
from typing import TypeVar

import attrs

__all__ = [
    "MINIMUM",
    "NO_METADATA",
    "WIRE",
    "ResponseMetadata",
    "WireEnum",
    "is_union",
    "union_shape",
]

#: Metadata keys an attribute carries.
WIRE = "wire"
MINIMUM = "min"
_UNION = "__aioworkspaces_union__"

_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class ResponseMetadata:
    """What the SDK knows about the HTTP exchange that produced a result."""

    request_id: str | None
    """The `x-amzn-RequestId` the service sent, if any."""
    http_status: int
    """The HTTP status of the final attempt."""
    retry_attempts: int
    """Retries made: 0 when the first attempt succeeded."""


NO_METADATA = ResponseMetadata(request_id=None, http_status=200, retry_attempts=0)


def union_shape(cls: type[_T]) -> type[_T]:
    """Mark `cls` as a union shape: every member optional, exactly one must be set.

    Validation checks it before a request is sent.
    """
    setattr(cls, _UNION, True)
    return cls


def is_union(cls: type) -> bool:
    """Whether `cls` is a union shape."""
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
