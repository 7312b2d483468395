"""Logging under `aioworkspaces`: one DEBUG record per attempt, nothing at INFO."""

from __future__ import annotations

import logging

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import ServiceError, TransportError
from aioworkspaces.simulator import LifecycleSimulator
from tests.support import REGION, TEST_CREDENTIALS, free_port, no_sleep


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


async def test_an_attempt_without_an_answer_is_logged_without_status(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="aioworkspaces")
    async with WorkSpacesClient(
        REGION,
        endpoint_url=f"http://127.0.0.1:{free_port()}",  # nothing listens there
        credentials=TEST_CREDENTIALS,
        config=ClientConfig(max_attempts=2, sleep=no_sleep),
    ) as client:
        with pytest.raises(TransportError):
            await client.describe_workspaces()
    records = sdk_records(caplog)
    assert [(r.attempt, r.status, r.request_id) for r in records] == [  # type: ignore[attr-defined]
        (1, None, None),
        (2, None, None),
    ]
    assert all(r.levelno == logging.DEBUG for r in records)
    assert "status=None request_id=None" in records[0].getMessage()
    assert "error=TransportError" in records[0].getMessage()


def test_the_sdk_logger_is_left_to_the_application() -> None:
    # No level and no handler of its own: what shows is what the application configures.
    sdk_logger = logging.getLogger("aioworkspaces")
    assert sdk_logger.level == logging.NOTSET
    assert [h for h in sdk_logger.handlers if not isinstance(h, logging.NullHandler)] == []
    assert sdk_logger.propagate
