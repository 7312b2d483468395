"""The Smithy RPC v2 CBOR protocol's body format (RFC 8949), as far as AWS clients use it.

Newer botocore releases prefer this protocol for WorkSpaces. Decoding takes any
well-formed item (definite and indefinite lengths, half/single/double floats, tags);
encoding writes definite lengths, doubles, and tag 1 for timestamps. Between the wire
and the service, blobs become base64 text and timestamps numbers, the JSON protocol's
forms, so validation and the operations see one shape of request.
"""

from __future__ import annotations

import base64
import math
import struct
from typing import Any

from aioworkspaces.simulator import _model


class CBORError(ValueError):
    """The bytes are not one well-formed CBOR data item."""


class Timestamp(float):
    """Seconds since the epoch, encoded with tag 1."""


_BREAK = object()


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, count: int) -> bytes:
        if self.at + count > len(self.data):
            raise CBORError("truncated")
        chunk = self.data[self.at : self.at + count]
        self.at += count
        return chunk

    def argument(self, info: int) -> int | None:
        if info < 24:
            return info
        if info in (24, 25, 26, 27):
            size = 1 << (info - 24)
            return int.from_bytes(self.take(size), "big")
        if info == 31:
            return None  # indefinite length
        raise CBORError(f"reserved additional information {info}")

    def item(self) -> Any:
        initial = self.take(1)[0]
        major, info = initial >> 5, initial & 0x1F
        if major == 7:
            return self.simple(info)
        value = self.argument(info)
        if major == 0:
            return _definite(value)
        if major == 1:
            return -1 - _definite(value)
        if major in (2, 3):
            if value is None:
                chunks = []
                while (chunk := self.item()) is not _BREAK:
                    chunks.append(chunk)
                raw = b"".join(c if isinstance(c, bytes) else c.encode() for c in chunks)
            else:
                raw = self.take(value)
            return raw if major == 2 else raw.decode("utf-8")
        if major == 4:
            items: list[Any] = []
            while value is None or len(items) < value:
                item = self.item()
                if item is _BREAK:
                    break
                items.append(item)
            return items
        if major == 5:
            mapping: dict[Any, Any] = {}
            while value is None or len(mapping) < value:
                key = self.item()
                if key is _BREAK:
                    break
                mapping[key] = self.item()
            return mapping
        tagged = self.item()  # major 6: tag 1 (epoch seconds) and any other read as the value
        return tagged

    def simple(self, info: int) -> Any:
        if info == 20:
            return False
        if info == 21:
            return True
        if info in (22, 23):
            return None
        if info == 25:
            return _half(self.take(2))
        if info == 26:
            return struct.unpack(">f", self.take(4))[0]
        if info == 27:
            return struct.unpack(">d", self.take(8))[0]
        if info == 31:
            return _BREAK
        raise CBORError(f"unsupported simple value {info}")


def _definite(value: int | None) -> int:
    if value is None:
        raise CBORError("an integer cannot have an indefinite length")
    return value


def _half(raw: bytes) -> float:
    bits = int.from_bytes(raw, "big")
    exponent, fraction = (bits >> 10) & 0x1F, bits & 0x3FF
    if exponent == 0:
        value = math.ldexp(fraction, -24)
    elif exponent == 31:
        value = math.inf if fraction == 0 else math.nan
    else:
        value = math.ldexp(fraction + 1024, exponent - 25)
    return -value if bits & 0x8000 else value


def decode(data: bytes) -> Any:
    reader = _Reader(data)
    value = reader.item()
    if value is _BREAK or reader.at != len(data):
        raise CBORError("not exactly one data item")
    return value


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | info]) + value.to_bytes(size, "big")
    raise CBORError("integer too large")


def encode(value: Any) -> bytes:
    out = bytearray()
    _encode(value, out)
    return bytes(out)


def _encode(value: Any, out: bytearray) -> None:
    if value is None:
        out.append(0xF6)
    elif value is True or value is False:
        out.append(0xF5 if value else 0xF4)
    elif isinstance(value, Timestamp):
        out += _head(6, 1)
        _encode(float(value) if not float(value).is_integer() else int(value), out)
    elif isinstance(value, int):
        out += _head(0, value) if value >= 0 else _head(1, -1 - value)
    elif isinstance(value, float):
        out += b"\xfb" + struct.pack(">d", value)
    elif isinstance(value, str):
        raw = value.encode("utf-8")
        out += _head(3, len(raw)) + raw
    elif isinstance(value, bytes):
        out += _head(2, len(value)) + value
    elif isinstance(value, (list, tuple)):
        out += _head(4, len(value))
        for item in value:
            _encode(item, out)
    elif isinstance(value, dict):
        out += _head(5, len(value))
        for key, item in value.items():
            _encode(key, out)
            _encode(item, out)
    else:
        raise CBORError(f"cannot encode {type(value).__name__}")


def to_json_view(shape: str | None, value: Any) -> Any:
    """A decoded request as the JSON protocol would carry it: blobs as base64 text."""
    return _convert(shape, value, inbound=True)


def from_json_view(shape: str | None, value: Any) -> Any:
    """An answer for the CBOR wire: blobs as bytes, timestamps tagged."""
    return _convert(shape, value, inbound=False)


def _convert(shape: str | None, value: Any, *, inbound: bool) -> Any:
    if shape is None:
        return value
    if shape in _model.STRUCTURES and isinstance(value, dict):
        members = _model.STRUCTURES[shape][0]
        return {k: _convert(members.get(k), v, inbound=inbound) for k, v in value.items()}
    if shape in _model.LISTS and isinstance(value, list):
        member = _model.LISTS[shape][0]
        return [_convert(member, v, inbound=inbound) for v in value]
    if shape in _model.MAPS and isinstance(value, dict):
        item = _model.MAPS[shape][1]
        return {k: _convert(item, v, inbound=inbound) for k, v in value.items()}
    kind = _model.SCALARS.get(shape)
    if kind == "blob":
        if inbound and isinstance(value, bytes):
            return base64.b64encode(value).decode()
        if not inbound and isinstance(value, str):
            return base64.b64decode(value)
    if kind == "timestamp" and not inbound and isinstance(value, (int, float)):
        return Timestamp(value)
    return value
