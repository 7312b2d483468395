"""`client.hooks`: every attempt observed, with redacted headers; a failing hook never breaks a call."""

from __future__ import annotations

import json
import logging

import pytest

from aioworkspaces import RequestEvent, ResponseEvent, WorkSpacesClient
from aioworkspaces.errors import ThrottlingException
from aioworkspaces.simulator import LifecycleSimulator

# What the SDK writes in place of a secret in headers it shows (hooks, logs).
REDACTED = "<redacted>"


async def test_each_attempt_is_seen_before_and_after(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    requests: list[RequestEvent] = []
    responses: list[ResponseEvent] = []
    sim_client.hooks.on_request(requests.append)
    sim_client.hooks.on_response(responses.append)
    sim.throttle(1)  # one throttled attempt, then a success
    result = await sim_client.describe_workspaces(directory_id="d-1234567890")

    assert [(e.operation, e.attempt) for e in requests] == [
        ("DescribeWorkspaces", 1),
        ("DescribeWorkspaces", 2),
    ]
    first = requests[0]
    assert first.url == sim.endpoint
    assert json.loads(first.body) == {"DirectoryId": "d-1234567890"}
    assert first.headers["X-Amz-Target"] == "WorkspacesService.DescribeWorkspaces"
    assert first.headers["Authorization"] == REDACTED

    throttled, succeeded = responses
    assert (throttled.attempt, throttled.status) == (1, 400)
    assert isinstance(throttled.error, ThrottlingException)
    assert (succeeded.attempt, succeeded.status, succeeded.error) == (2, 200, None)
    assert succeeded.request_id == result.response_metadata.request_id
    assert all(e.elapsed >= 0 for e in responses)


async def test_a_failing_hook_is_logged_and_the_call_goes_on(
    sim_client: WorkSpacesClient, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[int | None] = []

    @sim_client.hooks.on_response
    def broken(event: ResponseEvent) -> None:
        raise RuntimeError("metrics backend down")

    sim_client.hooks.on_response(lambda event: seen.append(event.status))
    result = await sim_client.describe_workspaces()

    assert result.response_metadata.http_status == 200
    assert seen == [200]  # the hooks after the broken one still ran
    (record,) = [r for r in caplog.records if r.name == "aioworkspaces._hooks"]
    assert record.levelno == logging.ERROR and "failed; ignored" in record.getMessage()
    assert record.exc_info and "metrics backend down" in str(record.exc_info[1])


async def test_a_removed_hook_is_not_called(sim_client: WorkSpacesClient) -> None:
    calls: list[str] = []

    def record(event: RequestEvent) -> None:
        calls.append(event.operation)

    assert sim_client.hooks.on_request(record) is record  # usable as a decorator
    await sim_client.describe_workspaces()
    sim_client.hooks.remove(record)
    await sim_client.describe_workspaces()
    assert calls == ["DescribeWorkspaces"]
    assert not sim_client.hooks.active
