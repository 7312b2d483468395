"""Temporary credentials that expire during a long run.

botocore's `RefreshableCredentials` with a fake clock (no real waiting): refreshes
run in a worker thread, calls keep succeeding with the fresh keys, concurrent calls
share one refresh, and a refresh that fails when the keys must be replaced is a
`CredentialsError`, before anything is sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from botocore.credentials import RefreshableCredentials

from aioworkspaces import ClientConfig, WorkSpacesClient, errors
from tests.support import REGION
from tests.support.fault_server import FaultServer, json_reply

LIFETIME = dt.timedelta(minutes=30)
# botocore refreshes when less than 15 minutes are left (advisory: a failure is
# tolerated) and must refresh when less than 10 are left (mandatory: a failure raises).
ADVISORY = dt.timedelta(minutes=12)
MANDATORY = dt.timedelta(minutes=5)


class FakeSts:
    """Hands out numbered temporary keys valid for LIFETIME on a clock it controls."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.timezone.utc)
        self.issued = 0
        self.refresh_threads: list[int] = []
        self.failure: Exception | None = None
        self.lifetime = LIFETIME
        self.answer: Callable[[], dict[str, Any]] = self.issue

    def clock(self) -> dt.datetime:
        return self.now

    def advance(self, delta: dt.timedelta) -> None:
        self.now += delta

    def issue(self) -> dict[str, Any]:
        self.issued += 1
        n = self.issued
        return {
            "access_key": f"ASIA{n:04d}",
            "secret_key": f"secret-{n}",
            "token": f"token-{n}",
            "expiry_time": (self.now + self.lifetime).isoformat(),
        }

    def refresh(self) -> dict[str, Any]:
        self.refresh_threads.append(threading.get_ident())
        if self.failure is not None:
            raise self.failure
        return self.answer()

    def credentials(self) -> RefreshableCredentials:
        first = self.issue()
        return RefreshableCredentials(
            first["access_key"],
            first["secret_key"],
            first["token"],
            self.now + self.lifetime,
            self.refresh,
            "sts-assume-role",
            time_fetcher=self.clock,
        )


@pytest.fixture
def sts() -> FakeSts:
    return FakeSts()


@pytest.fixture
async def sts_client(fault_server: FaultServer, sts: FakeSts) -> AsyncIterator[WorkSpacesClient]:
    fault_server.responder = lambda _: json_reply({"TagList": []})
    async with WorkSpacesClient(
        REGION,
        credentials=sts.credentials(),
        endpoint_url=fault_server.url,
        config=ClientConfig(max_attempts=1),
    ) as client:
        yield client


def key_number(value: str | None) -> int:
    assert value is not None
    match = re.search(r"(\d+)$", value)
    assert match is not None, value
    return int(match.group(1))


async def test_calls_keep_succeeding_across_many_refreshes(
    fault_server: FaultServer, sts: FakeSts, sts_client: WorkSpacesClient
) -> None:
    for _ in range(60):
        await sts_client.describe_tags(resource_id="ws-1")
        sts.advance(dt.timedelta(minutes=2))  # two hours in all: keys last 30 minutes
    assert fault_server.requests == 60
    keys = [key_number(r.access_key) for r in fault_server.received]
    assert keys == sorted(keys)  # each new key replaces the old one for good
    assert keys[-1] == sts.issued >= 5
    # The key and the session token always come from the same refresh.
    for request in fault_server.received:
        assert key_number(request.headers["X-Amz-Security-Token"]) == key_number(request.access_key)


async def test_refreshes_run_off_the_event_loop(sts: FakeSts, sts_client: WorkSpacesClient) -> None:
    loop_thread = threading.get_ident()
    for _ in range(20):
        await sts_client.describe_tags(resource_id="ws-1")
        sts.advance(dt.timedelta(minutes=4))
    assert sts.refresh_threads
    assert loop_thread not in sts.refresh_threads


async def test_concurrent_calls_share_one_refresh(
    fault_server: FaultServer, sts: FakeSts, sts_client: WorkSpacesClient
) -> None:
    await sts_client.describe_tags(resource_id="ws-1")
    sts.advance(LIFETIME - MANDATORY)
    await asyncio.gather(*(sts_client.describe_tags(resource_id="ws-1") for _ in range(30)))
    assert len(sts.refresh_threads) == 1
    assert {r.access_key for r in fault_server.received[1:]} == {"ASIA0002"}


async def test_a_failed_advisory_refresh_keeps_the_current_keys(
    fault_server: FaultServer, sts: FakeSts, sts_client: WorkSpacesClient
) -> None:
    sts.failure = RuntimeError("the STS endpoint is down")
    sts.advance(LIFETIME - ADVISORY)
    await sts_client.describe_tags(resource_id="ws-1")
    assert fault_server.received[-1].access_key == "ASIA0001"
    assert sts.refresh_threads  # it was tried


async def test_a_failed_mandatory_refresh_is_a_credentials_error_before_sending(
    fault_server: FaultServer, sts: FakeSts, sts_client: WorkSpacesClient
) -> None:
    await sts_client.describe_tags(resource_id="ws-1")
    sts.failure = RuntimeError("the STS endpoint is down")
    sts.advance(LIFETIME - MANDATORY)
    with pytest.raises(errors.CredentialsError, match="the STS endpoint is down"):
        await sts_client.describe_tags(resource_id="ws-1")
    assert fault_server.requests == 1  # the failed call sent nothing
    # STS is back: the next call refreshes and succeeds.
    sts.failure = None
    await sts_client.describe_tags(resource_id="ws-1")
    assert fault_server.received[-1].access_key == "ASIA0002"


async def test_a_refresh_giving_expired_keys_is_a_credentials_error(
    fault_server: FaultServer, sts: FakeSts, sts_client: WorkSpacesClient
) -> None:
    sts.lifetime = dt.timedelta(minutes=-1)
    sts.advance(LIFETIME)
    with pytest.raises(errors.CredentialsError, match="still expired"):
        await sts_client.describe_tags(resource_id="ws-1")
    assert fault_server.requests == 0


async def test_a_refresh_giving_an_incomplete_answer_is_a_credentials_error(
    fault_server: FaultServer, sts: FakeSts, sts_client: WorkSpacesClient
) -> None:
    sts.answer = lambda: {"access_key": "ASIA9999"}
    sts.advance(LIFETIME)
    with pytest.raises(errors.CredentialsError, match="did not contain: secret_key"):
        await sts_client.describe_tags(resource_id="ws-1")
    assert fault_server.requests == 0
