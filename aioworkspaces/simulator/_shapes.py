"""Request validation driven by the generated model tables.

The messages follow the service's (Coral's) wording, so code that matches on them keeps
working: ``1 validation error detected: Value null at 'workspaces.1.member.userName'
failed to satisfy constraint: Member must not be null``. A JSON type the model does not
allow (a string where a list belongs) is a ``SerializationException``, as on AWS.
"""

from __future__ import annotations

import base64
import binascii
import re
from functools import cache
from typing import Any

from aioworkspaces.simulator import _model
from aioworkspaces.simulator._errors import ServiceFault


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _path_name(member: str) -> str:
    """The member as the service names it in messages: `WorkspaceIds` -> `workspaceIds`."""
    return member[:1].lower() + member[1:]


def _value_text(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={_value_text(v)}" for k, v in value.items()) + "}"
    return str(value)


class _Checker:
    """Walks one request against its input shape, collecting constraint violations."""

    def __init__(self, patterns: bool) -> None:
        self.errors: list[str] = []
        self.patterns = patterns

    def fail(self, value: Any, path: str, constraint: str) -> None:
        shown = "null" if value is None else f"'{_value_text(value)}'"
        self.errors.append(
            f"Value {shown} at '{path}' failed to satisfy constraint: Member must {constraint}"
        )

    def check(self, shape: str, value: Any, path: str) -> None:
        if shape in _model.STRUCTURES:
            self.structure(shape, value, path)
        elif shape in _model.LISTS:
            member, min_items, max_items = _model.LISTS[shape]
            if not isinstance(value, list):
                raise _wrong_type(path, "list")
            self.size(value, len(value), min_items, max_items, path)
            for index, item in enumerate(value, 1):
                if item is None:
                    self.fail(None, f"{path}.{index}.member", "not be null")
                else:
                    self.check(member, item, f"{path}.{index}.member")
        elif shape in _model.MAPS:
            key, item_shape, min_entries, max_entries = _model.MAPS[shape]
            if not isinstance(value, dict):
                raise _wrong_type(path, "map")
            self.size(value, len(value), min_entries, max_entries, path)
            for name, item in value.items():
                self.check(key, name, f"{path}.{name}.key")
                if item is not None:
                    self.check(item_shape, item, f"{path}.{name}.value")
        elif shape in _model.STRINGS:
            self.string(shape, value, path)
        elif shape in _model.NUMBERS:
            kind, low, high = _model.NUMBERS[shape]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _wrong_type(path, kind)
            if kind in ("integer", "long") and not float(value).is_integer():
                raise _wrong_type(path, kind)
            if low is not None and value < low:
                self.fail(value, path, f"have value greater than or equal to {low}")
            if high is not None and value > high:
                self.fail(value, path, f"have value less than or equal to {high}")
        else:
            self.scalar(shape, value, path)

    def structure(self, shape: str, value: Any, path: str) -> None:
        members, required, union = _model.STRUCTURES[shape]
        if not isinstance(value, dict):
            raise _wrong_type(path or shape, "structure")
        prefix = f"{path}." if path else ""
        for name in required:
            if value.get(name) is None:
                self.fail(None, prefix + _path_name(name), "not be null")
        given = [name for name in members if value.get(name) is not None]
        if union and len(given) != 1:
            self.fail(value, path, f"have exactly one of {', '.join(members)} set")
        for name in given:
            self.check(members[name], value[name], prefix + _path_name(name))

    def string(self, shape: str, value: Any, path: str) -> None:
        low, high, pattern, enum = _model.STRINGS[shape]
        if not isinstance(value, str):
            raise _wrong_type(path, "string")
        if enum and value not in enum:
            self.fail(value, path, f"satisfy enum value set: [{', '.join(enum)}]")
            return
        self.size(value, len(value), low, high, path)
        if self.patterns and pattern is not None and _pattern(pattern).search(value) is None:
            self.fail(value, path, f"satisfy regular expression pattern: {pattern}")

    def scalar(self, shape: str, value: Any, path: str) -> None:
        kind = _model.SCALARS[shape]
        if kind == "boolean" and not isinstance(value, bool):
            raise _wrong_type(path, "boolean")
        if kind == "timestamp" and (
            isinstance(value, bool) or not isinstance(value, (int, float, str))
        ):
            raise _wrong_type(path, "timestamp")
        if kind == "blob":
            if not isinstance(value, str):
                raise _wrong_type(path, "blob")
            try:
                size = len(base64.b64decode(value, validate=True))
            except (binascii.Error, ValueError):
                raise ServiceFault(
                    "SerializationException", f"'{path}' is not valid base64"
                ) from None
            low, high = _model.BLOB_SIZES.get(shape, (None, None))
            self.size(value, size, low, high, path)

    def size(self, value: Any, size: int, low: int | None, high: int | None, path: str) -> None:
        if low is not None and size < low:
            self.fail(value, path, f"have length greater than or equal to {low}")
        if high is not None and size > high:
            self.fail(value, path, f"have length less than or equal to {high}")


def _wrong_type(path: str, expected: str) -> ServiceFault:
    return ServiceFault("SerializationException", f"'{path}' is not a {expected}")


def validate(operation: str, body: Any, *, patterns: bool = True) -> None:
    """Raise the service's error for a request that breaks its input shape's constraints.

    `patterns=False` leaves out the regular expressions (ids of any form pass).
    """
    shape = _model.OPERATIONS[operation][0]
    if shape is None:
        return
    checker = _Checker(patterns)
    checker.structure(shape, body, "")
    if checker.errors:
        count = len(checker.errors)
        noun = "error" if count == 1 else "errors"
        raise ServiceFault(
            "ValidationException",
            f"{count} validation {noun} detected: " + "; ".join(checker.errors),
        )
