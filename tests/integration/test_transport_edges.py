"""The transport at its edges: a final close, deadlines, bounded answers, dirty
connections, a closed caller session and a second event loop (issue 11)."""

from __future__ import annotations

import asyncio
import gc
import json
import time
import warnings

import aiohttp
import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import (
    ClientClosedError,
    DeadlineExceededError,
    ResponseTooLargeError,
    UsageError,
)
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, json_reply
from tests.support.leaks import client_connections, pending_tasks, resource_problems, wait_until
from tests.support.raw_server import RawRequest, RawServer, http_answer


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


# --- 11.1 close() is final -----------------------------------------------------------


async def test_close_ends_calls_in_flight_without_resending_them(
    fault_server: FaultServer,
) -> None:
    fault_server.script(*(json_reply({"TagList": []}, delay=2.0) for _ in range(10)))
    client = WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url)
    with resource_problems() as problems:
        calls = [
            asyncio.ensure_future(client.describe_tags(resource_id=f"ws-{i}")) for i in range(5)
        ]
        assert await wait_until(lambda: fault_server.requests == 5)
        await client.close()
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        assert all(isinstance(o, ClientClosedError) for o in outcomes), outcomes
        with pytest.raises(ClientClosedError, match="closed"):
            await client.describe_tags(resource_id="ws-after")
        await asyncio.sleep(0.3)
        assert fault_server.requests == 5  # nothing re-sent, nothing sent after close
        assert await wait_until(lambda: client_connections(port_of(fault_server.url)) == 0)
        assert pending_tasks() == set()
    assert problems == []


async def test_close_is_final_with_a_caller_owned_session_too(fault_server: FaultServer) -> None:
    fault_server.script(json_reply({"TagList": []}, delay=2.0))
    async with aiohttp.ClientSession() as session:
        client = WorkSpacesClient(
            REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url, session=session
        )
        call = asyncio.ensure_future(client.describe_tags(resource_id="ws-1"))
        assert await wait_until(lambda: fault_server.requests == 1)
        await client.close()
        with pytest.raises(ClientClosedError):
            await call
        assert not session.closed  # the caller's session stays the caller's
        with pytest.raises(ClientClosedError):
            await client.describe_tags(resource_id="ws-2")
    assert fault_server.requests == 1


# --- 11.4 deadlines ------------------------------------------------------------------


async def trickle(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """Announce 1000 bytes, send one every 50 ms: each resets a read timeout."""
    writer.write(http_answer(b"")[:-4].replace(b"Content-Length: 0", b"Content-Length: 1000"))
    writer.write(b"\r\n\r\n")
    for _ in range(1000):
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.05)


async def test_a_trickling_server_cannot_outlast_the_call_deadline() -> None:
    async with RawServer(trickle) as server:
        async with WorkSpacesClient(
            REGION,
            credentials=TEST_CREDENTIALS,
            endpoint_url=server.url,
            config=ClientConfig(call_timeout=0.6, read_timeout=1.0),
        ) as client:
            started = time.monotonic()
            with pytest.raises(DeadlineExceededError, match="call_timeout"):
                await client.describe_tags(resource_id="ws-1")
            assert time.monotonic() - started < 3  # a guard, not a speed target
            assert len(server.requests) == 1  # the deadline is not retried
            assert pending_tasks() - server.tasks == set()


async def test_the_deadline_includes_retries(fault_server: FaultServer) -> None:
    fault_server.script(*(json_reply({}, status=500) for _ in range(10)))
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(call_timeout=0.5, max_attempts=10, jitter=lambda: 0.4),
    ) as client:
        with pytest.raises(DeadlineExceededError) as caught:
            await client.describe_tags(resource_id="ws-1")
    assert fault_server.requests < 10
    assert caught.value.__cause__ is not None  # the last error before the deadline


async def test_asyncio_timeout_around_a_call_leaves_nothing_behind() -> None:
    async with RawServer(trickle) as server:
        async with WorkSpacesClient(
            REGION, credentials=TEST_CREDENTIALS, endpoint_url=server.url
        ) as client:
            with resource_problems() as problems:
                with pytest.raises(asyncio.TimeoutError):  # TimeoutError from 3.11
                    await asyncio.wait_for(client.describe_tags(resource_id="ws-1"), 0.3)
                assert await wait_until(lambda: client_connections(port_of(server.url)) == 0)
                assert pending_tasks() - server.tasks == set()
            assert problems == []


def test_the_deadline_setting_is_checked() -> None:
    from aioworkspaces.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="call_timeout"):
        ClientConfig(call_timeout=0)
    assert ClientConfig(call_timeout=None).call_timeout is None


