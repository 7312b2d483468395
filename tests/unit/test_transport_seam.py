"""The public seams: `Transport`, `MockTransport`, and injectable sleep and jitter."""

from __future__ import annotations

import asyncio
import random

import pytest

from aioworkspaces import (
    AiohttpTransport,
    ClientConfig,
    HttpRequest,
    HttpResponse,
    Transport,
    WorkSpacesClient,
    errors,
)
from aioworkspaces.testing import MockTransport
from aioworkspaces.types import Tag
from tests.support import REGION, TEST_CREDENTIALS


async def test_a_sync_handler_sees_the_signed_request_and_its_answer_is_parsed() -> None:
    seen: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        seen.append(request)
        return HttpResponse(
            200, {"x-amzn-RequestId": "r-1"}, json={"TagList": [{"Key": "k", "Value": "v"}]}
        )

    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, transport=MockTransport(handler)
    ) as client:
        result = await client.describe_tags(resource_id="ws-1")
    assert result.tag_list == [Tag(key="k", value="v")]
    assert result.response_metadata.request_id == "r-1"
    (request,) = seen
    assert (request.method, request.operation) == ("POST", "DescribeTags")
    assert request.target == "WorkspacesService.DescribeTags"
    assert request.url == "https://workspaces.us-east-1.amazonaws.com"
    assert request.json() == {"ResourceId": "ws-1"}
    assert request.headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")


async def test_an_async_handler_and_retries_through_the_seam() -> None:
    answers: list[HttpResponse | errors.TransportError] = [
        HttpResponse(400, json={"__type": "ThrottlingException", "message": "slow"}),
        errors.TransportError("connection reset"),
        HttpResponse(200, json={}),
    ]
    delays: list[float] = []

    async def handler(request: HttpRequest) -> HttpResponse:
        await asyncio.sleep(0)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def sleep(delay: float) -> None:
        delays.append(delay)

    # Unpaced: the throttle is retried with backoff, as the transport error is.
    config = ClientConfig(sleep=sleep, jitter=random.Random(5).random, pacing=False)
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, transport=MockTransport(handler), config=config
    ) as client:
        result = await client.describe_tags(resource_id="ws-1")
    assert result.response_metadata.retry_attempts == 2
    expected = random.Random(5)
    assert delays == [expected.random() * 1, expected.random() * 2]


async def test_another_error_from_a_transport_ends_the_call_unretried() -> None:
    calls = 0

    def handler(request: HttpRequest) -> HttpResponse:
        nonlocal calls
        calls += 1
        raise errors.ThrottlingException("as is", code="ThrottlingException")

    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, transport=MockTransport(handler)
    ) as client:
        with pytest.raises(errors.ThrottlingException, match="as is"):
            await client.describe_tags(resource_id="ws-1")
    assert calls == 1


async def test_no_credentials_means_unsigned_requests_to_a_mock() -> None:
    seen: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        seen.append(request)
        return HttpResponse(200, json={})

    async with WorkSpacesClient(REGION, transport=MockTransport(handler)) as client:
        await client.describe_tags(resource_id="ws-1")
    assert "Authorization" not in seen[0].headers


async def test_a_handler_returning_something_else_is_a_clear_error() -> None:
    client = WorkSpacesClient(REGION, transport=MockTransport(lambda request: {"TagList": []}))  # type: ignore[arg-type,return-value]
    with pytest.raises(TypeError, match="must return an HttpResponse, not dict"):
        await client.describe_tags(resource_id="ws-1")


def test_transport_arguments_are_checked() -> None:
    with pytest.raises(errors.ConfigurationError, match="transport must be a Transport"):
        WorkSpacesClient(REGION, transport=object())  # type: ignore[arg-type]
    import aiohttp

    async def both() -> None:
        async with aiohttp.ClientSession() as session:
            with pytest.raises(errors.ConfigurationError, match="not both"):
                WorkSpacesClient(REGION, session=session, transport=MockTransport(print))  # type: ignore[arg-type]

    asyncio.run(both())


def test_a_custom_transport_is_a_subclass_with_send() -> None:
    class Fixed(Transport):
        async def send(self, request: HttpRequest) -> HttpResponse:
            return HttpResponse(200, json={})

    client = WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS, transport=Fixed())
    assert isinstance(client.transport, Fixed)
    assert isinstance(WorkSpacesClient(REGION).transport, AiohttpTransport)


def test_http_response_headers_are_case_insensitive() -> None:
    response = HttpResponse(200, {"X-Amzn-RequestId": "a"}, json=[])
    assert response.headers["x-amzn-requestid"] == "a"
    assert response.headers["content-type"] == "application/x-amz-json-1.1"
    assert response.body == b"[]"


async def test_waiters_use_the_configured_sleep_and_jitter() -> None:
    polls = iter(["PENDING"] * 20 + ["AVAILABLE"])
    delays: list[float] = []

    def handler(request: HttpRequest) -> HttpResponse:
        state = next(polls)
        return HttpResponse(200, json={"Workspaces": [{"WorkspaceId": "ws-1", "State": state}]})

    async def sleep(delay: float) -> None:
        delays.append(delay)

    config = ClientConfig(sleep=sleep, jitter=lambda: 0.5)
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, transport=MockTransport(handler), config=config
    ) as client:
        await client.wait.workspaces_available(["ws-1"], min_delay=0.5, max_delay=100)
    # Halfway between the jittered floor and the ceiling, 15% of the time waited so far.
    expected, waited = [], 0.0
    for _ in range(20):
        ceiling = max(0.5, 0.15 * waited)
        low = max(0.5, 0.75 * ceiling)
        expected.append(low + (ceiling - low) / 2)
        waited += expected[-1]
    assert delays == pytest.approx(expected, rel=0.05)  # (real time passes between polls too)
    assert delays[-1] > delays[0]


async def test_an_async_handler_is_held_to_the_call_deadline() -> None:
    async def hang(request: HttpRequest) -> HttpResponse:
        await asyncio.sleep(30)
        raise AssertionError("not reached")

    config = ClientConfig(call_timeout=0.05)
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, transport=MockTransport(hang), config=config
    ) as client:
        with pytest.raises(errors.DeadlineExceededError, match="call_timeout"):
            await client.describe_tags(resource_id="ws-1")


def test_new_settings_are_checked_and_shown_safely() -> None:
    with pytest.raises(errors.ConfigurationError, match="max_response_size"):
        ClientConfig(max_response_size=0)
    with pytest.raises(errors.ConfigurationError, match="sleep must be callable"):
        ClientConfig(sleep=1.0)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="jitter must be callable"):
        ClientConfig(jitter=0.5)  # type: ignore[arg-type]
    config = ClientConfig(proxies={"https": "http://user:pw-SECRET@proxy:3128"})
    assert "pw-SECRET" not in repr(config) and "***@proxy:3128" in repr(config)
    defaults = ClientConfig()
    assert (defaults.verify, defaults.proxies, defaults.call_timeout) == (None, None, 600.0)
    assert defaults.max_response_size == 16 * 1024 * 1024
