"""Resources of the local service and the clock that moves them through their states."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

#: In a timeline or script: the resource no longer exists from this step on.
GONE = "__gone__"

#: How long each passing state lasts on the service, in seconds at speed 1, by
#: "<kind>:<state>". Assumptions from AWS's documentation and users' reports, not promises.
DEFAULT_TIMINGS: Mapping[str, float] = {
    "workspace:visible": 1,  # a created WorkSpace is not listed for about a second
    "workspace:PENDING": 1200,
    "workspace:STARTING": 90,
    "workspace:STOPPING": 60,
    "workspace:REBOOTING": 90,
    "workspace:REBUILDING": 900,
    "workspace:RESTORING": 900,
    "workspace:UPDATING": 300,
    "workspace:TERMINATING": 300,
    "workspace:TERMINATED": 3600,  # then it disappears from DescribeWorkspaces
    "directory:REGISTERING": 120,
    "directory:DEREGISTERING": 60,
    "directory:DEREGISTERED": 60,
    "image:PENDING": 2700,
    "bundle:PENDING": 60,
    "alias:CREATING": 30,
    "alias:DELETING": 30,
    "pool:CREATING": 300,
    "pool:STARTING": 300,
    "pool:STOPPING": 300,
    "pool:UPDATING": 120,
    "pool:DELETING": 300,
    "association:PENDING_INSTALL_DEPLOYMENT": 300,
    "association:PENDING_UNINSTALL_DEPLOYMENT": 300,
    "modification:PENDING": 60,
}


class Clock:
    """Service time in seconds: wall time multiplied by `speed`, plus any jumps."""

    def __init__(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._speed = speed
        self._wall = time.monotonic()
        self._service = 0.0

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        if value <= 0:
            raise ValueError("speed must be positive")
        self._service = self.now()
        self._wall = time.monotonic()
        self._speed = value

    def now(self) -> float:
        return self._service + (time.monotonic() - self._wall) * self._speed

    def advance(self, seconds: float) -> None:
        self._service += seconds


class Resource:
    """One resource: its wire document, tags and timeline of (state, hold) steps.

    The first step is the current state. With a clock, a step lasts `hold` service
    seconds; stepping per describe (the lifecycle simulator), it lasts `hold` describes.
    A state of None is "not visible yet"; GONE removes the resource.
    """

    def __init__(self, kind: str, resource_id: str, document: dict[str, Any], now: float) -> None:
        self.kind = kind
        self.id = resource_id
        self.document = document
        self.tags: list[dict[str, str]] = []
        self.steps: deque[tuple[str | None, float]] = deque()
        self.entered = now
        self.seen = 0

    @property
    def state(self) -> str | None:
        return self.steps[0][0] if self.steps else self.document.get("State")

    @property
    def visible(self) -> bool:
        return self.state not in (None, GONE)

    def go(self, steps: Iterable[tuple[str | None, float]], now: float) -> None:
        self.steps = deque(steps)
        self.entered = now
        self.seen = 0
        self._sync()

    def advance(self, now: float) -> None:
        """Move on by the clock."""
        while len(self.steps) > 1 and now - self.entered >= self.steps[0][1]:
            self.entered += self.steps[0][1]
            self.steps.popleft()
        self._sync()

    def observed(self) -> None:
        """Move on by describes: counts this describe against the current step."""
        self.seen += 1
        if len(self.steps) > 1 and self.seen >= self.steps[0][1]:
            self.steps.popleft()
            self.seen = 0
        self._sync()

    def _sync(self) -> None:
        if self.steps and self.steps[0][0] not in (None, GONE):
            self.document["State"] = self.steps[0][0]


def timeline(
    timings: Mapping[str, float], kind: str, states: Iterable[str | None]
) -> list[tuple[str | None, float]]:
    """(state, hold) steps through `states`: each as long as its timing, the last for ever."""
    chosen = list(states)
    steps: list[tuple[str | None, float]] = []
    for index, state in enumerate(chosen):
        last = index == len(chosen) - 1
        key = f"{kind}:{'visible' if state is None else state}"
        steps.append((state, math.inf if last else timings.get(key, 0.0)))
    return steps
