"""A bad network and a bad day at the service, against a scripted local server.

Every fault ends in a success (after retries) or in a `WorkSpacesError` subclass whose
message says what happened; never a bare KeyError, ValueError, aiohttp or asyncio
exception, never a hang, never a connection left checked out.
"""

from __future__ import annotations

import pytest

from aioworkspaces import ClientConfig, ResponseEvent, WorkSpacesClient, errors
from aioworkspaces.types import Tag
from tests.support import REGION, TEST_CREDENTIALS, free_port
from tests.support.compat import timeout
from tests.support.fault_server import (
    FAULTS,
    FaultServer,
    Reply,
    error_reply,
    json_reply,
    raw_reply,
)
from tests.support.leaks import connections_in_use

TAGS = {"TagList": [{"Key": "team", "Value": "blue"}]}

# Faults after which standard mode retries (the rest are answered at once).
RETRIED = [
    "500",
    "503",
    "throttling",
    "too-many-requests",
    "drop",
    "cut-body",
    "long-content-length",
    "stall-body",
    "slow",
    "invalid-json-500",
    "html-502",
    "empty-500",
]
NOT_RETRIED = ["not-retryable", "invalid-json-200", "html-200"]


def test_the_fault_catalog_is_split_into_retried_and_not() -> None:
    assert set(RETRIED) | set(NOT_RETRIED) | {"empty-200"} == set(FAULTS)


# --- faults, then success ------------------------------------------------------------


