"""The per-operation rate budget, on an injected clock: no real time passes."""

from __future__ import annotations

import asyncio

import pytest

from aioworkspaces import ClientConfig, Credentials, HttpRequest, HttpResponse, WorkSpacesClient
from aioworkspaces._request.pacing import (
    START_RATE,
    Budget,
    Pacer,
)
from aioworkspaces.errors import ConfigurationError, DeadlineExceededError
from aioworkspaces.testing import MockTransport


class FakeTime:
    """A clock that only the budget's sleeps move."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.slept.append(delay)
        self.now += delay


class ServiceBucket:
    """The service's side: `rate` requests a second, `burst` at once, on the same clock."""

    def __init__(self, time: FakeTime, rate: float, burst: float) -> None:
        self.time, self.rate, self.burst = time, rate, burst
        self.tokens, self.at = burst, time.now

    def take(self) -> bool:
        self.tokens = min(self.burst, self.tokens + (self.time.now - self.at) * self.rate)
        self.at = self.time.now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


def budget(time: FakeTime, **options: object) -> Budget:
    return Budget(concurrency=10, clock=time.clock, sleep=time.sleep, **options)  # type: ignore[arg-type]


async def run_sequentially(
    budget: Budget, service: ServiceBucket, calls: int, *, gap: float = 0.0
) -> int:
    """`calls` requests one after the other, each re-sent until accepted; throttles seen."""
    throttled = 0
    for _ in range(calls):
        resend = False
        while True:
            sent = await budget.acquire(resend=resend)
            accepted = service.take()
            budget.done(sent, accepted=accepted, throttled=not accepted)
            if accepted:
                break
            throttled += 1
            resend = True
        if gap:
            await service.time.sleep(gap)
    return throttled


async def test_unpaced_until_the_first_throttle_then_one_request_per_slot() -> None:
    time = FakeTime()
    b = budget(time)
    for _ in range(5):
        sent = await b.acquire()
        b.done(sent, accepted=True)
    assert b.rate is None and time.slept == []
    sent = await b.acquire()
    b.done(sent, accepted=False, throttled=True)
    rate = b.rate
    assert rate is not None and rate >= START_RATE
    # The service's bucket is empty: the next request waits a whole interval.
    await b.acquire()
    assert time.slept == [pytest.approx(1 / rate)]


async def test_throttles_of_one_burst_cut_the_rate_once() -> None:
    time = FakeTime()
    b = budget(time)
    sent = [await b.acquire() for _ in range(8)]
    for at in sent[:3]:
        b.done(at, accepted=True)
    b.done(sent[3], accepted=False, throttled=True)
    rate = b.rate
    for at in sent[4:]:
        b.done(at, accepted=False, throttled=True)
    assert b.rate == rate
    assert b.throttled == 5


async def test_the_rate_is_learned_from_a_service_bucket() -> None:
    time = FakeTime()
    b = budget(time)
    service = ServiceBucket(time, rate=2.0, burst=5)
    throttled = await run_sequentially(b, service, 200)
    optimum = (200 - 5) / 2.0
    assert b.estimate == pytest.approx(2.0, rel=0.1)
    assert time.now <= 1.1 * optimum  # paced at the limit, not below it ...
    assert throttled <= 10  # ... and rarely above it


@pytest.mark.parametrize(("rate", "burst"), [(0.5, 3), (1.0, 3), (5.0, 10), (20.0, 40)])
async def test_other_limits_are_learned_too(rate: float, burst: float) -> None:
    time = FakeTime()
    b = budget(time)
    calls = int(rate * 60 + burst)
    throttled = await run_sequentially(b, ServiceBucket(time, rate, burst), calls)
    assert time.now <= 1.25 * (calls - burst) / rate
    assert throttled <= 0.1 * calls + 3


async def test_a_pause_does_not_lower_the_estimate() -> None:
    time = FakeTime()
    b = budget(time)
    service = ServiceBucket(time, rate=2.0, burst=5)
    await run_sequentially(b, service, 100)
    learned = b.estimate
    assert learned is not None
    time.now += 30  # idle: the service's bucket refills to the brim, unseen
    await run_sequentially(b, service, 100)
    assert b.estimate == pytest.approx(learned, rel=0.1)


async def test_a_ceiling_paces_from_the_start_and_without_learning() -> None:
    time = FakeTime()
    b = budget(time, ceiling=4.0, learn=False)
    for _ in range(5):
        sent = await b.acquire()
        b.done(sent, accepted=False, throttled=True)
    assert b.rate == 4.0 and b.estimate is None
    assert time.slept == [pytest.approx(0.25)] * 4


async def test_a_ceiling_caps_the_learned_rate() -> None:
    time = FakeTime()
    b = budget(time, ceiling=1.0)
    service = ServiceBucket(time, rate=5.0, burst=5)
    throttled = await run_sequentially(b, service, 50)
    assert throttled == 0 and b.rate == 1.0
    assert time.now == pytest.approx(49.0)


async def test_at_most_concurrency_requests_in_flight() -> None:
    time = FakeTime()
    b = Budget(concurrency=2, learn=False, clock=time.clock, sleep=time.sleep)
    first, second = await b.acquire(), await b.acquire()
    third = asyncio.ensure_future(b.acquire())
    await asyncio.sleep(0)
    assert not third.done()
    b.done(first, accepted=True)
    assert await third == 0.0
    b.done(second, accepted=True)


