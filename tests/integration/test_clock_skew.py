"""Clock-skew corrections: bounded, re-measured against the offset in use, undone.

A server checks every request's X-Amz-Date against its own clock (5 minutes either
way, as AWS does) and answers RequestTimeTooSkewed with its clock in the Date header,
or with a Date the test chooses (a bogus one).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
from collections import deque

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import RequestTimeTooSkewed
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, Received, Reply, json_reply

UTC = dt.timezone.utc


class SkewCheckingService:
    """Answers like AWS: a request signed too far from its clock is refused."""

    def __init__(self) -> None:
        self.ahead = dt.timedelta(0)
        """How far the server's clock is ahead of the real one."""
        self.bogus_dates: deque[dt.datetime] = deque()
        """Date headers to put on the next skew errors instead of the server's clock."""
        self.signed_at: list[dt.datetime] = []

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC) + self.ahead

    def __call__(self, received: Received) -> Reply:
        signed = dt.datetime.strptime(received.headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
        signed = signed.replace(tzinfo=UTC)
        self.signed_at.append(signed)
        server = self.now()
        if abs(signed - server) > dt.timedelta(minutes=5):
            date = self.bogus_dates.popleft() if self.bogus_dates else server
            return json_reply(
                {"__type": "RequestTimeTooSkewed", "message": "Signature expired"},
                400,
                headers={"Date": email.utils.format_datetime(date, usegmt=True)},
            )
        return json_reply({}, headers={"Date": email.utils.format_datetime(server, usegmt=True)})

    def last_offset(self) -> dt.timedelta:
        """How far the last request's signing time was from the real clock."""
        return self.signed_at[-1] - dt.datetime.now(UTC)


@pytest.fixture
def service(fault_server: FaultServer) -> SkewCheckingService:
    service = SkewCheckingService()
    fault_server.responder = service
    return service


def near(offset: dt.timedelta, expected: dt.timedelta) -> bool:
    return abs(offset - expected) < dt.timedelta(seconds=30)


async def test_a_day_off_date_is_not_believed(
    fault_server: FaultServer, service: SkewCheckingService
) -> None:
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        service.ahead = dt.timedelta(minutes=10)  # a real skew: the first call fails
        service.bogus_dates.append(dt.datetime.now(UTC) + dt.timedelta(days=1))
        with pytest.raises(RequestTimeTooSkewed):
            await client.describe_tags(resource_id="ws-1")
        assert near(service.last_offset(), dt.timedelta(0))
        service.ahead = dt.timedelta(0)
        for _ in range(3):  # signing is not poisoned
            await client.describe_tags(resource_id="ws-1")
            assert near(service.last_offset(), dt.timedelta(0))


async def test_a_wrong_correction_is_replaced_by_the_next_measure(
    fault_server: FaultServer, service: SkewCheckingService
) -> None:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(max_attempts=3),
    ) as client:
        service.ahead = dt.timedelta(minutes=10)
        # A believable but wrong Date (an hour ahead): corrected, refused again,
        # re-measured from the honest Date of the second refusal, then accepted.
        service.bogus_dates.append(dt.datetime.now(UTC) + dt.timedelta(hours=1))
        result = await client.describe_tags(resource_id="ws-1")
        assert result.response_metadata.retry_attempts == 2
        offsets = [s - dt.datetime.now(UTC) for s in service.signed_at]
        assert near(offsets[1], dt.timedelta(hours=1))
        assert near(offsets[2], dt.timedelta(minutes=10))
        await client.describe_tags(resource_id="ws-1")  # the correction holds
        assert near(service.last_offset(), dt.timedelta(minutes=10))


async def test_a_correction_is_undone_when_the_server_agrees_again(
    fault_server: FaultServer, service: SkewCheckingService
) -> None:
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        service.ahead = dt.timedelta(hours=2)
        await client.describe_tags(resource_id="ws-1")
        assert near(service.last_offset(), dt.timedelta(hours=2))
        # The server's clock is fixed: the next request, still corrected, is refused
        # with the honest Date, and the correction is undone.
        service.ahead = dt.timedelta(0)
        await client.describe_tags(resource_id="ws-1")
        assert near(service.last_offset(), dt.timedelta(0))
        await client.describe_tags(resource_id="ws-1")
        assert near(service.last_offset(), dt.timedelta(0))


async def test_a_success_from_an_agreeing_server_undoes_a_small_correction(
    fault_server: FaultServer, service: SkewCheckingService
) -> None:
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        service.ahead = dt.timedelta(minutes=7)
        await client.describe_tags(resource_id="ws-1")
        assert near(service.last_offset(), dt.timedelta(minutes=7))
        # Within the server's 5 minutes of tolerance either way: accepted, and the
        # Date of that answer says the clocks agree.
        service.ahead = dt.timedelta(minutes=3)
        await client.describe_tags(resource_id="ws-1")
        service.ahead = dt.timedelta(0)
        await client.describe_tags(resource_id="ws-1")
        assert near(service.last_offset(), dt.timedelta(0))


async def test_concurrent_calls_refused_for_skew_all_retry_with_the_correction(
    fault_server: FaultServer, service: SkewCheckingService
) -> None:
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=fault_server.url
    ) as client:
        service.ahead = dt.timedelta(minutes=30)
        results = await asyncio.gather(
            *(client.describe_tags(resource_id=f"ws-{i}") for i in range(10))
        )
        assert [r.response_metadata.retry_attempts for r in results] == [1] * 10
