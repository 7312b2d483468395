"""Every answer that can carry NextToken is followed to the end: waiters and bulk helpers.

A service may split even a 25-id DescribeWorkspaces into pages (the API allows it); a
waiter or bulk helper that reads only the first page lies about the rest.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from aioworkspaces import WorkSpacesClient
from aioworkspaces.errors import WaiterTimeoutError
from aioworkspaces.types import WorkspaceState
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, Received, Reply, json_reply

PAGE = 10


def paged(
    items_of: Callable[[list[str]], list[dict[str, Any]]], list_key: str
) -> Callable[[Received], Reply]:
    """A responder answering a by-id Describe call in pages of `PAGE` items."""

    def respond(received: Received) -> Reply:
        body = received.json()
        ids = body.get("WorkspaceIds", [])
        start = int(body.get("NextToken") or 0)
        items = items_of(ids)
        document: dict[str, Any] = {list_key: items[start : start + PAGE]}
        if start + PAGE < len(items):
            document["NextToken"] = str(start + PAGE)
        return json_reply(document)

    return respond


@pytest.fixture
async def paged_client(fault_server: FaultServer) -> AsyncIterator[WorkSpacesClient]:
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        yield client


IDS = [f"ws-{i:08d}" for i in range(25)]


async def test_terminated_waiter_reads_every_page_of_a_batch(
    fault_server: FaultServer, paged_client: WorkSpacesClient
) -> None:
    # Ten are gone-ish (TERMINATED), fifteen still AVAILABLE: on the second and third pages.
    def workspaces(ids: list[str]) -> list[dict[str, Any]]:
        return [
            {"WorkspaceId": i, "State": "TERMINATED" if i in IDS[:PAGE] else "AVAILABLE"}
            for i in ids
        ]

    fault_server.responder = paged(workspaces, "Workspaces")
    with pytest.raises(WaiterTimeoutError) as caught:
        await paged_client.wait.workspaces_terminated(
            IDS, timeout=0.3, min_delay=0.01, max_delay=0.01
        )
    states = caught.value.states
    assert [states[i] for i in IDS[PAGE:]] == [WorkspaceState.AVAILABLE] * 15
    assert [states[i] for i in IDS[:PAGE]] == [WorkspaceState.TERMINATED] * PAGE
    tokens = [r.json().get("NextToken") for r in fault_server.received]
    assert tokens[:3] == [None, "10", "20"]


async def test_available_waiter_returns_every_workspace_of_a_paged_batch(
    fault_server: FaultServer, paged_client: WorkSpacesClient
) -> None:
    fault_server.responder = paged(
        lambda ids: [{"WorkspaceId": i, "State": "AVAILABLE"} for i in ids], "Workspaces"
    )
    found = await paged_client.wait.workspaces_available(IDS, min_delay=0.01)
    assert [w.workspace_id for w in found] == IDS


async def test_bulk_describe_workspaces_reads_every_page(
    fault_server: FaultServer, paged_client: WorkSpacesClient
) -> None:
    fault_server.responder = paged(
        lambda ids: [{"WorkspaceId": i, "State": "AVAILABLE"} for i in ids], "Workspaces"
    )
    wanted = [f"ws-{i:08d}" for i in range(60)]
    found = await paged_client.bulk.describe_workspaces(list(reversed(wanted)))
    assert [w.workspace_id for w in found] == list(reversed(wanted))
    assert len(fault_server.received) == 3 + 3 + 1  # 25, 25, 10 ids: pages of 10


async def test_bulk_connection_status_chunks_pages_and_keeps_input_order(
    fault_server: FaultServer, paged_client: WorkSpacesClient
) -> None:
    fault_server.responder = paged(
        lambda ids: [
            {"WorkspaceId": i, "ConnectionState": "CONNECTED"}
            for i in reversed(ids)  # the service's own order
            if i != "ws-00000007"  # unknown to the service
        ],
        "WorkspacesConnectionStatus",
    )
    wanted = [f"ws-{i:08d}" for i in range(40)]
    statuses = await paged_client.bulk.describe_workspaces_connection_status(
        [*wanted, wanted[3]], concurrency=2
    )
    assert [s.workspace_id for s in statuses] == [i for i in wanted if i != "ws-00000007"]
    assert {s.connection_state for s in statuses} == {"CONNECTED"}
    sizes = sorted(
        len(r.json()["WorkspaceIds"])
        for r in fault_server.received
        if r.json().get("NextToken") is None
    )
    assert sizes == [15, 25]
    assert all(r.operation == "DescribeWorkspacesConnectionStatus" for r in fault_server.received)
