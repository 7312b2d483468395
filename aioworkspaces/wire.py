"""Conversion between the attrs types and AWS JSON 1.1 documents.

Requests go out through cattrs: its unstructure hooks, generated once per class the
first time the class is sent, rename attributes to the wire names of their
`member(...)` metadata and leave out unset members. Answers come in through
`readers`, which compiles one reading function per result shape: parsing is the
SDK's hot path. Importing the SDK builds neither.
"""

from __future__ import annotations

import base64
import calendar
import datetime as _dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .readers import reader_for
from .types._shape import WIRE, WireEnum

if TYPE_CHECKING:
    import cattrs

__all__ = ["from_wire", "to_wire"]

_T = TypeVar("_T")
_UTC = _dt.timezone.utc


def _timestamp_to_wire(value: _dt.datetime | float) -> float | int:
    # As botocore: epoch seconds, an int unless there are microseconds.
    if not isinstance(value, _dt.datetime):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(_UTC)
    seconds = calendar.timegm(value.timetuple())
    if value.microsecond:
        return (seconds * 10**6 + value.microsecond) / 10**6
    return seconds


def _blob_to_wire(value: bytes | bytearray | memoryview | str) -> str:
    raw = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return base64.b64encode(raw).decode("ascii")


def _renames(cls: type) -> dict[str, Any]:
    from cattrs.gen import override

    renames: dict[str, Any] = {}
    for field in attrs.fields(cls):
        wire = field.metadata.get(WIRE)
        renames[field.name] = override(omit=True) if wire is None else override(rename=wire)
    return renames


@cache
def _converter() -> cattrs.Converter:
    """The request converter, made on the first request (importing cattrs costs)."""
    import cattrs
    from cattrs.gen import make_dict_unstructure_fn

    conv = cattrs.Converter()

    def unstructure_factory(cls: type) -> Callable[[Any], dict[str, Any]]:
        attrs.resolve_types(cls)
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **_renames(cls))

    conv.register_unstructure_hook_factory(attrs.has, unstructure_factory)
    conv.register_unstructure_hook(_dt.datetime, _timestamp_to_wire)
    conv.register_unstructure_hook(bytes, _blob_to_wire)
    # A plain string given for an enum member is sent as it is.
    conv.register_unstructure_hook(WireEnum, lambda member: getattr(member, "value", member))

    # Lists given as tuples (or any sequence) go out as JSON arrays.
    def sequence_out(value: Sequence[Any]) -> list[Any]:
        return [conv.unstructure(item) for item in value]

    conv.register_unstructure_hook(tuple, sequence_out)
    return conv


def to_wire(value: Any) -> dict[str, Any]:
    """The JSON document for an input structure (unset members omitted)."""
    document: dict[str, Any] = _converter().unstructure(value)
    return document


def from_wire(document: Any, cls: type[_T]) -> _T:
    """Read a parsed JSON document into `cls`; unknown members are ignored."""
    result: _T = reader_for(cls)(document)
    return result