@pytest.mark.parametrize("fault", RETRIED)
async def test_a_retried_fault_then_success(
    fault: str, fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_server.script(FAULTS[fault], json_reply(TAGS, request_id="req-ok"))
    result = await fault_client.describe_tags(resource_id="ws-1")
    assert result.tag_list == [Tag(key="team", value="blue")]
    assert result.response_metadata.retry_attempts == 1
    assert result.response_metadata.request_id == "req-ok"
    assert fault_server.requests == 2
    assert connections_in_use(fault_client) == 0


async def test_500_503_and_throttling_then_success(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_client.retry_policy.max_attempts = 5
    fault_server.script(
        error_reply("InternalFailure", 500),
        error_reply("ServiceUnavailable", 503),
        error_reply("ThrottlingException", 400),
        error_reply("RequestLimitExceeded", 400),
        json_reply(TAGS),
    )
    result = await fault_client.describe_tags(resource_id="ws-1")
    assert result.response_metadata.retry_attempts == 4
    assert [r.operation for r in fault_server.received] == ["DescribeTags"] * 5


async def test_every_attempt_is_sent_the_same_request(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_server.script(FAULTS["cut-body"], FAULTS["slow"], json_reply(TAGS))
    await fault_client.describe_tags(resource_id="ws-1")
    bodies = {r.body for r in fault_server.received}
    assert len(fault_server.received) == 3
    assert bodies == {b'{"ResourceId":"ws-1"}'}


# --- retries exhausted ---------------------------------------------------------------


@pytest.mark.parametrize("attempts", [1, 3, 5])
@pytest.mark.parametrize(
    ("code", "status", "error_class"),
    [
        ("InternalFailure", 500, errors.InternalFailure),
        ("ServiceUnavailable", 503, errors.ServiceUnavailable),
        ("ThrottlingException", 400, errors.ThrottlingException),
        ("TooManyRequestsException", 429, errors.TooManyRequestsException),
    ],
)
async def test_retries_exhausted_raise_the_last_error_after_exactly_max_attempts(
    attempts: int,
    code: str,
    status: int,
    error_class: type[errors.ServiceError],
    fault_server: FaultServer,
) -> None:
    fault_server.script(
        *(
            error_reply(code, status, f"try {n}", request_id=f"req-{n}")
            for n in range(1, attempts + 2)  # one more than will be used
        )
    )
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        # Unpaced: a paced client re-sends throttled requests without spending attempts.
        config=ClientConfig(max_attempts=attempts, jitter=lambda: 0.0, pacing=False),
    ) as client:
        with pytest.raises(error_class) as caught:
            await client.describe_tags(resource_id="ws-1")
    assert fault_server.requests == attempts
    error = caught.value
    assert error.request_id == f"req-{attempts}"
    assert error.message == f"try {attempts}"
    assert error.http_status == status
    assert str(error) == (
        f"{code} (HTTP {status}) when calling DescribeTags: try {attempts} "
        f"[request id req-{attempts}]"
    )


@pytest.mark.parametrize(
    ("fault", "error_class", "text"),
    [
        ("drop", errors.TransportError, "Server disconnected"),
        ("cut-body", errors.TransportError, "payload is not completed"),
        ("stall-body", errors.ReadTimeoutError, "within the read timeout"),
        ("slow", errors.ReadTimeoutError, "within the read timeout"),
        ("long-content-length", errors.ReadTimeoutError, "within the read timeout"),
    ],
)
async def test_transport_faults_exhausted_are_transport_errors(
    fault: str,
    error_class: type[errors.TransportError],
    text: str,
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
) -> None:
    fault_server.script(*[FAULTS[fault]] * 3)
    with pytest.raises(error_class, match=text) as caught:
        await fault_client.describe_tags(resource_id="ws-1")
    assert fault_server.url in str(caught.value)
    assert fault_server.requests == 3
    assert connections_in_use(fault_client) == 0


# --- not retried ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "error_class", "code"),
    [
        (
            error_reply("InvalidParameterValuesException", 400, "bad"),
            errors.InvalidParameterValuesException,
            "InvalidParameterValuesException",
        ),
        (
            error_reply("ResourceNotFoundException", 400, "gone"),
            errors.ResourceNotFoundException,
            "ResourceNotFoundException",
        ),
        (
            error_reply("AccessDeniedException", 403, "no"),
            errors.AccessDeniedException,
            "AccessDeniedException",
        ),
        (error_reply("BrandNewProblem", 400, "new"), errors.ServiceError, "BrandNewProblem"),
        (raw_reply(b"<html>Forbidden</html>", 403), errors.ServiceError, "403"),
        (raw_reply(b"", 404), errors.ServiceError, "404"),
    ],
)
async def test_a_non_retryable_4xx_is_sent_once(
    reply: Reply,
    error_class: type[errors.ServiceError],
    code: str,
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
) -> None:
    fault_server.script(reply, json_reply(TAGS))
    with pytest.raises(error_class) as caught:
        await fault_client.describe_tags(resource_id="ws-1")
    assert caught.value.code == code
    assert caught.value.operation == "DescribeTags"
    assert caught.value.request_id == "req-1"
    assert fault_server.requests == 1


@pytest.mark.parametrize("fault", ["invalid-json-200", "html-200"])
async def test_an_unreadable_200_is_a_parse_error_sent_once(
    fault: str, fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_server.script(FAULTS[fault], json_reply(TAGS))
    with pytest.raises(errors.ResponseParseError) as caught:
        await fault_client.describe_tags(resource_id="ws-1")
    error = caught.value
    text = str(error)
    assert "could not read the DescribeTags answer as DescribeTagsResult" in text
    assert FAULTS[fault].body[:10].decode() in text  # the body's start, to see what came
    assert error.http_status == 200
    assert error.request_id == "req-1"
    assert fault_server.requests == 1


@pytest.mark.parametrize(
    ("fault", "status", "text"),
    [
        ("invalid-json-500", 500, 'non-JSON error body: {"__type": "Intern'),
        ("html-502", 502, "non-JSON error body: <html><head><title>502 Bad Gateway"),
        ("empty-500", 500, "500 (HTTP 500) when calling DescribeTags [request id req-"),
    ],
)
async def test_an_unreadable_5xx_is_a_service_error_with_the_status(
    fault: str, status: int, text: str, fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_server.script(*[FAULTS[fault]] * 3)
    with pytest.raises(errors.ServiceError) as caught:
        await fault_client.describe_tags(resource_id="ws-1")
    assert type(caught.value) is errors.ServiceError
    assert caught.value.http_status == status
    assert caught.value.code == str(status)
    assert text in str(caught.value)
    assert fault_server.requests == 3


@pytest.mark.parametrize("body", [b"", b"  \n", b"{}"])
async def test_an_empty_200_body_gives_a_result_with_every_member_none(
    body: bytes, fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_server.script(raw_reply(body, 200, "application/x-amz-json-1.1"))
    result = await fault_client.describe_workspaces()
    assert result.workspaces is None
    assert result.next_token is None
    assert result.response_metadata.http_status == 200


@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_every_fault_ends_in_success_or_a_typed_error_with_a_message(
    fault: str, fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    fault_client.retry_policy.max_attempts = 1
    fault_server.script(FAULTS[fault])
    try:
        await fault_client.describe_workspaces(directory_id="d-1234567890")
    except errors.WorkSpacesError as error:
        text = str(error)
        assert "DescribeWorkspaces" in text or fault_server.url in text
    assert connections_in_use(fault_client) == 0


async def test_hooks_and_debug_log_see_an_unreadable_200(
    fault_server: FaultServer, fault_client: WorkSpacesClient, caplog: pytest.LogCaptureFixture
) -> None:
    events: list[ResponseEvent] = []
    fault_client.hooks.on_response(events.append)
    fault_server.script(FAULTS["html-200"])
    with caplog.at_level("DEBUG", logger="aioworkspaces"), pytest.raises(errors.ResponseParseError):
        await fault_client.describe_tags(resource_id="ws-1")
    (event,) = events
    assert event.status == 200
    assert isinstance(event.error, errors.ResponseParseError)
    assert any("error=ResponseParseError" in r.getMessage() for r in caplog.records)


# --- nowhere to connect to -----------------------------------------------------------


async def _attempts_until_failure(endpoint: str) -> tuple[errors.WorkSpacesError, int]:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=endpoint,
        config=ClientConfig(connect_timeout=5, jitter=lambda: 0.0),
    ) as client:
        events: list[ResponseEvent] = []
        client.hooks.on_response(events.append)
        # A guard against hanging, not a speed assertion: it fails in seconds.
        async with timeout(30):
            with pytest.raises(errors.TransportError) as caught:
                await client.describe_tags(resource_id="ws-1")
        assert connections_in_use(client) == 0
    return caught.value, len(events)


async def test_a_host_that_does_not_resolve_is_a_transport_error() -> None:
    error, attempts = await _attempts_until_failure("https://nonexistent.invalid")
    assert "could not connect to https://nonexistent.invalid" in str(error)
    assert attempts == 3


async def test_a_refused_port_is_a_transport_error() -> None:
    endpoint = f"http://127.0.0.1:{free_port()}"
    error, attempts = await _attempts_until_failure(endpoint)
    assert f"could not connect to {endpoint}" in str(error)
    assert "refused" in str(error).lower()
    assert attempts == 3
