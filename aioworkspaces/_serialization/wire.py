"""Conversion between the attrs types and AWS JSON 1.1 documents.

Both directions run compiled functions, one per shape, written the first time the
shape is sent (`writers`) or read (`readers`): importing the SDK builds nothing, and
a program only pays for the shapes it uses.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .readers import reader_for
from .writers import writer_for

__all__ = ["from_wire", "to_wire"]

_T = TypeVar("_T")


def to_wire(value: Any) -> dict[str, Any]:
    """The JSON document for an input structure (unset members omitted)."""
    return writer_for(type(value))(value)


def from_wire(document: Any, cls: type[_T]) -> _T:
    """Read a parsed JSON document into `cls`; unknown members are ignored."""
    result: _T = reader_for(cls)(document)
    return result
