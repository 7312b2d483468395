"""Cancelling a call, a pager or a waiter mid-flight leaves nothing behind.

Cancelled directly or through `asyncio.timeout`, while the request is on the wire or
while the client sleeps before a retry or the next poll: the connection goes back to
the pool or is closed, and no task of the client is left running.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.compat import timeout
from tests.support.fault_server import Fault, FaultServer, Received, Reply, error_reply, json_reply
from tests.support.leaks import client_connections, connections_in_use, pending_tasks, wait_until

HANG = 30.0  # a reply that never comes within a test


@pytest.fixture
async def patient_client(fault_server: FaultServer) -> AsyncIterator[WorkSpacesClient]:
    """A client that would wait a minute for an answer: only cancelling stops it."""
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(read_timeout=60, max_pool_connections=50),
    ) as client:
        yield client


def port_of(server: FaultServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


async def assert_nothing_left(client: WorkSpacesClient, server: FaultServer) -> None:
    """No connection checked out, no task left, and the interrupted connections closed."""
    await asyncio.sleep(0)  # let the cancelled task's callbacks run once
    assert connections_in_use(client) == 0
    assert pending_tasks() == set()
    # An answer never read whole cannot be reused: its connection must be closed, on
    # both ends (whole answers leave theirs idle in the pool, for the next call).
    assert await wait_until(lambda: client_connections(port_of(server)) == 0)
    assert await wait_until(lambda: server.open_connections() == 0)


async def started(server: FaultServer, requests: int) -> None:
    assert await wait_until(lambda: server.requests >= requests), "requests did not arrive"


async def cancel_when_sent(
    server: FaultServer, requests: int, work: Callable[[], Awaitable[Any]]
) -> None:
    task = asyncio.ensure_future(work())
    await started(server, requests)
    await asyncio.sleep(0.01)  # the request is on the wire, the answer awaited
    assert not task.done()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def time_out_when_sent(work: Callable[[], Awaitable[Any]]) -> None:
    with pytest.raises(asyncio.TimeoutError):
        async with timeout(0.3):
            await work()


# --- one call ------------------------------------------------------------------------


async def test_cancelling_a_call_on_the_wire(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.script(json_reply(delay=HANG))
    await cancel_when_sent(
        fault_server, 1, lambda: patient_client.describe_tags(resource_id="ws-1")
    )
    await assert_nothing_left(patient_client, fault_server)


async def test_a_timeout_around_a_call_on_the_wire(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.script(json_reply(delay=HANG))
    await time_out_when_sent(lambda: patient_client.describe_tags(resource_id="ws-1"))
    assert fault_server.requests == 1
    await assert_nothing_left(patient_client, fault_server)


async def test_cancelling_a_call_in_the_middle_of_the_body(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.script(json_reply({"TagList": []}, fault=Fault.STALL_BODY, stall=HANG))
    await cancel_when_sent(
        fault_server, 1, lambda: patient_client.describe_tags(resource_id="ws-1")
    )
    await assert_nothing_left(patient_client, fault_server)


async def test_cancelling_a_call_waiting_to_retry(fault_server: FaultServer) -> None:
    fault_server.script(error_reply("InternalFailure", 500))
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(jitter=lambda: 1.0),  # a whole second before the retry
    ) as client:
        task = asyncio.ensure_future(client.describe_tags(resource_id="ws-1"))
        await started(fault_server, 1)
        # The failed answer was read whole: its connection is back in the pool.
        assert await wait_until(lambda: connections_in_use(client) == 0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert fault_server.requests == 1
        assert pending_tasks() == set()


async def test_a_call_after_a_cancelled_one_works(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.script(json_reply(delay=HANG), json_reply({"TagList": []}))
    await time_out_when_sent(lambda: patient_client.describe_tags(resource_id="ws-1"))
    result = await patient_client.describe_tags(resource_id="ws-1")
    assert result.tag_list == []


async def test_cancelling_many_calls_at_once(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.responder = lambda _: json_reply(delay=HANG)

    async def many() -> list[Any]:
        return await asyncio.gather(
            *(patient_client.describe_tags(resource_id=f"ws-{i}") for i in range(40))
        )

    await cancel_when_sent(fault_server, 40, many)
    await assert_nothing_left(patient_client, fault_server)


# --- pagers --------------------------------------------------------------------------


def two_pages_the_second_slow(server: FaultServer) -> None:
    first = {"Workspaces": [{"WorkspaceId": "ws-1"}, {"WorkspaceId": "ws-2"}], "NextToken": "t1"}
    server.script(json_reply(first), json_reply({"Workspaces": []}, delay=HANG))


async def test_cancelling_a_pager_fetching_a_page(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    two_pages_the_second_slow(fault_server)
    seen: list[str | None] = []

    async def iterate() -> None:
        async for workspace in patient_client.paginate.describe_workspaces():
            seen.append(workspace.workspace_id)

    await cancel_when_sent(fault_server, 2, iterate)
    assert seen == ["ws-1", "ws-2"]
    await assert_nothing_left(patient_client, fault_server)


async def test_a_timeout_around_a_pager(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    two_pages_the_second_slow(fault_server)
    pager = patient_client.paginate.describe_workspaces()
    await time_out_when_sent(pager.collect)
    assert fault_server.requests == 2
    assert pager.resume_token == "t1"  # where a later pager can pick up
    await assert_nothing_left(patient_client, fault_server)


async def test_a_timeout_around_pages(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    two_pages_the_second_slow(fault_server)
    pages: list[Any] = []

    async def walk() -> None:
        async for page in patient_client.paginate.describe_workspaces().pages():
            pages.append(page)

    await time_out_when_sent(walk)
    assert len(pages) == 1
    await assert_nothing_left(patient_client, fault_server)


# --- waiters -------------------------------------------------------------------------


def pending_workspaces(delay: float) -> Callable[[Received], Reply]:
    """Answers DescribeWorkspaces: every asked-for WorkSpace is PENDING, after `delay`."""

    def respond(request: Received) -> Reply:
        ids = json.loads(request.body).get("WorkspaceIds", [])
        workspaces = [{"WorkspaceId": i, "State": "PENDING"} for i in ids]
        return json_reply({"Workspaces": workspaces}, delay=delay)

    return respond


IDS = [f"ws-{n:08d}" for n in range(60)]  # three batches of at most 25


async def test_cancelling_a_waiter_polling(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.responder = pending_workspaces(delay=HANG)
    await cancel_when_sent(
        fault_server, 3, lambda: patient_client.wait.workspaces_available(IDS, timeout=600)
    )
    assert fault_server.requests == 3
    await assert_nothing_left(patient_client, fault_server)


async def test_cancelling_a_waiter_between_polls(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.responder = pending_workspaces(delay=0)
    polls: list[dict[str, Any]] = []
    task = asyncio.ensure_future(
        patient_client.wait.workspaces_available(
            IDS, timeout=600, min_delay=30, max_delay=60, on_progress=polls.append
        )
    )
    assert await wait_until(lambda: len(polls) == 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert fault_server.requests == 3
    assert set(polls[0].values()) == {"PENDING"}
    assert connections_in_use(patient_client) == 0
    assert pending_tasks() == set()


async def test_a_timeout_around_a_waiter(
    fault_server: FaultServer, patient_client: WorkSpacesClient
) -> None:
    fault_server.responder = pending_workspaces(delay=HANG)
    await time_out_when_sent(lambda: patient_client.wait.workspaces_available(IDS, timeout=600))
    assert fault_server.requests == 3
    await assert_nothing_left(patient_client, fault_server)
