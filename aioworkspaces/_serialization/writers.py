"""What the generated writers (`aioworkspaces._codecs`) call: Python values -> JSON values.

Each request class has a writer written for it by the generator, which puts every
member that is set under its wire name (unset members are left out; given `[]`, `""`,
`False` and `0` are sent). Values were checked by `validation` before, so these
convert without checking again.
"""

from __future__ import annotations

import base64
import calendar
import datetime as _dt
import enum
from typing import Any

__all__ = ["blob", "enum_value", "timestamp"]

_UTC = _dt.timezone.utc


def timestamp(value: _dt.datetime | float) -> float | int:
    """Epoch seconds, as botocore sends them: an int unless there are microseconds."""
    if not isinstance(value, _dt.datetime):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(_UTC)
    seconds = calendar.timegm(value.timetuple())
    if value.microsecond:
        return (seconds * 10**6 + value.microsecond) / 10**6
    return seconds


def blob(value: bytes | bytearray | memoryview | str) -> str:
    """Base64 text of the bytes (a str is sent as its UTF-8 bytes)."""
    raw = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return base64.b64encode(raw).decode("ascii")


def enum_value(value: Any) -> Any:
    """The wire string of an enum member (a plain string given for it is sent as it is)."""
    return value.value if isinstance(value, enum.Enum) else value
