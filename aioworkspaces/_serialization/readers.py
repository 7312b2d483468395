"""Readers: JSON documents -> attrs results, one compiled function per shape.

Parsing answers is most of the SDK's per-call work (a DescribeWorkspaces page is 25
WorkSpaces of some 40 members each), so instead of dispatching on the type of every
value, each result class gets a function written for it the first time it is read:
scalar checks inline, enum members looked up in a dict, nested shapes and lists
calling their own readers. Unknown members are ignored; unknown enum values become
pseudo-members; a value of the wrong JSON type raises `TypeError` or `ValueError`
(the pipeline turns those into `ResponseParseError`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import enum
import functools
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from ..types._shape import WIRE, without_none
from .compiler import PerShape, Source

__all__ = ["reader_for"]

_UTC = _dt.timezone.utc
Reader = Callable[[Any], Any]


# --- scalars, for the values the inline checks do not settle --------------------------


def _type_error(value: Any, expected: str) -> TypeError:
    return TypeError(f"expected {expected}, got {type(value).__name__} {str(value)[:40]!r}")


def _string(value: Any) -> str:
    raise _type_error(value, "a string")  # only called when `value` is not a str


def _integer(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _type_error(value, "an integer")


def _boolean(value: Any) -> bool:
    raise _type_error(value, "a boolean")


def _number(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise _type_error(value, "a number")


def _timestamp(value: Any) -> _dt.datetime:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _dt.datetime.fromtimestamp(value, _UTC)
    if isinstance(value, str):
        try:
            return _dt.datetime.fromtimestamp(float(value), _UTC)
        except ValueError:
            parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return parsed.replace(tzinfo=_UTC) if parsed.tzinfo is None else parsed.astimezone(_UTC)
    raise _type_error(value, "a timestamp")


def _blob(value: Any) -> bytes:
    if not isinstance(value, str):
        raise _type_error(value, "base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"invalid base64: {exc}") from None


def _enum_value(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, str):
        raise _type_error(value, f"a string for {cls.__name__}")
    return cls(value)  # a value the enum does not know: a pseudo-member


def _not_list(value: Any) -> list[Any]:
    raise _type_error(value, "a list")


def _not_map(value: Any) -> dict[str, Any]:
    raise _type_error(value, "an object")


# --- code generation --------------------------------------------------------------------


#: Scalars whose JSON type is their Python type: (type name, converter for the rest).
_SCALAR_CHECKS: dict[Any, tuple[str, str]] = {
    str: ("str", "_string"),
    int: ("int", "_integer"),
    bool: ("bool", "_boolean"),
    float: ("float", "_number"),
}


class _ReaderSource(Source):
    """The source of one reader, and the globals it uses."""

    def __init__(self) -> None:
        super().__init__(
            {
                "_string": _string,
                "_integer": _integer,
                "_boolean": _boolean,
                "_number": _number,
                "_timestamp": _timestamp,
                "_blob": _blob,
                "_enum_value": _enum_value,
                "_not_list": _not_list,
                "_not_map": _not_map,
                "_from_epoch": _dt.datetime.fromtimestamp,
                "_UTC": _UTC,
            }
        )

    def expression(self, annotation: Any, var: str) -> str:
        """An expression converting `var` (known not to be None) to `annotation`."""
        origin = typing.get_origin(annotation)
        if origin in (list, Sequence):
            (item,) = typing.get_args(annotation)
            if isinstance(item, type) and attrs.has(item):
                # `map` spares the comprehension's own function call (Python < 3.12).
                items = f"list(map({self.nested_function(item)}, {var}))"
            else:
                items = f"[{self.expression(item, '_x')} for _x in {var}]"
            return f"{items} if type({var}) is list else _not_list({var})"
        if origin in (dict, Mapping):
            _, item = typing.get_args(annotation)
            return (
                f"{{_k: {self.expression(item, '_x')} for _k, _x in {var}.items()}} "
                f"if type({var}) is dict else _not_map({var})"
            )
        if isinstance(annotation, type) and attrs.has(annotation):
            return f"{self.nested_function(annotation)}({var})"
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            members = self.bind(annotation._value2member_map_, "_members")
            cls = self.bind(annotation, "_enum")
            # `or` is safe: members are str subclasses, and "" is no member's value. A
            # value that is no str misses the dict (or is unhashable: a TypeError too).
            return f"{members}.get({var}) or _enum_value({var}, {cls})"
        checked = _SCALAR_CHECKS.get(annotation)
        if checked is not None:
            kind, check = checked
            return f"{var} if type({var}) is {kind} else {check}({var})"
        if annotation is _dt.datetime:
            return (
                f"_from_epoch({var}, _UTC) if type({var}) is int or type({var}) is float "
                f"else _timestamp({var})"
            )
        if annotation is bytes:
            return f"_blob({var})"
        raise TypeError(f"no reader for {annotation!r}")  # a bug in the types


_INLINE_DEPTH = 4
"""How deep nested structures are read inside their parent's function, not by a call."""


