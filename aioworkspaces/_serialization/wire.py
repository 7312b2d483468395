"""Conversion between the attrs types and AWS JSON 1.1 documents.

Both directions run functions the generator wrote ahead of time, one per shape, in
`aioworkspaces._codecs` (a module per module of `aioworkspaces.types`). A module is
imported the first time one of its shapes is sent or read: importing the SDK loads
none, and a program only pays for the shapes it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["codec", "from_wire", "later", "to_wire"]

_T = TypeVar("_T")
_FOUND: dict[tuple[str, type], Any] = {}
_PACKAGE = __package__.rpartition(".")[0]
# The generator writes the codecs of the shapes of `aioworkspaces.types.X` into
# `aioworkspaces._codecs.X`: a class's own module names its codec module.
_TYPES = f"{_PACKAGE}.types."
_CODECS = f"{_PACKAGE}._codecs."


def codec(cls: type, prefix: str) -> Any:
    """The generated `read_`, `write_` or `SPEC_` of class `cls`."""
    key = (prefix, cls)
    found = _FOUND.get(key)
    if found is None:
        module = getattr(cls, "__module__", "")
        generated = module.startswith(_TYPES) and "._" not in module[len(_TYPES) - 1 :]
        if generated:
            loaded = importlib.import_module(_CODECS + module[len(_TYPES) :])
            found = getattr(loaded, prefix + cls.__name__, None)
        if found is None:
            raise TypeError(f"{cls.__qualname__} is not a structure of aioworkspaces.types")
        _FOUND[key] = found
    return found


def later(module: str, name: str) -> Callable[[Any], Any]:
    """A function calling `name` of codec module `module`, imported on the first call."""
    found: Callable[[Any], Any] | None = None

    def call(value: Any) -> Any:
        nonlocal found
        if found is None:
            loaded = importlib.import_module(_CODECS + module)
            found = getattr(loaded, name)
        return found(value)

    return call


def to_wire(value: Any) -> dict[str, Any]:
    """The JSON document for an input structure (unset members omitted)."""
    writer: Callable[[Any], dict[str, Any]] = codec(type(value), "write_")
    return writer(value)


def from_wire(document: Any, cls: type[_T]) -> _T:
    """Read a parsed JSON document into `cls`; unknown members are ignored."""
    result: _T = codec(cls, "read_")(document)
    return result
