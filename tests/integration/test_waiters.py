"""Waiters against the lifecycle simulator: batching, success, failure, time-out, progress."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from aioworkspaces import Waiters, WorkSpacesClient
from aioworkspaces.errors import ParamValidationError, WaiterFailedError, WaiterTimeoutError
from aioworkspaces.simulator import GONE, LifecycleSimulator
from aioworkspaces.types import WorkspaceRequest, WorkspaceState

FAST: dict[str, Any] = {"min_delay": 0.001, "max_delay": 0.005}


def requests(count: int) -> list[WorkspaceRequest]:
    return [
        WorkspaceRequest(directory_id="d-1234567890", user_name=f"user{i}", bundle_id="wsb-1")
        for i in range(count)
    ]


async def create(client: WorkSpacesClient, count: int) -> list[str]:
    result = await client.bulk.create_workspaces(requests(count))
    return [w.workspace_id for w in result.pending if w.workspace_id]


async def test_sixty_workspaces_become_available_polled_25_at_a_time(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = await create(sim_client, 60)
    assert len(ids) == 60
    progress: list[dict[str, WorkspaceState | None]] = []
    workspaces = await sim_client.wait.workspaces_available(
        ids, on_progress=progress.append, **FAST
    )

    assert [w.workspace_id for w in workspaces] == ids
    assert {w.state for w in workspaces} == {WorkspaceState.AVAILABLE}
    sizes = sim.ids_per_call("DescribeWorkspaces")
    assert sizes and max(sizes) <= 25
    assert sizes[:3] == [25, 25, 10]  # the first round: every id, in batches
    # Not visible right after creation: pending, not failed; then PENDING; then AVAILABLE.
    # Each id is polled on its own schedule (from when its chunk was created), so a
    # later round may hold only some ids: the order holds per id, not per round.
    assert progress[0] == dict.fromkeys(ids)
    order = [None, WorkspaceState.PENDING, WorkspaceState.AVAILABLE]
    for workspace_id in ids:
        seen = [order.index(p[workspace_id]) for p in progress]
        assert seen == sorted(seen) and 1 in seen, (workspace_id, seen)
    assert set(progress[-1].values()) == {WorkspaceState.AVAILABLE}
    assert all(set(p) == set(ids) for p in progress)


async def test_stopped_and_terminated_with_gone_counting_as_terminated(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = [f"ws-{i:08d}" for i in range(30)]
    for workspace_id in ids:
        sim.add_workspace(workspace_id, ["AVAILABLE"])
    await sim_client.bulk.stop_workspaces(ids)
    stopped = await sim_client.wait.workspaces_stopped(ids, **FAST)
    assert {w.state for w in stopped} == {WorkspaceState.STOPPED}

    await sim_client.bulk.terminate_workspaces(ids)
    states: list[dict[str, WorkspaceState | None]] = []
    remaining = await sim_client.wait.workspaces_terminated(ids, on_progress=states.append, **FAST)
    # TERMINATED is seen once, then the WorkSpaces disappear: done either way.
    assert all(w.state == WorkspaceState.TERMINATED for w in remaining)
    assert all(sim.state_of(i) is None or sim.state_of(i) == GONE for i in ids)
    assert WorkspaceState.TERMINATING in states[0].values()


async def test_terminated_ids_never_seen_count_as_terminated(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    assert await sim_client.wait.workspaces_terminated(["ws-00000000"], **FAST) == []


async def test_a_workspace_in_error_fails_the_wait_with_every_state(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = await create(sim_client, 40)
    sim.script(ids[7], [None, "PENDING", "ERROR"])
    with pytest.raises(WaiterFailedError, match=f"{ids[7]} is ERROR") as caught:
        await sim_client.wait.workspaces_available(ids, **FAST)
    states = caught.value.states
    assert set(states) == set(ids)
    assert states[ids[7]] == WorkspaceState.ERROR
    assert all(isinstance(states[i], WorkspaceState) for i in ids)


async def test_a_workspace_that_disappears_fails_an_available_wait(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.add_workspace("ws-vanish01", ["PENDING", GONE])
    with pytest.raises(WaiterFailedError, match="ws-vanish01 disappeared") as caught:
        await sim_client.wait.workspaces_available(["ws-vanish01"], **FAST)
    assert caught.value.states == {"ws-vanish01": None}


async def test_time_out_carries_the_last_states(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = await create(sim_client, 30)
    sim.script(ids[0], ["PENDING"])  # stays PENDING for ever
    with pytest.raises(WaiterTimeoutError, match=r"1 of 30 not done") as caught:
        await sim_client.wait.workspaces_available(ids, timeout=0.3, **FAST)
    assert caught.value.states[ids[0]] == WorkspaceState.PENDING
    assert caught.value.states[ids[1]] == WorkspaceState.AVAILABLE


async def test_cancelling_the_waiting_task_stops_polling_at_once(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.add_workspace("ws-forever1", ["PENDING"])
    polled = asyncio.Event()
    task = asyncio.create_task(
        sim_client.wait.workspaces_available(
            ["ws-forever1"], min_delay=0.01, max_delay=0.01, on_progress=lambda _: polled.set()
        )
    )
    await polled.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    calls = len(sim.calls)
    await asyncio.sleep(0.1)
    assert len(sim.calls) == calls


async def test_an_async_progress_callback_is_awaited(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.add_workspace("ws-async0001", ["PENDING", "AVAILABLE"])
    seen: list[WorkspaceState | None] = []

    async def report(states: dict[str, WorkspaceState | None]) -> None:
        await asyncio.sleep(0)
        seen.append(states["ws-async0001"])

    await sim_client.wait.workspaces_available(["ws-async0001"], on_progress=report, **FAST)
    assert seen == [WorkspaceState.PENDING, WorkspaceState.AVAILABLE]


async def test_the_delay_grows_with_the_time_waited_jittered_between_min_and_max(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.add_workspace("ws-backoff01", ["PENDING"] * 40 + ["AVAILABLE"])
    delays: list[float] = []
    bounds: list[tuple[float, float]] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)

    def highest(low: float, high: float) -> float:
        bounds.append((low, high))
        return high

    waiters = Waiters(sim_client, rng=highest, sleep=sleep)
    await waiters.workspaces_available(["ws-backoff01"], min_delay=1, max_delay=10)
    waited = 0.0
    # (the last poll makes a schedule too, never slept)
    for delay, (low, high) in zip(delays, bounds[: len(delays)], strict=True):
        # 15% of the time waited so far, at least min_delay, at most max_delay ...
        assert high == pytest.approx(min(10, max(1, 0.15 * waited)), abs=0.01)
        assert low == max(1, 0.75 * high)  # ... jittered down by a quarter at most
        assert delay == pytest.approx(high, abs=0.01)
        waited += delay
    assert delays[0] == pytest.approx(1, abs=0.01) and delays[-1] == pytest.approx(10, abs=0.01)


async def test_images_directories_and_pools(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.add("image", "wsi-123456789", ["PENDING", "PENDING", "AVAILABLE"])
    images = await sim_client.wait.images_available(["wsi-123456789"], **FAST)
    assert [i.image_id for i in images] == ["wsi-123456789"]

    sim.add("directory", "d-0000000001", ["REGISTERING", "REGISTERED"])
    sim.add("directory", "d-0000000002", ["DEREGISTERING", GONE])
    registered = await sim_client.wait.directories_registered(["d-0000000001"], **FAST)
    assert registered[0].state is not None and registered[0].state.value == "REGISTERED"
    assert await sim_client.wait.directories_deregistered(["d-0000000002"], **FAST) == []

    sim.add("pool", "wspool-00000001", ["STARTING", "RUNNING"])
    sim.add("pool", "wspool-00000002", ["STOPPING", "DELETING"])
    running = await sim_client.wait.pools_running(["wspool-00000001"], **FAST)
    assert running[0].pool_id == "wspool-00000001"
    with pytest.raises(WaiterFailedError, match="DELETING"):
        await sim_client.wait.pools_stopped(["wspool-00000002"], **FAST)

    sim.add("image", "wsi-broken0001", ["PENDING", "ERROR"])
    with pytest.raises(WaiterFailedError, match="wsi-broken0001 is ERROR"):
        await sim_client.wait.images_available(["wsi-broken0001"], **FAST)


async def test_bad_options_are_refused_before_any_call(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    with pytest.raises(ParamValidationError, match="min_delay"):
        await sim_client.wait.workspaces_available(["ws-1"], min_delay=0)
    with pytest.raises(ParamValidationError, match="max_delay"):
        await sim_client.wait.workspaces_available(["ws-1"], min_delay=5, max_delay=1)
    with pytest.raises(ParamValidationError, match="collection of ids"):
        await sim_client.wait.workspaces_available("ws-1")
    with pytest.raises(ParamValidationError, match="timeout"):
        await sim_client.wait.workspaces_stopped(["ws-1"], timeout=0)
    # Values of the wrong type are the same typed error, never a raw TypeError.
    wrong: list[dict[str, Any]] = [
        {"timeout": "30"},
        {"timeout": float("nan")},
        {"min_delay": None},
        {"min_delay": "1"},
        {"max_delay": "x"},
        {"on_progress": 5},
    ]
    for options in wrong:
        with pytest.raises(ParamValidationError, match=next(iter(options))):
            await sim_client.wait.workspaces_available(["ws-1"], **options)
    assert sim.calls == []


async def test_no_ids_is_nothing_to_wait_for(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    assert await sim_client.wait.workspaces_available([]) == []
    assert sim.calls == []
