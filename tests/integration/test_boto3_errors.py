"""`ServiceError.response` is botocore's `ClientError.response` for the same wire answer;
`client.exceptions` names the SDK's classes as botocore's `client.exceptions` does."""

from __future__ import annotations

import asyncio
from typing import Any

import botocore.session
import pytest
from botocore.exceptions import ClientError

from aioworkspaces import ClientConfig, RetryMode, WorkSpacesClient, errors
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, Reply, json_reply
from tests.support.raw_server import RawRequest, RawServer


def botocore_response(url: str, attempts: int, mode: str) -> dict[str, Any]:
    session = botocore.session.get_session()
    session.set_config_variable("retry_mode", mode)
    session.set_config_variable("max_attempts", attempts)
    client = session.create_client(
        "workspaces",
        region_name=REGION,
        endpoint_url=url,
        aws_access_key_id=TEST_CREDENTIALS.access_key,
        aws_secret_access_key=TEST_CREDENTIALS.secret_key,
    )
    try:
        client.describe_tags(ResourceId="ws-12345678")
    except ClientError as error:
        return dict(error.response)
    finally:
        client.close()
    raise AssertionError("botocore did not raise")


async def sdk_error(url: str, attempts: int, mode: RetryMode) -> errors.ServiceError:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=url,
        config=ClientConfig(max_attempts=attempts, retry_mode=mode),
    ) as client:
        with pytest.raises(errors.ServiceError) as caught:
            await client.describe_tags(resource_id="ws-12345678")
    return caught.value


def without_date(response: dict[str, Any]) -> dict[str, Any]:
    response["ResponseMetadata"]["HTTPHeaders"].pop("date", None)
    return response


ANSWERS = {
    "modeled, with a member": [
        json_reply(
            {
                "__type": "com.amazonaws.workspaces#ResourceNotFoundException",
                "message": "no such WorkSpace",
                "ResourceId": "ws-12345678",
                "Unmodeled": 1,
            },
            400,
            request_id="req-same",
        )
    ],
    "modeled, no message member": [
        json_reply(
            {"__type": "ApplicationNotSupportedException", "message": "nope"},
            400,
            request_id="req-same",
        )
    ],
    "common code, retried": [
        json_reply({"__type": "InternalFailure", "Message": "boom"}, 500, request_id="req-1"),
        json_reply({"__type": "InternalFailure", "Message": "boom"}, 500, request_id="req-same"),
    ],
    "unknown code": [json_reply({"__type": "SomethingNew:http://x"}, 400, request_id="req-same")],
}


@pytest.mark.parametrize("mode", ["standard", "legacy"])
@pytest.mark.parametrize("answers", ANSWERS.values(), ids=list(ANSWERS))
async def test_response_matches_botocore(
    fault_server: FaultServer, answers: list[Reply], mode: RetryMode
) -> None:
    fault_server.script(*answers)
    expected = await asyncio.to_thread(botocore_response, fault_server.url, len(answers), mode)
    fault_server.script(*answers)
    error = await sdk_error(fault_server.url, len(answers), mode)
    assert without_date(error.response) == without_date(expected)
    assert error.response["ResponseMetadata"]["RetryAttempts"] == len(answers) - 1


async def test_client_exceptions_name_the_sdk_classes(fault_server: FaultServer) -> None:
    fault_server.script(*ANSWERS["modeled, with a member"])
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        try:
            await client.describe_tags(resource_id="ws-12345678")
        except client.exceptions.ResourceNotFoundException as error:
            assert error.resource_id == "ws-12345678"
            assert error.response["Error"]["Code"] == "ResourceNotFoundException"
        else:
            raise AssertionError("not raised")
        assert client.exceptions.ClientError is errors.ServiceError

    botocore_client = botocore.session.get_session().create_client(
        "workspaces", region_name=REGION, aws_access_key_id="x", aws_secret_access_key="y"
    )
    modeled = {
        name
        for name in dir(botocore_client.exceptions)
        if name[0].isupper() and name != "ClientError"
    }
    botocore_client.close()
    for name in modeled:
        assert getattr(WorkSpacesClient.exceptions, name) is getattr(errors, name)
    service_errors = {
        name
        for name in errors.__all__
        if isinstance(getattr(errors, name), type)
        and issubclass(getattr(errors, name), errors.ServiceError)
    }
    listed = {n for n in vars(type(WorkSpacesClient.exceptions)) if n[0].isupper()}
    assert listed == service_errors | {"ClientError"}


def raw_answer(status: int, body: bytes, headers: list[tuple[str, str]]) -> bytes:
    # The reason phrase is deliberately not the standard one: botocore's message comes
    # from its own table of statuses, not from the wire.
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (
        f"HTTP/1.1 {status} Something Else\r\nContent-Length: {len(body)}\r\n{head}\r\n"
    ).encode() + body


REQUEST_ID = [("x-amzn-RequestId", "req-raw")]
RAW_ANSWERS = {
    "HTML 503 page": raw_answer(
        503, b"  <html><body><b>Service Unavailable</b></body></html>", REQUEST_ID
    ),
    "empty 500": raw_answer(500, b"", REQUEST_ID),
    "plain-text 502": raw_answer(502, b"upstream went away\n", REQUEST_ID),
    "doctype HTML 504": raw_answer(504, b"<!DOCTYPE html><p>timeout</p>", REQUEST_ID),
    "plain-text 403": raw_answer(403, b"Forbidden by proxy", REQUEST_ID),
    "empty 400": raw_answer(400, b"", REQUEST_ID),
    "repeated headers": raw_answer(
        400,
        b'{"__type": "ResourceNotFoundException", "message": "gone"}',
        [
            *REQUEST_ID,
            ("Content-Type", "application/x-amz-json-1.1"),
            ("Vary", "Origin"),
            ("X-Custom", "one"),
            ("vary", "Accept-Encoding"),
            ("x-custom", "two"),
        ],
    ),
}


@pytest.mark.parametrize("answer", RAW_ANSWERS.values(), ids=list(RAW_ANSWERS))
async def test_response_matches_botocore_for_bodies_that_are_no_json(answer: bytes) -> None:
    async def reply(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(answer)

    async with RawServer(reply) as server:
        expected = await asyncio.to_thread(botocore_response, server.url, 1, "standard")
        error = await sdk_error(server.url, 1, "standard")
    assert error.response == expected
