"""Logging under `aioworkspaces`: one DEBUG record per attempt, nothing at INFO."""

from __future__ import annotations

import logging

import pytest

from aioworkspaces import WorkSpacesClient
from aioworkspaces.errors import ServiceError
from aioworkspaces.simulator import LifecycleSimulator


def sdk_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("aioworkspaces")]


async def test_one_debug_record_per_attempt(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="aioworkspaces")
    sim.add_workspace("ws-log000001", ["AVAILABLE"])
    sim.throttle(2)  # two throttled attempts, then a success
    await sim_client.describe_workspaces()
    records = sdk_records(caplog)
    assert [r.levelno for r in records] == [logging.DEBUG] * 3
    assert [r.attempt for r in records] == [1, 2, 3]  # type: ignore[attr-defined]
    last = records[-1]
    assert (last.operation, last.status) == ("DescribeWorkspaces", 200)  # type: ignore[attr-defined]
    assert last.request_id and last.request_id.startswith("sim-")  # type: ignore[attr-defined]
    assert last.latency >= 0  # type: ignore[attr-defined]
    message = last.getMessage()
    assert message.startswith("DescribeWorkspaces attempt 3: status=200 request_id=sim-")
    assert "latency=" in message and message.endswith("ms")
    assert "error=ThrottlingException" in records[0].getMessage()


async def test_nothing_at_info_by_default(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    sim.throttle(1)
    await sim_client.describe_workspaces()
    with pytest.raises(ServiceError):
        await sim_client.describe_tags(resource_id="ws-1")  # the simulator has no DescribeTags
    assert sdk_records(caplog) == []
