"""What the generated readers (`aioworkspaces._codecs`) call: JSON values -> Python values.

Parsing answers is most of the SDK's per-call work (a DescribeWorkspaces page is 25
WorkSpaces of some 40 members each), so each result class has a reader written for
it by the generator: scalar checks inline, enum members looked up in a dict, nested
shapes read inline. The functions here handle what the inline checks do not settle:
they convert a value of another JSON type where botocore would, and otherwise raise
`TypeError` or `ValueError` (the pipeline turns those into `ResponseParseError`).
A null value stays None (as botocore keeps a null list item or map value).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import enum
import functools
from collections.abc import Callable
from typing import Any

__all__ = [
    "UTC",
    "as_blob",
    "as_boolean",
    "as_enum",
    "as_integer",
    "as_number",
    "as_string",
    "as_timestamp",
    "filling",
    "from_epoch",
    "missing",
    "new",
    "not_list",
    "not_map",
    "not_object",
]

UTC = _dt.timezone.utc
from_epoch = _dt.datetime.fromtimestamp
new: Callable[[type], Any] = object.__new__


def _type_error(value: Any, expected: str) -> TypeError:
    return TypeError(f"expected {expected}, got {type(value).__name__} {str(value)[:40]!r}")


def as_string(value: Any) -> str | None:
    if value is None:
        return None
    raise _type_error(value, "a string")  # only called when `value` is not a str


def as_integer(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _type_error(value, "an integer")


def as_boolean(value: Any) -> bool | None:
    if value is None:
        return None
    raise _type_error(value, "a boolean")


def as_number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise _type_error(value, "a number")


def as_timestamp(value: Any) -> _dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _dt.datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        try:
            return _dt.datetime.fromtimestamp(float(value), UTC)
        except ValueError:
            parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    raise _type_error(value, "a timestamp")


def as_blob(value: Any) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _type_error(value, "base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"invalid base64: {exc}") from None


def as_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _type_error(value, f"a string for {cls.__name__}")
    return cls(value)  # a value the enum does not know: a pseudo-member


def not_list(value: Any) -> list[Any]:
    raise _type_error(value, "a list")


def not_map(value: Any) -> dict[str, Any]:
    raise _type_error(value, "an object")


def missing(shape: str, wire: str) -> ValueError:
    """The error for a required member the answer lacks."""
    return ValueError(f"{shape}: required member {wire} is missing")


def not_object(value: Any, shape: str) -> Any:
    """None for a null value; a `TypeError` for anything else that is not an object."""
    if value is not None:
        raise TypeError(f"expected an object for {shape}, got {type(value).__name__}")


@functools.cache
def filling(cls: type) -> type:
    """A subclass of `cls` whose instances take plain attribute stores.

    Its layout is `cls`'s (no slots of its own), so a reader fills an instance with
    plain stores (which Python specializes to a direct slot write) and then makes it a
    `cls` by assigning `__class__`: a frozen attrs `__init__` pays a guarded
    `__setattr__` per member. Both `__setattr__` and `__delattr__` must be object's for
    the class to get the generic, specializable attribute setter.
    """
    return type(
        cls.__name__,
        (cls,),
        {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": f"{cls.__qualname__}.filling",
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
        },
    )
