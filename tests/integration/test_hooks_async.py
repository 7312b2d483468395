"""Async hooks are awaited; `before_sign` adds headers; `around_call` wraps each call.

Hooks observe: whatever a hook does (raise, forget to proceed, swallow the error),
the call's result or error is the SDK's.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable

import pytest

from aioworkspaces import (
    BeforeSignEvent,
    CallEvent,
    RequestEvent,
    ResponseEvent,
    WorkSpacesClient,
    errors,
)
from aioworkspaces.types import DescribeTagsRequest, DescribeTagsResult
from tests.support.fault_server import FaultServer, error_reply, json_reply

Proceed = Callable[[], Awaitable[object]]


def signed_headers(authorization: str) -> list[str]:
    return authorization.split("SignedHeaders=")[1].split(",")[0].split(";")


async def test_async_hooks_are_awaited(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    seen: list[str] = []

    async def before(event: RequestEvent) -> None:
        await asyncio.sleep(0)
        seen.append(f"request {event.attempt}")

    async def after(event: ResponseEvent) -> None:
        await asyncio.sleep(0)
        seen.append(f"response {event.attempt} {event.status}")

    fault_client.hooks.on_request(before)
    fault_client.hooks.on_response(after)
    fault_server.script(error_reply("InternalFailure", 500), json_reply({"TagList": []}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "coroutine ... was never awaited" fails the test
        await fault_client.describe_tags(resource_id="ws-1")
    assert seen == ["request 1", "response 1 500", "request 2", "response 2 200"]


async def test_a_failing_async_hook_is_logged_and_ignored(
    fault_server: FaultServer, fault_client: WorkSpacesClient, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(event: ResponseEvent) -> None:
        raise RuntimeError("metrics backend down")

    fault_client.hooks.on_response(broken)
    fault_server.responder = lambda _: json_reply({"TagList": []})
    await fault_client.describe_tags(resource_id="ws-1")
    assert any("failed; ignored" in r.getMessage() for r in caplog.records)


async def test_before_sign_adds_signed_headers_per_attempt(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    @fault_client.hooks.before_sign
    async def correlate(event: BeforeSignEvent) -> None:
        assert event.headers["X-Amz-Target"] == "WorkspacesService.DescribeTags"
        event.add_header("X-Correlation-Id", f"job-7/{event.attempt}")

    fault_server.script(error_reply("InternalFailure", 500), json_reply({"TagList": []}))
    await fault_client.describe_tags(resource_id="ws-1")
    received = fault_server.received
    sent = [{k.lower(): v for k, v in r.headers.items()} for r in received]
    assert [h["x-correlation-id"] for h in sent] == ["job-7/1", "job-7/2"]
    for request in received:
        assert "x-correlation-id" in signed_headers(request.headers["Authorization"])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Authorization", "forged"),
        ("x-amz-target", "WorkspacesService.TerminateWorkspaces"),
        ("X-Evil", "a\r\nInjected: yes"),
        ("Bad Name", "v"),
        ("X-Label", "café"),
    ],
)
async def test_before_sign_refuses_reserved_headers_and_control_characters(
    name: str,
    value: str,
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def meddle(event: BeforeSignEvent) -> None:
        event.add_header(name, value)

    fault_client.hooks.before_sign(meddle)
    fault_server.responder = lambda _: json_reply({"TagList": []})
    await fault_client.describe_tags(resource_id="ws-1")  # the call goes on
    (request,) = fault_server.received
    assert request.headers["X-Amz-Target"] == "WorkspacesService.DescribeTags"
    assert "Injected" not in request.headers
    (record,) = [r for r in caplog.records if "failed; ignored" in r.getMessage()]
    assert record.exc_info and isinstance(record.exc_info[1], errors.ConfigurationError)


def test_around_call_refuses_a_plain_function(fault_client: WorkSpacesClient) -> None:
    def not_async(call: CallEvent, proceed: Proceed) -> object:
        return proceed()

    with pytest.raises(errors.ConfigurationError, match="async def"):
        fault_client.hooks.around_call(not_async)  # type: ignore[arg-type]


async def test_around_call_wraps_every_attempt_of_a_call(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    order: list[str] = []

    @fault_client.hooks.around_call
    async def timed(call: CallEvent, proceed: Proceed) -> object:
        order.append(f"start {call.operation}")
        assert call.request == DescribeTagsRequest(resource_id="ws-1")
        assert call.region == "us-east-1" and call.endpoint_url == fault_server.url
        result = await proceed()
        assert isinstance(result, DescribeTagsResult)
        order.append(f"end {result.response_metadata.retry_attempts}")
        return result

    fault_client.hooks.on_request(lambda event: order.append(f"attempt {event.attempt}"))
    fault_server.script(error_reply("InternalFailure", 500), json_reply({"TagList": []}))
    await fault_client.describe_tags(resource_id="ws-1")
    assert order == ["start DescribeTags", "attempt 1", "attempt 2", "end 1"]


async def test_around_call_hooks_nest_in_registration_order(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    order: list[str] = []

    def wrapper(name: str) -> Callable[[CallEvent, Proceed], Awaitable[object]]:
        async def hook(call: CallEvent, proceed: Proceed) -> object:
            order.append(f"{name} in")
            try:
                return await proceed()
            finally:
                order.append(f"{name} out")

        return hook

    fault_client.hooks.around_call(wrapper("outer"))
    fault_client.hooks.around_call(wrapper("inner"))
    fault_server.responder = lambda _: json_reply({"TagList": []})
    await fault_client.describe_tags(resource_id="ws-1")
    assert order == ["outer in", "inner in", "inner out", "outer out"]


async def test_misbehaving_around_call_hooks_change_nothing(
    fault_server: FaultServer, fault_client: WorkSpacesClient, caplog: pytest.LogCaptureFixture
) -> None:
    async def raises_after(call: CallEvent, proceed: Proceed) -> object:
        await proceed()
        raise RuntimeError("tracing backend down")

    async def never_proceeds(call: CallEvent, proceed: Proceed) -> object:
        return None

    async def swallows(call: CallEvent, proceed: Proceed) -> object:
        try:
            return await proceed()
        except errors.WorkSpacesError:
            return "all fine"

    for hook in (raises_after, never_proceeds, swallows):
        fault_client.hooks.around_call(hook)
    fault_server.responder = lambda _: json_reply({"TagList": [{"Key": "k", "Value": "v"}]})
    result = await fault_client.describe_tags(resource_id="ws-1")
    assert result.tag_list is not None and result.tag_list[0].key == "k"
    assert fault_server.requests == 1  # run once, though one hook never proceeded
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("did not await proceed()" in m for m in messages)
    assert any("failed; ignored" in m for m in messages)

    fault_server.responder = lambda _: error_reply("ResourceNotFoundException")
    with pytest.raises(errors.ResourceNotFoundException):  # not swallowed
        await fault_client.describe_tags(resource_id="ws-1")


async def test_removed_hooks_of_every_kind_are_not_called(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    calls: list[str] = []

    async def around(call: CallEvent, proceed: Proceed) -> object:
        calls.append("around")
        return await proceed()

    def sign(event: BeforeSignEvent) -> None:
        calls.append("sign")

    fault_client.hooks.around_call(around)
    fault_client.hooks.before_sign(sign)
    fault_server.responder = lambda _: json_reply({"TagList": []})
    await fault_client.describe_tags(resource_id="ws-1")
    fault_client.hooks.remove(around)
    fault_client.hooks.remove(sign)
    await fault_client.describe_tags(resource_id="ws-1")
    assert calls == ["around", "sign"]
    assert not fault_client.hooks.active and not fault_client.hooks.wraps_calls
