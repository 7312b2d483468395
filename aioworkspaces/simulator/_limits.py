"""Rate limits (per-operation token buckets) and fault injection of the local service."""

from __future__ import annotations

import fnmatch
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["DEFAULT_RATE_LIMITS", "STATE_CHANGES", "Faults", "RateLimit"]


@dataclass(frozen=True)
class RateLimit:
    """`rate` requests a second on average, up to `burst` at once after a pause."""

    rate: float
    burst: float

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.burst < 1:
            raise ValueError(f"a rate limit needs rate > 0 and burst >= 1, got {self}")

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """`"2"` (burst = max(1, rate)) or `"2:5"` (rate 2 a second, burst 5)."""
        rate, _, burst = text.partition(":")
        return cls(float(rate), float(burst) if burst else max(1.0, float(rate)))


#: Operations that change a WorkSpace's or a pool's state: the stricter default limit.
STATE_CHANGES = frozenset(
    {
        "CreateWorkspaces",
        "CreateStandbyWorkspaces",
        "StartWorkspaces",
        "StopWorkspaces",
        "RebootWorkspaces",
        "RebuildWorkspaces",
        "RestoreWorkspace",
        "TerminateWorkspaces",
        "MigrateWorkspace",
        "ModifyWorkspaceState",
        "ModifyWorkspaceProperties",
        "StartWorkspacesPool",
        "StopWorkspacesPool",
        "TerminateWorkspacesPool",
        "TerminateWorkspacesPoolSession",
    }
)

#: The assumed limits (AWS does not publish them), per operation, most specific first:
#: an exact operation name, then shell patterns. Every operation has a bucket of its own.
DEFAULT_RATE_LIMITS: Mapping[str, RateLimit] = {
    **dict.fromkeys(sorted(STATE_CHANGES), RateLimit(1, 3)),
    "Describe*": RateLimit(2, 5),
    "List*": RateLimit(2, 5),
    "*": RateLimit(2, 5),
}


def resolve(operation: str, *tables: Mapping[str, RateLimit | None]) -> RateLimit | None:
    """The limit of `operation`: the first table naming it exactly, else by pattern."""
    for table in tables:
        if operation in table:
            return table[operation]
    for table in tables:
        for pattern, limit in table.items():
            if fnmatch.fnmatchcase(operation, pattern):
                return limit
    return None


class TokenBucket:
    """Holds up to `burst` tokens, refilled at `rate` a second; a request takes one."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._tokens = limit.burst
        self._at = clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self.limit.burst, self._tokens + (now - self._at) * self.limit.rate)
        self._at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False


@dataclass
class Faults:
    """Failures the service injects into answers, for testing a client's resilience.

    Each request, independently: with probability `error_rate` an HTTP 500
    (`InternalFailure`) or 503 (`ServiceUnavailable`) answer; with probability
    `reset_rate` the connection is reset instead of answered; every answer waits
    `latency` seconds plus up to `jitter` more. `operations` (shell patterns) limits
    the faults to those operations; `seed` makes the draws repeatable.
    """

    error_rate: float = 0.0
    reset_rate: float = 0.0
    latency: float = 0.0
    jitter: float = 0.0
    operations: tuple[str, ...] = ("*",)
    seed: int | None = None
    _rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("error_rate", "reset_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.latency < 0 or self.jitter < 0:
            raise ValueError("latency and jitter must not be negative")
        self._rng = random.Random(self.seed)

    def applies_to(self, operation: str) -> bool:
        return any(fnmatch.fnmatchcase(operation, p) for p in self.operations)

    def delay(self) -> float:
        return self.latency + (self._rng.uniform(0, self.jitter) if self.jitter else 0.0)

    def draw(self) -> str | None:
        """What happens to this request: "reset", "500", "503" or None (answered)."""
        roll = self._rng.random()
        if roll < self.reset_rate:
            return "reset"
        if roll < self.reset_rate + self.error_rate:
            return self._rng.choice(("500", "503"))
        return None
