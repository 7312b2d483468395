"""The waiters' polling schedule: each id polled when its change could have finished,
in full batches of 25; on substituted sleeps, so no real time passes."""

from __future__ import annotations

import time

import pytest

from aioworkspaces._waiters import WaitOptions, _Poll, _Resource, _Target

TARGET: _Target[str] = _Target("test", frozenset({"AVAILABLE"}), frozenset({"ERROR"}), False)


class Service:
    """WorkSpaces that become AVAILABLE `duration` seconds after their change began."""

    def __init__(self, started: dict[str, float], duration: float) -> None:
        self.started = started
        self.duration = duration
        self.now = time.monotonic()
        self.calls: list[tuple[float, list[str]]] = []

    async def sleep(self, delay: float) -> None:
        self.now += delay

    async def describe(self, batch: list[str]) -> list[tuple[str, str]]:
        self.calls.append((self.now, batch))
        return [
            (i, "AVAILABLE" if self.now >= self.started[i] + self.duration else "STARTING")
            for i in batch
        ]


def poll(
    service: Service, ids: list[str], started: dict[str, float] | None, **options: float
) -> _Poll[tuple[str, str], str]:
    resource: _Resource[tuple[str, str], str] = _Resource(
        service.describe, lambda w: w[0], lambda w: w[1]
    )
    wait_options: WaitOptions[str] = {"timeout": 3600, **options}  # type: ignore[typeddict-item]
    return _Poll(
        resource,
        TARGET,
        ids,
        wait_options,
        rng=lambda low, high: high,
        sleep=service.sleep,
        started=started,
    )


async def test_each_chunk_is_polled_once_its_change_could_have_finished() -> None:
    ids = [f"ws-{n:08d}" for n in range(50)]
    service = Service({}, duration=40.0)
    base = service.now
    # Two bulk chunks, answered 3 s apart.
    service.started.update({i: base + (0 if n < 25 else 3) for n, i in enumerate(ids)})
    waiter = poll(service, ids, dict(service.started), min_delay=5, max_delay=60)
    await waiter.run()
    first, second = service.calls[0], service.calls[1]
    assert first[0] == pytest.approx(base + 5, abs=0.05) and first[1] == ids[:25]
    assert second[0] == pytest.approx(base + 8, abs=0.05) and second[1] == ids[25:]
    # Never more than one call per chunk and poll: 25 ids a call.
    assert all(len(batch) == 25 for _, batch in service.calls)
    # Each chunk is seen AVAILABLE within 15% (and a jitter) of its 40 s.
    done_at: dict[str, float] = {}
    for at, batch in service.calls:
        for i in batch:
            if at >= service.started[i] + 40:
                done_at.setdefault(i, at - service.started[i])
    assert max(done_at.values()) <= 40 * 1.15 + 0.1


async def test_a_plain_waiter_polls_at_once_then_from_its_own_start() -> None:
    service = Service({}, duration=0.0)
    service.started["ws-00000001"] = service.now
    await poll(service, ["ws-00000001"], None, min_delay=5).run()
    assert len(service.calls) == 1
    assert service.calls[0][0] == pytest.approx(service.started["ws-00000001"], abs=0.05)


async def test_batches_are_filled_with_the_ids_due_next() -> None:
    ids = [f"ws-{n:08d}" for n in range(30)]
    service = Service({}, duration=30.0)
    base = service.now
    # 30 WorkSpaces started a second apart: 30 ids due one by one would be 30 calls a round.
    service.started.update({i: base + n for n, i in enumerate(ids)})
    await poll(service, ids, dict(service.started), min_delay=5, max_delay=60).run()
    # Every call carries as many of the ids still pending as it can, up to 25.
    for (_, batch), pending in zip(service.calls, _pending_counts(service, ids), strict=True):
        assert len(batch) == min(25, pending)


def _pending_counts(service: Service, ids: list[str]) -> list[int]:
    """Ids not yet seen AVAILABLE before each call."""
    seen: set[str] = set()
    counts = []
    for at, batch in service.calls:
        counts.append(len(ids) - len(seen))
        seen.update(i for i in batch if at >= service.started[i] + service.duration)
    return counts
