"""Secret hygiene: the secret key and session token never show (TLS: see test_tls.py)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, NoReturn

import pytest
from botocore.credentials import RefreshableCredentials

from aioworkspaces import ClientConfig, Credentials, HttpRequest, RequestEvent, WorkSpacesClient
from aioworkspaces.errors import CredentialsError, WorkSpacesError
from aioworkspaces.simulator import LifecycleSimulator
from aioworkspaces.testing import MockTransport
from tests.support import REGION, no_sleep

SECRET = "wJalrXUtnFEMI-TOP-SECRET-KEY-0123456789"
TOKEN = "FwoGZXIvYXdzEXAMPLE-SESSION-TOKEN-abcdef"
CREDENTIALS = Credentials("AKIDVISIBLE000001", SECRET, TOKEN)


# What the SDK writes in place of a secret in headers it shows (hooks, logs).
REDACTED = "<redacted>"


def unreachable(request: HttpRequest) -> NoReturn:
    raise AssertionError(f"{request.operation} was sent")


def leaks(text: str) -> bool:
    return SECRET in text or TOKEN in text


def record_texts(records: list[logging.LogRecord]) -> list[str]:
    texts = []
    for record in records:
        texts.append(record.getMessage())
        texts.append(repr(record.__dict__))
        if record.exc_info and record.exc_info[1] is not None:
            texts.append(str(record.exc_info[1]))
    return texts


async def test_secrets_stay_out_of_logs_errors_and_hooks(
    sim: LifecycleSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[RequestEvent] = []
    texts: list[str] = []
    errors: list[WorkSpacesError] = []
    sim.add_workspace("ws-secret001", ["STOPPED"])
    async with WorkSpacesClient(
        # Unpaced, so that throttles spend the attempts and surface.
        REGION,
        endpoint_url=sim.endpoint,
        credentials=CREDENTIALS,
        config=ClientConfig(sleep=no_sleep, pacing=False),
    ) as client:
        client.hooks.on_request(seen.append)
        texts += [repr(client), repr(client.config), str(CREDENTIALS)]
        await client.describe_workspaces()  # a success
        sim.throttle(5)  # retried, then exhausted
        with pytest.raises(WorkSpacesError) as throttled:
            await client.describe_workspaces()
        errors.append(throttled.value)
        with pytest.raises(WorkSpacesError) as invalid:  # refused before sending
            await client.start_workspaces(start_workspace_requests=[])
        errors.append(invalid.value)
        with pytest.raises(WorkSpacesError) as unknown:  # a service error
            await client.describe_tags(resource_id="ws-missing01")  # not found
        errors.append(unknown.value)
    async with WorkSpacesClient(
        REGION,
        endpoint_url="http://127.0.0.1:9",
        credentials=CREDENTIALS,
        config=ClientConfig(max_attempts=1),
    ) as offline:
        with pytest.raises(WorkSpacesError) as refused:  # a transport error
            await offline.describe_workspaces()
        errors.append(refused.value)

    texts += [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [repr(e.__dict__) for e in errors]
    texts += record_texts(caplog.records)
    assert len(caplog.records) >= 4
    assert not [t for t in texts if leaks(t)]

    assert seen and all(e.headers["Authorization"] == REDACTED for e in seen)
    assert all(e.headers["X-Amz-Security-Token"] == REDACTED for e in seen)
    attempts = [r for r in caplog.records if hasattr(r, "request_headers")]
    assert attempts, "each attempt's DEBUG record carries the headers sent"
    for record in attempts:
        headers: Any = record.request_headers
        assert headers["Authorization"] == REDACTED
        assert headers["X-Amz-Security-Token"] == REDACTED
        assert "AKIDVISIBLE000001" not in headers["Authorization"]


async def test_a_failing_refresh_does_not_show_the_old_secret() -> None:
    def refresh() -> dict[str, Any]:
        raise RuntimeError("token service down")

    expired = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat()
    source = RefreshableCredentials.create_from_metadata(
        {"access_key": "AKIDOLD", "secret_key": SECRET, "token": TOKEN, "expiry_time": expired},
        refresh,
        "custom",
    )
    client = WorkSpacesClient(REGION, credentials=source, transport=MockTransport(unreachable))
    with pytest.raises(CredentialsError) as caught:
        await client.describe_workspaces()
    assert "token service down" in str(caught.value)
    assert not leaks(str(caught.value)) and not leaks(repr(caught.value))
