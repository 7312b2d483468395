"""Pacing: a rate budget per operation, learned from the service's throttling answers.

AWS does not publish the WorkSpaces rate limits, and it limits each operation on its
own (a token bucket per operation and account: a rate and a burst). So each operation
of a client gets a `Budget`, shared by every call of that operation (plain calls,
pagers, waiters, bulk helpers), and the budgets are independent: DescribeTags running
at its limit does not hold up DescribeWorkspacesConnectionStatus.

A budget starts unpaced: calls go out at once, at most as many at a time as the
connection pool holds (the rest wait here, not in the pool, so that they can still be
held back). The first wave, what goes out before the first answer, is a probe: the rest
wait until all of it has answered, so that a throttle in it is heard before a second
wave meets the same empty bucket. The first throttling answer starts pacing: one
request every 1/rate seconds, the waiting requests in order, a re-sent throttled
request first.

The rate is learned from when the service throttles. A throttling answer means the
service's bucket was empty; between two such moments, while requests kept coming (no
pause in which the bucket could refill to the brim unseen), the service accepted
exactly what its bucket refilled: the successes sent in between, divided by the time
between, is the service's rate, to a request either side. The budget then paces a
little below that estimate (`MARGIN`) and creeps up slowly (`PROBE`) while requests
wait on it, so the next throttle, which refines the estimate, comes rarely: some 40
requests apart whatever the rate. After the first throttle, before any estimate, it
starts from a quarter of what the service accepted in the last second and grows
(`SLOW_START`) until the second one. Growth only happens while the rate holds
requests back: an operation called now and then does not creep up unseen. An optional
ceiling (`ClientConfig.rate_limits`) caps the rate, learned or not.
"""

from __future__ import annotations

import asyncio
import bisect
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping

__all__ = ["MAX_FREE_RESENDS", "Budget", "Pacer"]

#: Throttled re-sends of one call that spend neither an attempt nor the retry quota.
MAX_FREE_RESENDS = 10

#: Requests a second the budget never goes below (one every 5 s).
MIN_RATE = 0.2
#: Requests a second to start pacing at, at least, after the first throttle.
START_RATE = 0.5
#: Before the first estimate: the rate grows this much with each request it holds back.
SLOW_START = 1.1
#: After a throttle with no estimate, the rate is cut to this share.
DECREASE = 0.7
#: The budget paces at this share of the estimated rate after each throttle ...
MARGIN = 0.95
#: ... then creeps up by this share of it with each request it holds back (some 40
#: requests from one throttle to the next, whatever the rate: 2.5% throttled).
PROBE = 0.0025
#: Sends within this many seconds of the newest throttle count for the estimate.
WINDOW = 60.0
#: The estimate needs throttles at least this many seconds apart ...
MIN_SPAN = 2.0
#: ... and this many requests accepted in between (it is right to a request either side).
MIN_ACCEPTED = 8
#: A pause longer than this many request intervals lets the service's bucket refill
#: unseen: the estimate only uses the time after the last such pause.
SLACK = 3.0
#: Successes remembered while unpaced, to pick the starting rate.
_RECENT = 64