# --- 11.6 bounded answers ------------------------------------------------------------


async def test_identity_encoding_is_asked_for_and_big_answers_are_refused() -> None:
    big = json.dumps({"TagList": [{"Key": "k" * 100, "Value": "v"}] * 20_000}).encode()

    async def answer(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(http_answer(big))

    async with RawServer(answer) as server:
        async with WorkSpacesClient(
            REGION,
            credentials=TEST_CREDENTIALS,
            endpoint_url=server.url,
            config=ClientConfig(max_response_size=len(big) - 1),
        ) as client:
            with pytest.raises(ResponseTooLargeError, match="max_response_size"):
                await client.describe_tags(resource_id="ws-1")
        assert server.requests[0].header("Accept-Encoding") == "identity"
        assert len(server.requests) == 1  # not retried
        async with WorkSpacesClient(
            REGION, credentials=TEST_CREDENTIALS, endpoint_url=server.url
        ) as client:
            result = await client.describe_tags(resource_id="ws-1")  # under the default
            assert len(result.tag_list or []) == 20_000


async def test_an_answer_without_a_length_is_counted_as_it_comes() -> None:
    async def chunked(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        piece = b"x" * 65536
        for _ in range(64):  # 4 MiB, past the 1 MiB ceiling
            writer.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            await writer.drain()
        writer.write(b"0\r\n\r\n")

    async with RawServer(chunked) as server:
        async with WorkSpacesClient(
            REGION,
            credentials=TEST_CREDENTIALS,
            endpoint_url=server.url,
            config=ClientConfig(max_response_size=1024 * 1024),
        ) as client:
            with pytest.raises(ResponseTooLargeError, match="more than 1048576 bytes"):
                await client.describe_tags(resource_id="ws-1")


# --- 11.12 a dirty connection is never reused ----------------------------------------


async def test_a_connection_with_an_extra_answer_is_not_reused() -> None:
    count = 0

    async def answer_twice(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        nonlocal count
        count += 1
        real = json.dumps({"TagList": [{"Key": "real", "Value": str(count)}]}).encode()
        forged = json.dumps({"TagList": [{"Key": "forged", "Value": "x"}]}).encode()
        writer.write(http_answer(real))
        await writer.drain()
        await asyncio.sleep(0.01)  # the extra answer arrives once the real one was read
        writer.write(http_answer(forged))

    async with RawServer(answer_twice) as server:
        async with WorkSpacesClient(
            REGION, credentials=TEST_CREDENTIALS, endpoint_url=server.url
        ) as client:
            keys = []
            for _ in range(10):
                result = await client.describe_tags(resource_id="ws-1")
                keys.append((result.tag_list or [])[0].key)
                await asyncio.sleep(0.1)
    assert keys == ["real"] * 10, keys
    assert len(server.requests) == 10


# --- 11.5 a closed caller session, a second event loop --------------------------------


async def test_a_caller_session_closed_under_the_client_is_a_typed_error(
    fault_server: FaultServer,
) -> None:
    session = aiohttp.ClientSession()
    client = WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url, session=session
    )
    await session.close()
    with pytest.raises(UsageError, match="session= was closed"):
        await client.describe_tags(resource_id="ws-1")
    assert fault_server.requests == 0


def test_a_second_event_loop_is_a_typed_error_and_leaves_nothing(
    fault_server: FaultServer,
) -> None:
    fault_server.script(json_reply({"TagList": []}), json_reply({"TagList": []}))
    client = WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url)
    reports: list[str] = []

    async def first() -> None:
        await client.describe_tags(resource_id="ws-1")

    async def second() -> None:
        asyncio.get_running_loop().set_exception_handler(
            lambda loop, context: reports.append(str(context.get("message")))
        )
        with pytest.raises(UsageError, match="another event loop"):
            await client.describe_tags(resource_id="ws-1")
        await client.close()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        asyncio.run(first())  # the client is not closed here...
        asyncio.run(second())
        gc.collect()
    assert fault_server.requests == 1  # nothing sent, no connection opened from the second loop
    assert reports == []  # no "Task exception was never retrieved"
    # ...yet its connection was closed when the first loop ended, on that loop.
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_client_nobody_closed_closes_its_connections_when_its_loop_ends(
    fault_server: FaultServer,
) -> None:
    fault_server.script(json_reply({"TagList": []}))

    async def forgetful() -> None:
        client = WorkSpacesClient(
            REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
        )
        await client.describe_tags(resource_id="ws-1")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        asyncio.run(forgetful())
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert fault_server.open_connections() == 0
