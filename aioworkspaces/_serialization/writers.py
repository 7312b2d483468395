"""Writers: attrs requests -> JSON documents, one compiled function per shape.

The counterpart of `readers`: each request class gets a function written for it the
first time it is sent, which puts every member that is set under its wire name
(unset members are left out; given `[]`, `""`, `False` and `0` are sent), timestamps
as epoch seconds, blobs as base64, enums as their wire strings. Values were checked
by `validation` before, so the writer converts without checking again.
"""

from __future__ import annotations

import base64
import calendar
import datetime as _dt
import enum
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from ..types._shape import WIRE, without_none
from .compiler import PerShape, Source

__all__ = ["writer_for"]

_UTC = _dt.timezone.utc
Writer = Callable[[Any], dict[str, Any]]


def _timestamp(value: _dt.datetime | float) -> float | int:
    # As botocore: epoch seconds, an int unless there are microseconds.
    if not isinstance(value, _dt.datetime):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(_UTC)
    seconds = calendar.timegm(value.timetuple())
    if value.microsecond:
        return (seconds * 10**6 + value.microsecond) / 10**6
    return seconds


def _blob(value: bytes | bytearray | memoryview | str) -> str:
    raw = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return base64.b64encode(raw).decode("ascii")


def _enum(value: Any) -> Any:
    # A plain string given for an enum member is sent as it is.
    return value.value if isinstance(value, enum.Enum) else value


class _WriterSource(Source):
    """The source of one writer, and the globals it uses."""

    def __init__(self) -> None:
        super().__init__({"_timestamp": _timestamp, "_blob": _blob, "_enum": _enum})

    def expression(self, annotation: Any, var: str) -> str:
        origin = typing.get_origin(annotation)
        if origin in (list, Sequence):
            (item,) = typing.get_args(annotation)
            inner = self.expression(item, "_x")
            return f"list({var})" if inner == "_x" else f"[{inner} for _x in {var}]"
        if origin in (dict, Mapping):
            _, item = typing.get_args(annotation)
            return f"{{_k: {self.expression(item, '_x')} for _k, _x in {var}.items()}}"
        if isinstance(annotation, type) and attrs.has(annotation):
            return f"{self.nested_function(annotation)}({var})"
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return f"_enum({var})"
        if annotation is _dt.datetime:
            return f"_timestamp({var})"
        if annotation is bytes:
            return f"_blob({var})"
        if annotation in (str, int, bool, float):
            return var
        raise TypeError(f"no writer for {annotation!r}")  # a bug in the types


def _generate(cls: type, source: _WriterSource) -> list[str]:
    attrs.resolve_types(cls)
    lines = ["def generated(obj):", "    document = {}"]
    for field in attrs.fields(cls):
        wire = field.metadata.get(WIRE)
        if wire is None:
            continue
        annotation = without_none(field.type)
        lines.append(f"    v = obj.{field.name}")
        lines.append("    if v is not None:")
        lines.append(f"        document[{wire!r}] = {source.expression(annotation, 'v')}")
    lines.append("    return document")
    return lines


writer_for: PerShape[Writer] = PerShape("writer", _generate, _WriterSource)
"""The function that writes an object of a class as a JSON document (compiled on first use)."""
