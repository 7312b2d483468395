"""The SDK and botocore agree on the wire, for every operation.

Seeded random inputs, valid for the model, are serialized by botocore's JSON
serializer and by the SDK: the JSON and the target header must be equal. Seeded
random responses are parsed by botocore's parser and by the SDK: the values must be
equal.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import string
import zlib
from typing import Any

import attrs
import pytest
from botocore import xform_name
from botocore.parsers import create_parser
from botocore.serialize import create_serializer

import aioworkspaces.types as types_pkg
from aioworkspaces._serialization.validation import validate
from aioworkspaces._serialization.wire import from_wire, to_wire
from aioworkspaces.types._shape import WIRE, WireEnum
from tests.support.model import botocore_service_model, is_enum, operations, shapes

CASES_PER_OPERATION = 4
OPERATIONS = sorted(operations())


class Sample:
    """Random wire values for model shapes, and the same values as SDK objects."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def wire(self, shape_name: str, depth: int = 0) -> Any:
        shape = shapes()[shape_name]
        kind = shape["type"]
        rng = self.rng
        if is_enum(shape):
            return rng.choice(shape["enum"])
        if kind == "string":
            low = shape.get("min", 0)
            high = min(shape.get("max", low + 12), low + 12)
            return "".join(
                rng.choice(string.ascii_letters + string.digits)
                for _ in range(rng.randint(low, max(low, high)))
            )
        if kind in ("integer", "long"):
            return rng.randint(shape.get("min", 0), shape.get("max", 10_000))
        if kind == "boolean":
            return rng.random() < 0.5
        if kind == "timestamp":
            return rng.randint(1_500_000_000, 1_900_000_000)
        if kind == "blob":
            return bytes(
                rng.getrandbits(8) for _ in range(rng.randint(max(1, shape.get("min", 1)), 16))
            )
        if kind == "list":
            count = rng.randint(
                shape.get("min", 0), max(shape.get("min", 0), 2 if depth < 3 else 0)
            )
            return [self.wire(shape["member"]["shape"], depth + 1) for _ in range(count)]
        if kind == "map":
            return {
                f"k{i}": self.wire(shape["value"]["shape"], depth + 1)
                for i in range(rng.randint(0, 2))
            }
        members = shape.get("members", {})
        if shape.get("union"):
            chosen = rng.choice(sorted(members))
            return {chosen: self.wire(members[chosen]["shape"], depth + 1)}
        required = set(shape.get("required", []))
        document = {}
        for name, member in members.items():
            if name in required or (depth < 4 and rng.random() < 0.6):
                document[name] = self.wire(member["shape"], depth + 1)
        return document


def to_sdk(shape_name: str, value: Any) -> Any:
    """Build the SDK object for a wire value, independently of the SDK's converter."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    if is_enum(shape):
        return getattr(types_pkg, shape_name)(value)
    if kind == "timestamp":
        return dt.datetime.fromtimestamp(value, dt.timezone.utc)
    if kind == "blob":
        return base64.b64decode(value)
    if kind == "list":
        return [to_sdk(shape["member"]["shape"], v) for v in value]
    if kind == "map":
        return {k: to_sdk(shape["value"]["shape"], v) for k, v in value.items()}
    if kind == "structure":
        cls = getattr(types_pkg, shape_name)
        members = shape.get("members", {})
        return cls(**{xform_name(k): to_sdk(members[k]["shape"], v) for k, v in value.items()})
    return value


def to_botocore_params(shape_name: str, value: Any) -> Any:
    """Wire value -> the Python value botocore's serializer takes."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    if kind == "timestamp":
        return dt.datetime.fromtimestamp(value, dt.timezone.utc)
    if kind == "list":
        return [to_botocore_params(shape["member"]["shape"], v) for v in value]
    if kind == "map":
        return {k: to_botocore_params(shape["value"]["shape"], v) for k, v in value.items()}
    if kind == "structure":
        members = shape.get("members", {})
        return {k: to_botocore_params(members[k]["shape"], v) for k, v in value.items()}
    return value


def sdk_as_botocore(value: Any) -> Any:
    """An SDK result as the dict botocore's parser gives, for comparison."""
    if attrs.has(type(value)):
        out = {}
        for field in attrs.fields(type(value)):
            member = getattr(value, field.name)
            if WIRE in field.metadata and member is not None:
                out[field.metadata[WIRE]] = sdk_as_botocore(member)
        return out
    if isinstance(value, WireEnum):
        return value.value
    if isinstance(value, list):
        return [sdk_as_botocore(v) for v in value]
    if isinstance(value, dict):
        return {k: sdk_as_botocore(v) for k, v in value.items()}
    return value


def wire_json(shape_name: str, value: Any) -> Any:
    """A wire value as JSON: blobs base64."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    if kind == "blob":
        return base64.b64encode(value).decode()
    if kind == "list":
        return [wire_json(shape["member"]["shape"], v) for v in value]
    if kind == "map":
        return {k: wire_json(shape["value"]["shape"], v) for k, v in value.items()}
    if kind == "structure":
        members = shape.get("members", {})
        return {k: wire_json(members[k]["shape"], v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("operation", OPERATIONS)
def test_requests_serialize_like_botocore(operation: str) -> None:
    op_model = botocore_service_model().operation_model(operation)
    serializer = create_serializer("json", include_validation=False)
    input_name = operations()[operation]["input"]["shape"]
    for case in range(CASES_PER_OPERATION):
        wire = Sample(zlib.crc32(f"{operation}:{case}".encode())).wire(input_name)
        request = to_sdk(input_name, wire_json(input_name, wire))
        validate(operation, request)  # valid input passes validation
        expected = serializer.serialize_to_request(to_botocore_params(input_name, wire), op_model)
        assert json.loads(expected["body"] or b"{}") == to_wire(request), f"{operation} case {case}"
        assert expected["headers"]["X-Amz-Target"] == f"WorkspacesService.{operation}"


@pytest.mark.parametrize("operation", OPERATIONS)
def test_responses_parse_like_botocore(operation: str) -> None:
    op_model = botocore_service_model().operation_model(operation)
    parser = create_parser("json")
    output_name = operations()[operation]["output"]["shape"]
    output_cls = getattr(types_pkg, output_name)
    for case in range(CASES_PER_OPERATION):
        document = wire_json(
            output_name, Sample(zlib.crc32(f"{operation}:{case}:out".encode())).wire(output_name)
        )
        body = json.dumps(document).encode()
        expected = parser.parse(
            {"status_code": 200, "headers": {}, "body": body}, op_model.output_shape
        )
        expected.pop("ResponseMetadata", None)
        parsed = from_wire(json.loads(body), output_cls)
        assert sdk_as_botocore(parsed) == expected, f"{operation} case {case}"


def test_retryable_codes_and_statuses_are_botocores() -> None:
    from botocore.retries import standard

    from aioworkspaces._request import retries

    assert retries.TRANSIENT_CODES == set(standard.TransientRetryableChecker._TRANSIENT_ERROR_CODES)
    assert retries.TRANSIENT_STATUSES == set(
        standard.TransientRetryableChecker._TRANSIENT_STATUS_CODES
    )
    assert retries.THROTTLING_CODES == set(
        standard.ThrottledRetryableChecker._THROTTLED_ERROR_CODES
    )
    assert retries.MAX_BACKOFF == standard.ExponentialBackoff._MAX_BACKOFF