class Budget:
    """The rate budget of one operation: `acquire` before sending, `done` after the answer."""

    def __init__(
        self,
        *,
        concurrency: int,
        ceiling: float | None = None,
        learn: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.concurrency = concurrency
        self.ceiling = ceiling
        self.learn = learn
        self._clock = clock
        self._sleep = sleep
        # Pacing state: None while unpaced; the next free slot (GCRA: one request per slot).
        self._base: float | None = None
        self._next_slot = 0.0
        self._grown = 0  # requests the rate held back since it was last cut
        self._cut_at = float("-inf")
        self._bounded = False  # a throttle has measured the rate (roughly at least)
        self.estimate: float | None = None
        """The service's rate for this operation as last measured (requests a second)."""
        # Sends kept for the estimate while throttles come, in order: (send time,
        # accepted, idle before); the sends in flight that came after a pause.
        self._last_throttle = float("-inf")
        self._sends: list[tuple[float, bool, bool]] = []
        self._after_pause: set[float] = set()
        self._recent_ok: deque[float] = deque(maxlen=_RECENT)
        # Who may send: at most `concurrency` in flight, the rest queued in order.
        self._in_flight = 0
        self._queue: deque[asyncio.Future[None]] = deque()
        self._busy = False  # a queued request is taking its turn
        self._freed: asyncio.Future[None] | None = None
        # The first wave (what goes out before the first answer) is a probe: nothing
        # more goes until all of it has answered, so that a throttle in it is heard
        # before a second wave meets the same empty bucket.
        self._probing = learn
        self._wave_closed = False
        self.throttled = 0
        """Throttling answers seen for this operation."""

    # --- the rate ---------------------------------------------------------------------

    @property
    def rate(self) -> float | None:
        """Requests a second the budget allows now, or None while unpaced."""
        if self._base is None:
            return self.ceiling
        if not self._bounded:
            rate = self._base * float(SLOW_START ** min(self._grown, 100))
        else:
            rate = self._base * (1.0 + PROBE * self._grown)
        return rate if self.ceiling is None else min(rate, self.ceiling)

    # --- sending ----------------------------------------------------------------------

    def try_acquire(self, *, resend: bool = False) -> float | None:
        """The send time if this request may go at once (nobody waiting, a slot free)."""
        if not self._busy and not self._queue and self._may_send():
            now = self._clock()
            rate = self.rate
            if rate is None or self._next_slot <= now:
                return self._grant(now, now, rate)
        return None

    async def acquire(self, *, resend: bool = False) -> float:
        """Wait for this request's slot; returns the send time to hand to `done`.

        `resend`: a request the service throttled goes ahead of those not sent yet.
        """
        sent = self.try_acquire(resend=resend)
        if sent is not None:
            return sent
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if resend:
            self._queue.appendleft(future)
        else:
            self._queue.append(future)
        self._wake()
        try:
            await future
        except BaseException:
            if not future.cancelled() and future.done():
                self._busy = False  # our turn had come: hand it on
                self._wake()
            elif future in self._queue:
                self._queue.remove(future)
            raise
        try:
            while not self._may_send():
                self._freed = asyncio.get_running_loop().create_future()
                await self._freed
            now = self._clock()
            rate = self.rate
            slot = now if rate is None else max(now, self._next_slot)
            if slot > now:
                await self._sleep(slot - now)
                if self._cut_at > now:  # throttled meanwhile: the slot is later now
                    rate = self.rate
                    later = max(slot, self._next_slot)
                    if later > slot:
                        await self._sleep(later - slot)
                        slot = later
            return self._grant(slot, now, rate)
        finally:
            self._busy = False
            self._wake()

    def _may_send(self) -> bool:
        """Whether a connection's worth of room is left (and the probe wave is not out)."""
        return self._in_flight < self.concurrency and not (self._probing and self._wave_closed)

    def _wake(self) -> None:
        """Give the turn to the first queued request, if nobody has it."""
        while not self._busy and self._queue:
            future = self._queue.popleft()
            if not future.done():
                self._busy = True
                future.set_result(None)

    def _grant(self, slot: float, arrived: float, rate: float | None) -> float:
        self._in_flight += 1
        if rate is not None:
            if slot > arrived:
                self._grown += 1  # the rate held this request back: there is demand for more
            elif arrived - self._next_slot > (SLACK - 1.0) / rate:
                self._after_pause.add(slot)  # nothing to send for a while
            self._next_slot = slot + 1.0 / rate
        return slot

    def done(self, sent: float, *, accepted: bool, throttled: bool = False) -> None:
        """The answer to a request sent at `sent`.

        `accepted`: the service took it (whatever its answer was, other than a throttle);
        `throttled`: the service refused it for the rate. Neither: no answer (a
        connection error), which says nothing about the rate.
        """
        self._in_flight -= 1
        if self._probing:
            self._wave_closed = True
            self._probing = self._in_flight > 0
        if self._freed is not None and not self._freed.done():
            self._freed.set_result(None)
        paused = False
        if self._after_pause:
            paused = sent in self._after_pause
            self._after_pause.discard(sent)
        if not self.learn:
            return
        now = self._clock()
        if throttled:
            self.throttled += 1
            self._throttle(sent, paused, now)
        elif accepted:
            if now - self._last_throttle <= WINDOW:
                self._record((sent, True, paused), now)
            elif self._sends:
                self._sends.clear()
            if self._base is None:
                self._recent_ok.append(now)

    def _record(self, send: tuple[float, bool, bool], now: float) -> None:
        """Remember a send (sends older than the window are forgotten)."""
        bisect.insort(self._sends, send)
        if self._sends[0][0] < now - WINDOW:
            del self._sends[: bisect.bisect_left(self._sends, (now - WINDOW,))]

    def _throttle(self, sent: float, paused: bool, now: float) -> None:
        self._record((sent, False, paused), now)
        self._last_throttle = now
        if sent <= self._cut_at:
            return  # sent before the last cut: the same burst, already answered
        measured = self._measure(sent)
        if measured is not None:
            accepted, span = measured
            if accepted >= MIN_ACCEPTED:
                self.estimate = accepted / span
                base = MARGIN * self.estimate
            else:  # too few to tell the rate: at most one more than it accepted
                base = min(self.rate or START_RATE, (accepted + 1) / span)
            self._bounded = True
        elif self._base is None:
            recent = sum(1 for t in self._recent_ok if t > now - 1.0)
            base = max(START_RATE, 0.25 * recent)
        else:
            base = DECREASE * (self.rate or START_RATE)
        self._base = max(MIN_RATE, base)
        self._grown = 0
        self._cut_at = now
        # The service's bucket is empty: the next request waits a whole interval.
        self._next_slot = max(self._next_slot, now + 1.0 / (self.rate or self._base))

    def _measure(self, until: float) -> tuple[int, float] | None:
        """Requests accepted, and seconds, between a throttled request sent at `until`
        and the latest earlier throttled one that leaves enough of both in between.

        The service's bucket was empty when each throttled request arrived, so what
        it accepted in between is what it refilled: its rate times the span, to a
        request either side. Counting stops at a pause, in which the bucket may have
        refilled to the brim unseen. None when no earlier throttle is far enough back.
        """
        accepted = 0
        best: tuple[int, float] | None = None
        for index in range(bisect.bisect_left(self._sends, (until,)) - 1, -1, -1):
            sent, ok, paused = self._sends[index]
            if ok:
                accepted += 1
            elif until - sent >= MIN_SPAN:
                best = accepted, until - sent
                if accepted >= MIN_ACCEPTED:
                    break
            if paused:
                break
        return best


class Pacer:
    """The budgets of one client, one per operation, made on first use."""

    def __init__(
        self,
        *,
        learn: bool,
        ceilings: Mapping[str, float] | None,
        concurrency: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.learn = learn
        # Keyed by operation name (`describe_tags` -> `DescribeTags`).
        self._ceilings: dict[str, float] = {}
        if ceilings:
            from .. import _tables  # the operation tables: only for configured ceilings

            self._ceilings = {_tables.METHODS.get(k, k): v for k, v in ceilings.items()}
        self._concurrency = concurrency
        self._clock = clock
        self._sleep = sleep
        self.budgets: dict[str, Budget] = {}

    def budget(self, operation: str) -> Budget | None:
        """The budget of `operation`, or None when it is neither learned nor capped."""
        budget = self.budgets.get(operation)
        if budget is None:
            ceiling = self._ceilings.get(operation, self._ceilings.get("*"))
            if not self.learn and ceiling is None:
                return None
            budget = self.budgets[operation] = Budget(
                concurrency=self._concurrency,
                ceiling=ceiling,
                learn=self.learn,
                clock=self._clock,
                sleep=self._sleep,
            )
        return budget