async def test_the_first_wave_answers_in_full_before_a_second_goes() -> None:
    """A throttle in the first wave is heard before more requests meet the empty bucket."""
    time = FakeTime()
    b = budget(time)
    wave = [await b.acquire() for _ in range(4)]
    later = asyncio.ensure_future(b.acquire())
    b.done(wave[0], accepted=True)  # a slot is free, but the wave has not all answered
    await asyncio.sleep(0)
    assert not later.done()
    for sent in wave[1:3]:
        b.done(sent, accepted=True)
    b.done(wave[3], accepted=False, throttled=True)
    await later  # sent at the pace the throttle set, not at once
    assert b.rate is not None and time.slept == [pytest.approx(1 / b.rate, rel=0.2)]
    # After the first wave, an operation never throttled sends as freely as the pool lets it.
    free = budget(FakeTime())
    first = await free.acquire()
    free.done(first, accepted=True)
    tickets = [await free.acquire() for _ in range(10)]
    free.done(tickets[0], accepted=True)
    assert free.try_acquire() is not None


async def test_a_re_sent_request_goes_ahead_and_a_cancelled_one_leaves_the_queue() -> None:
    time = FakeTime()
    b = Budget(concurrency=1, clock=time.clock, sleep=time.sleep)
    holder = await b.acquire()
    order: list[str] = []

    async def request(name: str, resend: bool = False) -> None:
        sent = await b.acquire(resend=resend)
        order.append(name)
        b.done(sent, accepted=True)

    waiting = [asyncio.ensure_future(request(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    again = asyncio.ensure_future(request("resent", resend=True))
    await asyncio.sleep(0)
    waiting[1].cancel()
    b.done(holder, accepted=True)
    await asyncio.gather(again, waiting[0], waiting[2])
    assert order == ["a", "resent", "c"] or order == ["resent", "a", "c"]
    assert order.index("resent") < order.index("c")


async def test_a_turn_taker_cancelled_while_waiting_hands_the_turn_on() -> None:
    time = FakeTime()
    blocked = asyncio.Event()

    async def never(delay: float) -> None:
        blocked.set()
        await asyncio.Event().wait()

    sleeps = [never]  # the turn-taker hangs in its sleep until the fake clock's is back

    async def sleep(delay: float) -> None:
        await sleeps[-1](delay)

    b = Budget(concurrency=10, clock=time.clock, sleep=sleep)
    sent = await b.acquire()
    b.done(sent, accepted=False, throttled=True)
    first = asyncio.ensure_future(b.acquire())
    await blocked.wait()
    second = asyncio.ensure_future(b.acquire())
    await asyncio.sleep(0)
    first.cancel()
    sleeps.append(time.sleep)
    assert await second >= 0
    assert first.cancelled()


def test_pacer_budgets_are_per_operation() -> None:
    pacer = Pacer(learn=True, ceilings={"describe_tags": 1.0, "*": 9.0}, concurrency=10)
    tags, status = pacer.budget("DescribeTags"), pacer.budget("DescribeWorkspacesConnectionStatus")
    assert tags is not None and status is not None and tags is not status
    assert (tags.rate, status.rate) == (1.0, 9.0)
    assert pacer.budget("DescribeTags") is tags
    unpaced = Pacer(learn=False, ceilings={"DescribeTags": 2}, concurrency=10)
    assert unpaced.budget("DescribeWorkspaces") is None
    assert unpaced.budget("DescribeTags") is not None


async def test_one_operation_throttled_leaves_the_others_unpaced() -> None:
    time = FakeTime()
    pacer = Pacer(learn=True, ceilings=None, concurrency=10, clock=time.clock, sleep=time.sleep)
    tags = pacer.budget("DescribeTags")
    assert tags is not None
    await run_sequentially(tags, ServiceBucket(time, rate=2.0, burst=5), 20)
    status = pacer.budget("DescribeWorkspacesConnectionStatus")
    assert status is not None
    slept = len(time.slept)
    for _ in range(4):
        status.done(await status.acquire(), accepted=True)
    assert len(time.slept) == slept and status.rate is None


def test_rate_limits_are_checked() -> None:
    config = ClientConfig(rate_limits={"describe_tags": 1.5, "DescribeWorkspaces": 2, "*": 5})
    assert config.rate_limits == {"describe_tags": 1.5, "DescribeWorkspaces": 2, "*": 5}
    with pytest.raises(ConfigurationError, match="'DescribeNothing' is not an operation"):
        ClientConfig(rate_limits={"DescribeNothing": 1})
    with pytest.raises(ConfigurationError, match="DescribeTags: requests per second"):
        ClientConfig(rate_limits={"DescribeTags": 0})
    with pytest.raises(ConfigurationError, match="requests per second"):
        ClientConfig(rate_limits={"DescribeTags": True})
    with pytest.raises(ConfigurationError, match="rate_limits must map"):
        ClientConfig(rate_limits=[("DescribeTags", 1)])  # type: ignore[arg-type]


async def test_the_wait_for_the_budget_counts_against_the_call_deadline() -> None:
    async def answer(request: HttpRequest) -> HttpResponse:
        return HttpResponse(200, json={"TagList": []})

    config = ClientConfig(rate_limits={"DescribeTags": 0.5}, call_timeout=0.3)
    async with WorkSpacesClient(
        "us-east-1",
        credentials=Credentials("AKID", "secret"),
        transport=MockTransport(answer),
        config=config,
    ) as client:
        first, second = await asyncio.gather(
            client.describe_tags(resource_id="ws-1"),
            client.describe_tags(resource_id="ws-2"),
            return_exceptions=True,
        )
    assert not isinstance(first, BaseException)
    assert isinstance(second, DeadlineExceededError)  # its slot is 2 s away