@functools.cache
def _filling(cls: type) -> type:
    """A subclass of `cls` whose instances take plain attribute stores.

    Its layout is `cls`'s (no slots of its own), so a reader fills an instance with
    plain stores (which Python specializes to a direct slot write) and then makes it a
    `cls` by assigning `__class__`. Both `__setattr__` and `__delattr__` must be
    object's for the class to get the generic, specializable attribute setter.
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


def _generate(cls: type, source: _ReaderSource) -> list[str]:
    source.names["_new"] = object.__new__
    lines = ["def generated(document):"]
    _read_object(cls, source, lines, "document", "obj", 0, "    ", (cls,))
    lines.append("    return obj")
    return lines


def _read_object(
    cls: type,
    source: _ReaderSource,
    lines: list[str],
    document: str,
    target: str,
    depth: int,
    indent: str,
    within: tuple[type, ...],
) -> None:
    """Append the lines that read the JSON object `document` into a new `cls` named `target`.

    Nested structures (and the items of lists of them) are read inline, down to
    `_INLINE_DEPTH` and never into a shape that contains itself: a call per nested
    object costs as much as reading a few of its members.
    """
    attrs.resolve_types(cls)
    get, v = f"get{depth}", f"v{depth}"
    lines += [
        f"{indent}if type({document}) is not dict:",
        f"{indent}    raise TypeError('expected an object for {cls.__name__}, got ' + type({document}).__name__)",
        f"{indent}{get} = {document}.get",
        # Made without `__init__` and filled as a `_filling(cls)` before it becomes a
        # `cls`: a frozen attrs `__init__` pays a guarded `__setattr__` per member, and
        # even calling each slot's `__set__` costs more than the rest of the reading.
        f"{indent}{target} = _new({source.bind(_filling(cls), '_filling')})",
    ]
    for field in attrs.fields(cls):
        wire = field.metadata.get(WIRE)
        if wire is None:  # not on the wire (`response_metadata`): its default
            lines.append(
                f"{indent}{target}.{field.name} = {source.bind(field.default, '_default')}"
            )
            continue
        annotation = without_none(field.type)
        lines.append(f"{indent}{v} = {get}({wire!r})")
        if field.default is attrs.NOTHING:
            lines.append(f"{indent}if {v} is None:")
            lines.append(
                f"{indent}    raise ValueError('{cls.__name__}: required member {wire} is missing')"
            )
        checked = _SCALAR_CHECKS.get(annotation)
        inline = _inline_structure(annotation, depth, within)
        if checked is not None:  # the common case costs one type test
            kind, check = checked
            lines.append(f"{indent}if type({v}) is not {kind} and {v} is not None:")
            lines.append(f"{indent}    {v} = {check}({v})")
        elif inline is not None and inline is annotation:  # a nested structure
            inner = f"o{depth + 1}"
            lines.append(f"{indent}if {v} is not None:")
            _read_object(
                inline, source, lines, v, inner, depth + 1, indent + "    ", (*within, inline)
            )
            lines.append(f"{indent}    {v} = {inner}")
        elif inline is not None:  # a list of nested structures
            item, inner, items = f"d{depth + 1}", f"o{depth + 1}", f"l{depth}"
            lines += [
                f"{indent}if {v} is not None:",
                f"{indent}    if type({v}) is not list:",
                f"{indent}        _not_list({v})",
                f"{indent}    {items} = []",
                f"{indent}    for {item} in {v}:",
            ]
            _read_object(
                inline,
                source,
                lines,
                item,
                inner,
                depth + 1,
                indent + "        ",
                (*within, inline),
            )
            lines += [f"{indent}        {items}.append({inner})", f"{indent}    {v} = {items}"]
        else:
            lines.append(f"{indent}if {v} is not None:")
            lines.append(f"{indent}    {v} = {source.expression(annotation, v)}")
        lines.append(f"{indent}{target}.{field.name} = {v}")
    lines.append(f"{indent}{target}.__class__ = {source.bind(cls, '_cls')}")


def _inline_structure(annotation: Any, depth: int, within: tuple[type, ...]) -> type | None:
    """The structure class to read inline for a member of this type, if any."""
    if depth + 1 >= _INLINE_DEPTH:
        return None
    if typing.get_origin(annotation) in (list, Sequence):
        (annotation,) = typing.get_args(annotation)
    if isinstance(annotation, type) and attrs.has(annotation) and annotation not in within:
        return annotation
    return None


reader_for: PerShape[Reader] = PerShape("reader", _generate, _ReaderSource)
"""The function that reads a JSON object into a class (compiled on first use)."""
