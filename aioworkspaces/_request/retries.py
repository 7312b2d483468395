"""Retry decisions: AWS "standard" mode (the default), "adaptive" and "legacy".

Standard mode as botocore and the other AWS SDKs define it: transient errors
(connection failures, read timeouts, HTTP 500/502/503/504, the transient codes) and
throttling codes are retried, up to `max_attempts` attempts in all (3 by default),
after a full-jitter exponential backoff capped at 20 s, while the client-wide retry
quota lasts. Legacy mode has 5 attempts and no quota. Adaptive mode is standard mode
here: the client-side rate limiting botocore's adds is the per-operation pacing of
`pacing.py`, on in every mode.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .._config import RetryMode
from .._exceptions import (
    ConfigurationError,
    ReadTimeoutError,
    ServiceError,
    TransportError,
    WorkSpacesError,
)

__all__ = ["RetryPolicy", "RetryQuota", "retry_settings"]

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
