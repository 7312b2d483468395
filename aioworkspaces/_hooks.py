"""Observing every request and response: for metrics, tracing and debugging.

```python
def record(event: ResponseEvent) -> None:
    metrics.observe(event.operation, event.elapsed)

client.hooks.on_response(record)
```
Hooks are plain callables, run in the calling task after each attempt; they see the
request's headers with credentials redacted. An exception in a hook is logged and
ignored: observing must never break a call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

import attrs

if TYPE_CHECKING:
    from ._request.transport import HttpResponse
    from .errors import WorkSpacesError

__all__ = ["Hooks", "RequestEvent", "ResponseEvent", "redact"]

logger = logging.getLogger("aioworkspaces._hooks")

_SECRET_HEADERS = frozenset({"authorization", "x-amz-security-token"})
REDACTED = "<redacted>"
_E = TypeVar("_E")


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """`headers` with `Authorization` and `X-Amz-Security-Token` replaced."""
    return {k: (REDACTED if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


@attrs.define(frozen=True, slots=True)
class RequestEvent:
    """One attempt about to be sent."""

    operation: str
    """The operation's name in the model (`DescribeWorkspaces`)."""
    attempt: int
    """1 for the first try, 2 for the first retry, ..."""
    url: str
    """The endpoint the request goes to."""
    headers: Mapping[str, str]
    """The headers sent, with `Authorization` and `X-Amz-Security-Token` redacted."""
    body: bytes
    """The JSON body sent."""


@attrs.define(frozen=True, slots=True)
class ResponseEvent:
    """One attempt finished: with an HTTP answer (`status`), an error, or both."""

    operation: str
    """The operation's name in the model (`DescribeWorkspaces`)."""
    attempt: int
    """1 for the first try, 2 for the first retry, ..."""
    status: int | None
    """The HTTP status, or `None` when no answer came (a connection error, a timeout)."""
    request_id: str | None
    """The `x-amzn-RequestId` the service sent, if any."""
    error: WorkSpacesError | None
    """What this attempt failed with, if it failed (it may be retried)."""
    elapsed: float
    """Seconds from sending the request to having the whole answer."""


class Hooks:
    """The hooks of one client: `on_request` and `on_response` register callables."""

    def __init__(self) -> None:
        self._on_request: list[Callable[[RequestEvent], object]] = []
        self._on_response: list[Callable[[ResponseEvent], object]] = []

    @property
    def active(self) -> bool:
        return bool(self._on_request or self._on_response)

    def on_request(
        self, hook: Callable[[RequestEvent], object]
    ) -> Callable[[RequestEvent], object]:
        """Call `hook` before every attempt is sent (usable as a decorator)."""
        self._on_request.append(hook)
        return hook

    def on_response(
        self, hook: Callable[[ResponseEvent], object]
    ) -> Callable[[ResponseEvent], object]:
        """Call `hook` after every attempt (usable as a decorator)."""
        self._on_response.append(hook)
        return hook

    def remove(self, hook: Callable[..., object]) -> None:
        """Stop calling `hook`."""
        for hooks in (self._on_request, self._on_response):
            while hook in hooks:
                hooks.remove(hook)

    def request(
        self, operation: str, attempt: int, url: str, headers: Mapping[str, str], body: bytes
    ) -> None:
        event = RequestEvent(operation, attempt, url, redact(headers), body)
        for hook in self._on_request:
            _run(hook, event)

    def response(
        self,
        operation: str,
        attempt: int,
        response: HttpResponse | None,
        error: WorkSpacesError | None,
        elapsed: float,
    ) -> None:
        status = response.status if response is not None else None
        request_id = response.headers.get("x-amzn-RequestId") if response is not None else None
        event = ResponseEvent(operation, attempt, status, request_id, error, elapsed)
        for hook in self._on_response:
            _run(hook, event)


def _run(hook: Callable[[_E], object], event: _E) -> None:
    try:
        hook(event)
    except Exception:
        logger.exception("hook %r failed; ignored", hook)
