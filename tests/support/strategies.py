"""Hypothesis strategies built from the WorkSpaces model.

`valid(shape)` draws SDK objects the model accepts (minimums kept, exactly one member
of a union, enums known or not); `near(shape)` draws JSON that looks like the shape's
wire form but may be wrong anywhere (a wrong type, a bad timestamp, junk base64), for
fuzzing the response parser; `json_values()` is any JSON value at all.
"""

from __future__ import annotations

import base64
import datetime as dt
from functools import cache
from typing import Any

from botocore import xform_name
from hypothesis import strategies as st

import aioworkspaces.types as types_pkg
from tests.support.model import is_enum, shapes

__all__ = ["json_values", "near", "valid"]

_MAX_DEPTH = 5
# No lone surrogates: they cannot be sent as UTF-8, by any client.
_TEXT = st.characters(exclude_categories=["Cs"])
_UTC_TIMES = st.datetimes(
    min_value=dt.datetime(1970, 1, 2),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.just(dt.timezone.utc),
)


@cache
def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value (NaN and infinities included: Python's json reads them)."""
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12))
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=12,
    )


@cache
def valid(name: str, depth: int = 0) -> st.SearchStrategy[Any]:
    """SDK values of shape `name` that pass validation."""
    shape = shapes()[name]
    kind = shape["type"]
    low = shape.get("min", 0)
    if is_enum(shape):
        enum_cls = getattr(types_pkg, name)
        # Mostly known members; sometimes a value the model does not know yet.
        return st.sampled_from(list(enum_cls)) | st.text(_TEXT, max_size=8).map(enum_cls)
    if kind == "string":
        return st.text(_TEXT, min_size=low, max_size=low + 12)
    if kind in ("integer", "long"):
        return st.integers(min_value=low, max_value=max(low, shape.get("max", 2**31 - 1)))
    if kind == "boolean":
        return st.booleans()
    if kind == "timestamp":
        return _UTC_TIMES
    if kind == "blob":
        return st.binary(min_size=max(low, 0), max_size=low + 16)
    if kind == "list":
        size = 0 if depth >= _MAX_DEPTH else 2
        return st.lists(
            valid(shape["member"]["shape"], depth + 1), min_size=low, max_size=max(low, size)
        )
    if kind == "map":
        return st.dictionaries(
            st.text(_TEXT, max_size=6), valid(shape["value"]["shape"], depth + 1), max_size=2
        )
    cls = getattr(types_pkg, name)
    members = shape.get("members", {})
    fields = {
        xform_name(wire): valid(member["shape"], depth + 1) for wire, member in members.items()
    }
    if shape.get("union"):
        return st.one_of([st.builds(cls, **{attr: strategy}) for attr, strategy in fields.items()])
    required = {xform_name(wire) for wire in shape.get("required", [])}
    return st.builds(
        cls,
        **{
            attr: strategy if attr in required or depth >= _MAX_DEPTH else st.none() | strategy
            for attr, strategy in fields.items()
            if attr in required or depth < _MAX_DEPTH
        },
    )


@cache
def near(name: str, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON shaped like the wire form of shape `name`, possibly wrong at any point."""
    shape = shapes()[name]
    kind = shape["type"]
    anything = json_values()
    if depth >= _MAX_DEPTH:
        return anything
    right: st.SearchStrategy[Any]
    if is_enum(shape):
        right = st.sampled_from(shape["enum"]) | st.text(max_size=8)
    elif kind == "string":
        right = st.text(max_size=12)
    elif kind in ("integer", "long"):
        right = st.integers() | st.floats()
    elif kind == "boolean":
        right = st.booleans()
    elif kind == "timestamp":
        right = (
            st.integers()
            | st.floats()
            | st.text(max_size=30)
            | _UTC_TIMES.map(lambda t: t.isoformat())
        )
    elif kind == "blob":
        right = st.binary(max_size=12).map(lambda b: base64.b64encode(b).decode()) | st.text(
            max_size=8
        )
    elif kind == "list":
        right = st.lists(near(shape["member"]["shape"], depth + 1), max_size=3)
    elif kind == "map":
        right = st.dictionaries(
            st.text(max_size=6), near(shape["value"]["shape"], depth + 1), max_size=3
        )
    else:
        members = shape.get("members", {})
        right = st.fixed_dictionaries(
            {},
            optional={wire: near(m["shape"], depth + 1) for wire, m in members.items()},
        )
        # Members the model does not know are to be ignored.
        right = st.builds(
            lambda known, unknown: {**unknown, **known},
            right,
            st.dictionaries(st.text(max_size=8), anything, max_size=2),
        )
    # Mostly the right kind of value, sometimes anything at all.
    return st.one_of(right, right, right, anything)
