"""Retry decisions: AWS "standard" mode (the default), "adaptive" and "legacy".

Standard mode as botocore and the other AWS SDKs define it: transient errors
(connection failures, read timeouts, HTTP 500/502/503/504, the transient codes) and
throttling codes are retried, up to `max_attempts` attempts in all (3 by default),
after a full-jitter exponential backoff capped at 20 s, while the client-wide retry
quota lasts. Adaptive mode adds a client-side rate limiter that slows down when the
service throttles (CUBIC, as botocore's). Legacy mode has 5 attempts and no quota.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable

from .._config import RetryMode
from ..errors import (
    ConfigurationError,
    ReadTimeoutError,
    ServiceError,
    TransportError,
    WorkSpacesError,
)

__all__ = ["RateLimiter", "RetryPolicy", "RetryQuota", "retry_settings"]

TRANSIENT_STATUSES = frozenset({500, 502, 503, 504})
TRANSIENT_CODES = frozenset(
    {"RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"}
)
THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
CLOCK_SKEW_CODES = frozenset(
    {
        "RequestTimeTooSkewed",
        "RequestExpired",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "AuthFailure",
        "RequestInTheFuture",
    }
)
MAX_BACKOFF = 20.0
DEFAULT_MAX_ATTEMPTS = {"standard": 3, "adaptive": 3, "legacy": 5}


def retry_settings(
    mode: RetryMode | str | None, max_attempts: int | str | None
) -> tuple[RetryMode, int]:
    """Validate the mode and attempts read from the config or the environment."""
    mode = mode or "standard"
    if mode not in DEFAULT_MAX_ATTEMPTS:
        raise ConfigurationError(f"retry mode must be standard, adaptive or legacy, not {mode!r}")
    if max_attempts is None or max_attempts == "":
        return mode, DEFAULT_MAX_ATTEMPTS[mode]  # type: ignore[return-value]
    try:
        attempts = int(max_attempts)
    except ValueError:
        raise ConfigurationError(
            f"max attempts must be a whole number, not {max_attempts!r}"
        ) from None
    if attempts < 1:
        raise ConfigurationError(f"max attempts must be >= 1, not {attempts}")
    return mode, attempts  # type: ignore[return-value]


def is_throttle(error: WorkSpacesError) -> bool:
    return isinstance(error, ServiceError) and (
        error.code in THROTTLING_CODES or error.http_status == 429
    )


def is_retryable(error: WorkSpacesError) -> bool:
    """Whether standard mode retries `error`."""
    if isinstance(error, TransportError):
        return True
    if not isinstance(error, ServiceError):
        return False
    return (
        error.code in TRANSIENT_CODES
        or error.http_status in TRANSIENT_STATUSES
        or is_throttle(error)
    )


class RetryQuota:
    """The client-wide retry budget: retries spend it, successes refill it."""

    INITIAL = 500
    RETRY_COST = 5
    TIMEOUT_RETRY_COST = 10
    NO_RETRY_INCREMENT = 1

    def __init__(self) -> None:
        self.available = self.INITIAL

    def acquire(self, error: WorkSpacesError) -> int | None:
        """Spend the cost of retrying after `error`; None when the budget is gone."""
        cost = self.TIMEOUT_RETRY_COST if isinstance(error, ReadTimeoutError) else self.RETRY_COST
        if cost > self.available:
            return None
        self.available -= cost
        return cost

    def release(self, spent: int) -> None:
        """After a success: give back what its retries spent, or a little if none."""
        self.available = min(self.INITIAL, self.available + (spent or self.NO_RETRY_INCREMENT))


class RetryPolicy:
    """Decides whether and when to retry; one per client (the quota is shared)."""

    def __init__(
        self,
        mode: RetryMode,
        max_attempts: int,
        *,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.mode = mode
        self.max_attempts = max_attempts
        self.quota: RetryQuota | None = None if mode == "legacy" else RetryQuota()
        self.rate_limiter: RateLimiter | None = RateLimiter() if mode == "adaptive" else None
        self._rng = rng

    def backoff(self, retries_made: int) -> float:
        """Full-jitter exponential delay before retry number `retries_made + 1`."""
        return min(MAX_BACKOFF, self._rng() * (2.0**retries_made))

    def delay_before_retry(self, error: WorkSpacesError, attempt: int) -> tuple[float, int] | None:
        """(delay, quota spent) to retry after `attempt` failed with `error`, or None."""
        if attempt >= self.max_attempts or not is_retryable(error):
            return None
        spent = 0
        if self.quota is not None:
            cost = self.quota.acquire(error)
            if cost is None:
                return None
            spent = cost
        return self.backoff(attempt - 1), spent

    def succeeded(self, spent: int) -> None:
        if self.quota is not None:
            self.quota.release(spent)


class RateLimiter:
    """Adaptive mode's client-side rate limiter: a token bucket whose rate follows CUBIC.

    Off until the first throttle; then each throttle cuts the rate and each success
    grows it back, as botocore's adaptive mode does.
    """

    _MIN_RATE = 0.5
    _SMOOTH = 0.8
    _BETA = 0.7
    _SCALE = 0.4

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._enabled = False
        self._rate = 0.0
        self._tokens = 0.0
        self._last_refill = clock()
        self._measured_rate = 0.0
        self._measure_start = clock()
        self._measure_count = 0
        self._last_max_rate = 0.0
        self._last_throttle = clock()
        self._lock = asyncio.Lock()

    @property
    def enabled(self) -> bool:
        """Whether the limiter is on (it turns on at the first throttle)."""
        return self._enabled

    @property
    def rate(self) -> float:
        """Requests per second allowed while on."""
        return self._rate

    async def acquire(self) -> None:
        """Wait for a token (at once while the limiter is off)."""
        if not self._enabled:
            return
        async with self._lock:
            self._refill()
            if self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self._rate)
                self._refill()
            self._tokens -= 1

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(
            max(self._rate, 1.0), self._tokens + (now - self._last_refill) * self._rate
        )
        self._last_refill = now

    def _measure(self) -> None:
        now = self._clock()
        self._measure_count += 1
        elapsed = now - self._measure_start
        if elapsed >= 0.5:
            current = self._measure_count / elapsed
            self._measured_rate = current * self._SMOOTH + self._measured_rate * (1 - self._SMOOTH)
            self._measure_count = 0
            self._measure_start = now

    def update(self, throttled: bool) -> None:
        """Record the outcome of an attempt."""
        self._measure()
        now = self._clock()
        if throttled:
            base = (
                self._measured_rate if not self._enabled else min(self._measured_rate, self._rate)
            )
            self._last_max_rate = max(base, self._MIN_RATE)
            self._last_throttle = now
            new_rate = self._last_max_rate * self._BETA
            self._enabled = True
        else:
            if not self._enabled:
                return
            k = (self._last_max_rate * (1 - self._BETA) / self._SCALE) ** (1 / 3)
            new_rate = self._SCALE * (now - self._last_throttle - k) ** 3 + self._last_max_rate
            new_rate = min(new_rate, 2 * self._measured_rate) if self._measured_rate else new_rate
        self._refill()
        self._rate = max(new_rate, self._MIN_RATE)
