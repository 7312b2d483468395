"""Pacing against a service with a token bucket per operation (a real local server)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from aioworkspaces import ClientConfig, ResponseEvent, WorkSpacesClient
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer
from tests.support.throttling import TokenBuckets


@pytest.fixture
def buckets() -> TokenBuckets:
    return TokenBuckets(rate=2, burst=5)


@pytest.fixture
def service(buckets: TokenBuckets) -> Iterator[FaultServer]:
    with FaultServer(buckets, keep_requests=False) as server:
        yield server


def client_of(service: FaultServer, **config: object) -> WorkSpacesClient:
    return WorkSpacesClient(
        REGION,
        endpoint_url=service.url,
        credentials=TEST_CREDENTIALS,
        config=ClientConfig(**config),  # type: ignore[arg-type]
    )


@pytest.mark.slow
async def test_a_burst_of_100_describes_at_2_a_second_surfaces_no_throttle(
    service: FaultServer, buckets: TokenBuckets
) -> None:
    """The default configuration; the retry quota is untouched; another operation,
    called meanwhile, is not held up behind the one at its limit."""
    async with client_of(service) as client:
        status_seconds: list[float] = []

        async def connection_status_later() -> None:
            await asyncio.sleep(10)  # DescribeTags is at its limit by now
            for _ in range(4):
                started = time.monotonic()
                await client.describe_workspaces_connection_status(workspace_ids=["ws-1"])
                status_seconds.append(time.monotonic() - started)

        described, _ = await asyncio.gather(
            asyncio.gather(*(client.describe_tags(resource_id=f"ws-{i}") for i in range(100))),
            connection_status_later(),
        )
        quota = client.retry_policy.quota
        assert quota is not None and quota.available == quota.INITIAL
    assert len(described) == 100
    assert buckets.accepted["DescribeTags"] == 100
    assert max(status_seconds) < 1.0  # not queued behind 90 DescribeTags
    assert buckets.throttled["DescribeWorkspacesConnectionStatus"] == 0
    # Throttles are how the budget learns: a handful, not one per call.
    assert buckets.throttled["DescribeTags"] <= 15


async def test_throttled_calls_neither_fail_nor_spend_attempts(service: FaultServer) -> None:
    buckets = TokenBuckets(rate=5, burst=5)
    with FaultServer(buckets, keep_requests=False) as fast:
        async with client_of(fast, max_attempts=1) as client:
            events: list[ResponseEvent] = []
            client.hooks.on_response(events.append)
            results = await asyncio.gather(
                *(client.describe_workspaces(workspace_ids=[f"ws-{i}"]) for i in range(20))
            )
            quota = client.retry_policy.quota
            assert quota is not None and quota.available == quota.INITIAL
    assert len(results) == 20 and buckets.accepted["DescribeWorkspaces"] == 20
    throttled = [e for e in events if e.status == 400]
    assert len(throttled) == buckets.throttled["DescribeWorkspaces"] > 0
    assert sum(r.response_metadata.retry_attempts for r in results) == len(throttled)


async def test_operations_are_paced_independently(service: FaultServer) -> None:
    """Paced requests wait for their budget, not in the pool: with 2 connections, 4
    DescribeTags waiting for their slots leave the connections to DescribeWorkspaces."""
    buckets = TokenBuckets(rate=5, burst=5, limits={"DescribeTags": (1, 1)})
    with FaultServer(buckets, keep_requests=False) as slow_tags:
        async with client_of(slow_tags, max_pool_connections=2) as client:
            tags = asyncio.gather(*(client.describe_tags(resource_id="ws-1") for _ in range(4)))
            await asyncio.sleep(0.5)  # DescribeTags throttled and paced at about 1 a second
            started = time.monotonic()
            for _ in range(5):
                await client.describe_workspaces()
            elapsed = time.monotonic() - started
            await tags
    assert buckets.throttled["DescribeTags"] > 0
    assert buckets.throttled["DescribeWorkspaces"] == 0
    assert elapsed < 1.0


async def test_a_configured_ceiling_keeps_under_the_limit(service: FaultServer) -> None:
    buckets = TokenBuckets(rate=4, burst=1)
    with FaultServer(buckets, keep_requests=False) as strict:
        async with client_of(strict, rate_limits={"describe_tags": 3.5}) as client:
            await asyncio.gather(*(client.describe_tags(resource_id="ws-1") for _ in range(8)))
    assert buckets.throttled["DescribeTags"] == 0


async def test_unpaced_throttles_surface_after_the_attempts(service: FaultServer) -> None:
    buckets = TokenBuckets(rate=0.5, burst=1)
    with FaultServer(buckets, keep_requests=False) as strict:
        async with client_of(strict, pacing=False, max_attempts=1) as client:
            outcomes = await asyncio.gather(
                *(client.describe_tags(resource_id="ws-1") for _ in range(5)),
                return_exceptions=True,
            )
    assert sum(isinstance(o, Exception) for o in outcomes) == 4
