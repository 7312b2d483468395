"""Checks an input structure against the model before anything is sent.

As botocore does: required members present, values of the right type, and the
model's minimums (string and blob length, list size, integer value). Patterns,
maximums and enum sets are left to the service, so values it adds later keep working.
What each structure has is the generator's spec of it (`SPEC_<Shape>` in
`aioworkspaces._codecs`): members, kinds and minimums come from the model, not from
inspecting annotations.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .._exceptions import ParamValidationError
from .wire import codec

__all__ = ["check_ids", "validate"]

# A checker appends "path: problem" lines for `value` at `path`.
_Checker = Callable[[Any, str, list[str]], None]


def validate(operation: str, request: Any) -> None:
    """Raise `ParamValidationError` listing every problem of `request`, or return."""
    problems: list[str] = []
    _structure_checker(type(request))(request, "", problems)
    if problems:
        raise ParamValidationError(operation, problems)


def check_ids(operation: str, ids: Iterable[str]) -> list[str]:
    """`ids` as a list of non-empty strings, or `ParamValidationError` (a lone str is refused)."""
    if isinstance(ids, str):
        raise ParamValidationError(operation, [f"ids: expected a collection of ids, got {ids!r}"])
    listed = list(ids)
    bad = [i for i in listed if not isinstance(i, str) or not i]
    if bad:
        raise ParamValidationError(operation, [f"ids: expected non-empty strings, got {bad[:3]!r}"])
    return listed


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_problem(path: str, value: Any, expected: str) -> str:
    return f"{path}: expected {expected}, got {type(value).__name__} {_describe(value)}"


def _scalar(
    expected: str, accepts: Callable[[Any], bool], measure_length: bool, minimum: int | None
) -> _Checker:
    def check(value: Any, path: str, problems: list[str]) -> None:
        if not accepts(value):
            problems.append(_type_problem(path, value, expected))
        elif minimum is not None:
            size = len(value) if measure_length else value
            if size < minimum:
                rule = "length" if measure_length else "value"
                problems.append(f"{path}: {rule} {size} is below the minimum {rule} {minimum}")

    return check


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_timestamp(value: Any) -> bool:
    return isinstance(value, _dt.datetime) or _is_number(value)


def _is_blob(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, str))


_SIMPLE: dict[str, tuple[str, Callable[[Any], bool], bool]] = {
    # kind -> (what is expected, test, whether `min` measures a length)
    "string": ("a string", lambda v: isinstance(v, str), True),
    "boolean": ("a boolean", lambda v: isinstance(v, bool), False),
    "integer": ("an integer", _is_int, False),
    "number": ("a number", _is_number, False),
    "blob": ("bytes", _is_blob, True),
    "timestamp": ("a datetime", _is_timestamp, False),
}


def _checker_for(kind: tuple[Any, ...], minimum: int | None) -> _Checker:
    """The checker of a value of `kind`, as the generator's specs state kinds.

    A kind is `("string",)` (and the other scalars), `("enum", name)`,
    `("structure", cls)`, `("list", item kind)` or `("map", value kind)`.
    """
    tag = kind[0]
    if tag == "list":
        return _list_checker(_checker_for(kind[1], None), minimum)
    if tag == "map":
        return _map_checker(_checker_for(kind[1], None))
    if tag == "structure":
        return _nested_checker(kind[1])
    if tag == "enum":
        # Any string: enum sets are the service's to check.
        return _scalar("a string or " + kind[1], lambda v: isinstance(v, str), True, minimum)
    expected, accepts, measure_length = _SIMPLE[tag]
    return _scalar(expected, accepts, measure_length, minimum if tag != "timestamp" else None)


def _list_checker(item: _Checker, minimum: int | None) -> _Checker:
    def check(value: Any, path: str, problems: list[str]) -> None:
        if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
            problems.append(_type_problem(path, value, "a list"))
            return
        if minimum is not None and len(value) < minimum:
            problems.append(f"{path}: {len(value)} items is below the minimum of {minimum}")
        for index, element in enumerate(value):
            item(element, f"{path}[{index}]", problems)

    return check


def _map_checker(item: _Checker) -> _Checker:
    def check(value: Any, path: str, problems: list[str]) -> None:
        if not isinstance(value, Mapping):
            problems.append(_type_problem(path, value, "a mapping"))
            return
        for key, element in value.items():
            if not isinstance(key, str):
                problems.append(_type_problem(f"{path} key", key, "a string"))
            item(element, f"{path}[{key!r}]", problems)

    return check


def _nested_checker(cls: type) -> _Checker:
    def check(value: Any, path: str, problems: list[str]) -> None:
        if not isinstance(value, cls):
            problems.append(_type_problem(path, value, cls.__name__))
            return
        _structure_checker(cls)(value, path + ".", problems)

    return check


_CHECKERS: dict[type, _Checker] = {}


def _structure_checker(cls: type) -> _Checker:
    """The checker of an attrs class, built the first time a request reaches it."""
    checker = _CHECKERS.get(cls)
    if checker is None:
        checker = _CHECKERS[cls] = _build_structure_checker(cls)
    return checker


def _build_structure_checker(cls: type) -> _Checker:
    union, spec = codec(cls, "SPEC_")
    members = [
        (name, wire, required, _checker_for(kind, minimum))
        for name, wire, required, minimum, kind in spec
    ]

    def check(value: Any, prefix: str, problems: list[str]) -> None:
        given = []
        for name, wire, required, checker in members:
            member_value = getattr(value, name)
            path = prefix + name
            if member_value is None:
                if required:
                    problems.append(f"{path}: required member {wire} is missing")
                continue
            given.append(name)
            checker(member_value, path, problems)
        if union and len(given) != 1:
            where = prefix.rstrip(".") or cls.__name__
            problems.append(
                f"{where}: {cls.__name__} takes exactly one member, got {len(given)}"
                + (f" ({', '.join(given)})" if given else "")
            )

    return check
