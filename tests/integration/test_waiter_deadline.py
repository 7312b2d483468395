"""A waiter's `timeout` is a deadline that includes the poll in flight."""

from __future__ import annotations

import asyncio

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import DeadlineExceededError, WaiterTimeoutError
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, json_reply
from tests.support.leaks import client_connections, pending_tasks, wait_until


async def test_a_hung_poll_ends_at_the_deadline_and_leaves_nothing_behind(
    fault_server: FaultServer,
) -> None:
    fault_server.responder = lambda _: json_reply({"Workspaces": []}, delay=20)
    port = int(fault_server.url.rsplit(":", 1)[1])
    loop = asyncio.get_running_loop()
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(read_timeout=60),
    ) as client:
        started = loop.time()
        with pytest.raises(WaiterTimeoutError, match="1 of 1 not done") as caught:
            await client.wait.workspaces_available(["ws-hung0001"], timeout=1)
        elapsed = loop.time() - started
        assert caught.value.states == {"ws-hung0001": None}
        assert 0.9 < elapsed < 3
        await asyncio.sleep(0)
        assert pending_tasks() == set()
        assert await wait_until(lambda: client_connections(port) == 0)
        assert await wait_until(lambda: fault_server.open_connections() == 0)


async def test_no_sleep_runs_past_the_deadline(fault_server: FaultServer) -> None:
    fault_server.responder = lambda _: json_reply(
        {"Workspaces": [{"WorkspaceId": "ws-pend0001", "State": "PENDING"}]}
    )
    loop = asyncio.get_running_loop()
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        started = loop.time()
        with pytest.raises(WaiterTimeoutError):
            await client.wait.workspaces_available(["ws-pend0001"], timeout=0.5, min_delay=30)
        assert 0.4 < loop.time() - started < 2
    assert fault_server.requests == 1


async def test_a_call_deadline_inside_a_poll_stays_that_error(fault_server: FaultServer) -> None:
    # DeadlineExceededError is a TimeoutError too: the waiter must not take it for its own.
    fault_server.responder = lambda _: json_reply({"Workspaces": []}, delay=20)
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(read_timeout=60, call_timeout=0.5),
    ) as client:
        with pytest.raises(DeadlineExceededError):
            await client.wait.workspaces_available(["ws-hung0001"], timeout=10)
