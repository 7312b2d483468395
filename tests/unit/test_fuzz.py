"""Fuzzing the response side and the wire round trip, for every operation.

Whatever a 2xx or an error answer holds (JSON near the output shape, any JSON, any
bytes), reading it gives a result or a `WorkSpacesError`, nothing else. Any valid
input (and output) object survives serialize -> JSON -> parse unchanged.

The parser is driven directly (`_parse_result`, `parse_error`) so that thousands of
answers take a few seconds; tests/test_faults.py shows the same answers end the
same way through the whole client.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from multidict import CIMultiDict

import aioworkspaces.types as types_pkg
from aioworkspaces._request.pipeline import _parse_result, parse_error
from aioworkspaces._request.transport import HttpResponse
from aioworkspaces._serialization.validation import validate
from aioworkspaces._serialization.wire import from_wire, to_wire
from aioworkspaces.errors import ResponseParseError, ServiceError
from tests.support.model import operations, shapes
from tests.support.strategies import json_values, near, valid

OPERATIONS = sorted(operations())
# A handful of answers per operation and property keeps the suite quick; set
# FUZZ_EXAMPLES=1000 for a long hunt.
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "6")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SUCCESS = st.sampled_from([200, 202])
FAILURE = st.sampled_from([400, 403, 404, 409, 429, 500, 502, 503, 504])
EXCEPTION_CODES = sorted(n for n, s in shapes().items() if s.get("exception"))
COMMON_CODES = ["ThrottlingException", "InternalFailure", "ExpiredTokenException", "ServiceError"]
DEEP_NESTING = b"[" * 100_000


def output_name(operation: str) -> str:
    name: str = operations()[operation]["output"]["shape"]
    return name


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> HttpResponse:
    return HttpResponse(status, CIMultiDict({"x-amzn-RequestId": "req-f", **(headers or {})}), body)


def read(operation: str, response: HttpResponse) -> None:
    """Read `response` as the client does; only typed errors may come out."""
    if 200 <= response.status < 300:
        output = getattr(types_pkg, output_name(operation))
        try:
            result = _parse_result(response, operation, output, 0)
        except ResponseParseError as parse_failure:
            assert parse_failure.operation == operation
            assert parse_failure.http_status == response.status
            assert operation in str(parse_failure)
        else:
            assert isinstance(result, output)
            assert result.response_metadata.http_status == response.status
            assert result.response_metadata.request_id == "req-f"
    else:
        error = parse_error(response, operation)
        assert isinstance(error, ServiceError)
        assert error.http_status == response.status
        assert error.operation == operation
        assert error.request_id == "req-f"
        assert isinstance(error.code, str) and error.code
        assert str(error)


@st.composite
def error_documents(draw: st.DrawFn) -> dict[str, Any]:
    """An error body: a code in any of its forms, messages, members of any type."""
    code = draw(st.sampled_from(EXCEPTION_CODES + COMMON_CODES) | st.text(max_size=12))
    prefix = draw(st.sampled_from(["", "com.amazonaws.workspaces#", "#", "a#b#"]))
    suffix = draw(st.sampled_from(["", ":http://internal.amazon.com/", ":"]))
    document: dict[str, Any] = {}
    if code in EXCEPTION_CODES:  # with the exception shape's members, of any type
        members = draw(near(code))
        document = dict(members) if isinstance(members, dict) else {}
    wrapped = draw(st.sampled_from(["__type", "code", "Code", None]))
    if wrapped is not None:
        document[wrapped] = draw(st.just(f"{prefix}{code}{suffix}") | json_values())
    for key in ("message", "Message"):
        if draw(st.booleans()):
            document[key] = draw(json_values())
    return document


@pytest.mark.parametrize("operation", OPERATIONS)
@FUZZ
@given(data=st.data())
def test_json_answers_give_a_result_or_a_typed_error(operation: str, data: st.DataObject) -> None:
    status = data.draw(SUCCESS | FAILURE, label="status")
    if status < 300:
        document = data.draw(near(output_name(operation)) | json_values(), label="body")
        headers: dict[str, str] = {}
    else:
        document = data.draw(error_documents() | json_values(), label="body")
        headers = data.draw(
            st.fixed_dictionaries({}, optional={"x-amzn-ErrorType": st.text(max_size=20)}),
            label="headers",
        )
    read(operation, answer(status, json.dumps(document).encode(), headers))


@pytest.mark.parametrize("operation", OPERATIONS)
@FUZZ
@given(status=SUCCESS | FAILURE, body=st.binary(max_size=64))
@example(status=200, body=DEEP_NESTING)  # json.loads raises RecursionError, not ValueError
@example(status=400, body=DEEP_NESTING)
def test_byte_answers_give_a_result_or_a_typed_error(
    operation: str, status: int, body: bytes
) -> None:
    read(operation, answer(status, body))


@pytest.mark.parametrize("operation", OPERATIONS)
@FUZZ
@given(data=st.data())
def test_valid_objects_round_trip_through_the_wire(operation: str, data: st.DataObject) -> None:
    op = operations()[operation]
    request = data.draw(valid(op["input"]["shape"]), label="request")
    validate(operation, request)  # valid for the model: never refused before sending
    body = json.dumps(to_wire(request), separators=(",", ":")).encode("utf-8")
    assert from_wire(json.loads(body), type(request)) == request
    result = data.draw(valid(op["output"]["shape"]), label="result")
    assert from_wire(json.loads(json.dumps(to_wire(result))), type(result)) == result
