"""Bulk helpers against the lifecycle simulator: chunking, merging, order, throttling."""

from __future__ import annotations

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import ParamValidationError
from aioworkspaces.simulator import LifecycleSimulator
from aioworkspaces.types import WorkspaceRequest, WorkspaceState
from tests.support import REGION, TEST_CREDENTIALS


def add_workspaces(sim: LifecycleSimulator, count: int, state: str) -> list[str]:
    ids = [f"ws-{state.lower()[:4]}{i:06d}" for i in range(count)]
    for workspace_id in ids:
        sim.add_workspace(workspace_id, [state])
    return ids


async def test_130_starts_become_6_calls_with_failures_merged_in_order(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 130, "STOPPED")
    refused = [ids[3], ids[60], ids[129]]
    for workspace_id in refused:
        sim.script(workspace_id, ["AVAILABLE"])  # cannot be started: not STOPPED

    result = await sim_client.bulk.start_workspaces(ids, concurrency=3)

    assert sim.ids_per_call("StartWorkspaces") == [25, 25, 25, 25, 25, 5]
    sent = [
        item["WorkspaceId"]
        for name, body in sim.calls
        if name == "StartWorkspaces"
        for item in body["StartWorkspaceRequests"]
    ]
    assert sorted(sent) == sorted(ids)
    assert result.succeeded == [i for i in ids if i not in refused]
    assert [f.workspace_id for f in result.failed] == refused
    assert {f.error_code for f in result.failed} == {"InvalidResourceState"}
    assert result.workspaces is None


async def test_create_merges_pending_and_failed_and_can_wait(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.reject_users = {"user7", "user41"}
    requests = [
        WorkspaceRequest(directory_id="d-1234567890", user_name=f"user{i}", bundle_id="wsb-1")
        for i in range(60)
    ]
    result = await sim_client.bulk.create_workspaces(requests, wait=True)
    assert sim.ids_per_call("CreateWorkspaces") == [25, 25, 10]
    assert [w.user_name for w in result.pending] == [
        f"user{i}" for i in range(60) if i not in (7, 41)
    ]
    assert [f.workspace_request for f in result.failed] == [requests[7], requests[41]]
    assert result.workspaces is not None and len(result.workspaces) == 58
    assert {w.state for w in result.workspaces} == {WorkspaceState.AVAILABLE}


async def test_stop_then_terminate_with_wait(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 40, "AVAILABLE")
    stopped = await sim_client.bulk.stop_workspaces(ids, wait=True)
    assert stopped.workspaces is not None
    assert {w.state for w in stopped.workspaces} == {WorkspaceState.STOPPED}
    terminated = await sim_client.bulk.terminate_workspaces(ids, wait=True)
    assert terminated.succeeded == ids
    assert all(sim.state_of(i) is None for i in ids)


async def test_rebuild_and_reboot_respect_their_own_limits(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 3, "AVAILABLE")
    await sim_client.bulk.rebuild_workspaces(ids)
    assert sim.ids_per_call("RebuildWorkspaces") == [1, 1, 1]
    more = add_workspaces(sim, 26, "UNHEALTHY")
    result = await sim_client.bulk.reboot_workspaces(more)
    assert sim.ids_per_call("RebootWorkspaces") == [25, 1]
    assert result.succeeded == more


async def test_throttling_is_retried_by_the_retry_layer(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 50, "STOPPED")
    sim.throttle(2)
    result = await sim_client.bulk.start_workspaces(ids, concurrency=1)
    assert result.succeeded == ids and result.failed == []
    assert sim.ids_per_call("StartWorkspaces") == [25, 25, 25, 25]  # 2 throttled + 2 accepted


async def test_a_chunk_whose_call_fails_is_reported_item_by_item(sim: LifecycleSimulator) -> None:
    ids = add_workspaces(sim, 30, "STOPPED")
    sim.throttle(1)
    async with WorkSpacesClient(
        REGION,
        endpoint_url=sim.endpoint,
        credentials=TEST_CREDENTIALS,
        config=ClientConfig(max_attempts=1, pacing=False),  # the throttle is final
    ) as client:
        result = await client.bulk.start_workspaces(ids, concurrency=1)
    assert result.succeeded == ids[25:]
    assert [f.workspace_id for f in result.failed] == ids[:25]
    assert {f.error_code for f in result.failed} == {"ThrottlingException"}
    assert all("Rate exceeded" in (f.error_message or "") for f in result.failed)


async def test_a_bad_request_is_reported_alone_and_the_others_are_sent(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    requests = [
        WorkspaceRequest(directory_id="d-1234567890", user_name=f"user{i}", bundle_id="wsb-1")
        for i in range(60)
    ]
    requests[55] = WorkspaceRequest(directory_id="d-1234567890", user_name="", bundle_id="wsb-1")
    result = await sim_client.bulk.create_workspaces(requests)
    assert [f.workspace_request for f in result.failed] == [requests[55]]
    assert result.failed[0].error_code == "ParamValidationError"
    assert "requests[55].user_name: length 0" in (result.failed[0].error_message or "")
    assert len(result.pending) == 59
    assert sim.ids_per_call("CreateWorkspaces") == [25, 25, 9]


async def test_bad_arguments_are_refused_before_anything_is_sent(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    with pytest.raises(ParamValidationError, match="concurrency"):
        await sim_client.bulk.stop_workspaces(["ws-1"], concurrency=0)
    with pytest.raises(ParamValidationError, match="non-empty strings"):
        await sim_client.bulk.terminate_workspaces(["ws-1", ""])
    with pytest.raises(ParamValidationError, match="concurrency"):
        await sim_client.bulk.describe_workspaces_connection_status(["ws-1"], concurrency=0)
    assert sim.calls == []


async def test_describe_by_ids_keeps_input_order_and_leaves_out_unknown_ids(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 60, "AVAILABLE")
    wanted = [*reversed(ids), "ws-unknown01"]
    found = await sim_client.bulk.describe_workspaces(wanted)
    assert [w.workspace_id for w in found] == list(reversed(ids))
    assert sim.ids_per_call("DescribeWorkspaces") == [25, 25, 11]


async def test_concurrency_is_bounded(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 250, "STOPPED")
    in_flight = 0
    highest = 0

    def started(_: object) -> None:
        nonlocal in_flight, highest
        in_flight += 1
        highest = max(highest, in_flight)

    def finished(_: object) -> None:
        nonlocal in_flight
        in_flight -= 1

    sim_client.hooks.on_request(started)
    sim_client.hooks.on_response(finished)
    result = await sim_client.bulk.start_workspaces(ids, concurrency=3)
    assert len(result.succeeded) == 250
    assert 1 < highest <= 3
