"""Observing every call, request and response: for metrics, tracing and debugging.

```python
def record(event: ResponseEvent) -> None:
    metrics.observe(event.operation, event.elapsed)

client.hooks.on_response(record)
```
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._events import BeforeSignEvent, CallEvent, CallHook, RequestEvent, ResponseEvent
    from ._exceptions import WorkSpacesError
    from ._request.transport import HttpResponse

__all__ = ["Hooks", "redact", "scrub"]

logger = logging.getLogger("aioworkspaces._hooks")

_SECRET_HEADERS = frozenset({"authorization", "x-amz-security-token"})
REDACTED = "<redacted>"
_E = TypeVar("_E")
_R = TypeVar("_R")


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """`headers` with `Authorization` and `X-Amz-Security-Token` replaced."""
    return {k: (REDACTED if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


def scrub(error: BaseException) -> None:
    """Redact the request headers that `error` and its causes carry (in place).

    aiohttp's errors keep the request's `request_info` (in an attribute and in
    `args`), whose headers hold the Authorization header and the session token: the
    copies left on `error.__cause__` / `__context__` get redacted headers instead.
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        info = getattr(current, "request_info", None)
        if _holds_headers(info):
            try:
                current.request_info = _redacted_info(info)  # type: ignore[attr-defined]
            except AttributeError:  # a read-only property: nothing stored to redact
                pass
        if any(_holds_headers(a) for a in current.args):
            current.args = tuple(
                _redacted_info(a) if _holds_headers(a) else a for a in current.args
            )
        pending += (current.__cause__, current.__context__)


def _holds_headers(value: object) -> bool:
    """Whether `value` is a request-info tuple (aiohttp's `RequestInfo`) with headers."""
    return callable(getattr(value, "_replace", None)) and isinstance(
        getattr(value, "headers", None), Mapping
    )


def _redacted_info(info: Any) -> Any:
    from multidict import CIMultiDict, CIMultiDictProxy

    return info._replace(headers=CIMultiDictProxy(CIMultiDict(redact(info.headers))))


class Hooks:
    """The hooks of one client (`client.hooks`): four kinds, all run in the calling task.

    - `around_call(hook)`: an `async def hook(call, proceed)` wrapped around each
      operation call, all its attempts included (`await proceed()` runs the call and
      gives its result): a span or a timer per operation.
    - `before_sign(hook)`: before each attempt is signed; `event.add_header(name, value)`
      adds a header to the request (a trace context, a correlation id).
    - `on_request(hook)`: each attempt, signed, about to be sent (credentials redacted).
    - `on_response(hook)`: each attempt finished, with its status or error.

    The last three take a plain function or an `async def` one (awaited). Hooks
    observe: an exception in a hook is logged and ignored, and nothing a hook does
    changes the result or the error of the call.
    """

    def __init__(self) -> None:
        self._around_call: list[CallHook] = []
        self._before_sign: list[Callable[[BeforeSignEvent], object]] = []
        self._on_request: list[Callable[[RequestEvent], object]] = []
        self._on_response: list[Callable[[ResponseEvent], object]] = []

    @property
    def active(self) -> bool:
        """Whether any per-attempt hook is registered."""
        return bool(self._before_sign or self._on_request or self._on_response)

    @property
    def wraps_calls(self) -> bool:
        """Whether any `around_call` hook is registered."""
        return bool(self._around_call)

    def around_call(self, hook: CallHook) -> CallHook:
        """Wrap `hook` around every operation call (usable as a decorator).

        `hook(call, proceed)` must be an `async def` that awaits `proceed()` once and
        returns what it returned; the call's result or error is the SDK's whatever the
        hook does. A plain function is refused with `ConfigurationError`.
        """
        if not inspect.iscoroutinefunction(hook) and not inspect.iscoroutinefunction(
            getattr(hook, "__call__", None)  # noqa: B004 - an instance with async __call__
        ):
            raise ConfigurationError(
                f"around_call needs an async def hook(call, proceed), not {hook!r}"
            )
        self._around_call.append(hook)
        return hook

    def before_sign(
        self, hook: Callable[[BeforeSignEvent], object]
    ) -> Callable[[BeforeSignEvent], object]:
        """Call `hook` before every attempt is signed (usable as a decorator)."""
        self._before_sign.append(hook)
        return hook

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
        registered: tuple[list[Any], ...] = (
            self._around_call,
            self._before_sign,
            self._on_request,
            self._on_response,
        )
        for hooks in registered:
            while hook in hooks:
                hooks.remove(hook)

    async def call(self, event: CallEvent, run: Callable[[], Awaitable[_R]], index: int = 0) -> _R:
        # For the pipeline: `run()` inside the `around_call` hooks from `index` on.
        if index >= len(self._around_call):
            return await run()
        hook = self._around_call[index]
        outcome = _Outcome[_R](lambda: self.call(event, run, index + 1))
        try:
            await hook(event, outcome.proceed)
        except Exception as exc:
            if exc is not outcome.error:
                logger.exception("around_call hook %r failed; ignored", hook)
        if not outcome.started:  # the hook never proceeded: the call still runs
            logger.error("around_call hook %r did not await proceed(); ran the call", hook)
            await outcome.proceed()
        return outcome.result()

    async def sign_headers(
        self, operation: str, attempt: int, url: str, headers: Mapping[str, str]
    ) -> Mapping[str, str]:
        # For the pipeline: `headers` with what the `before_sign` hooks add to this attempt.
        if not self._before_sign:
            return headers
        from ._events import BeforeSignEvent, ReadOnly  # only once a hook is registered

        event = BeforeSignEvent(operation, attempt, url, ReadOnly(headers))
        for hook in self._before_sign:
            await _run(hook, event)
        added = event._added
        return {**headers, **added} if added else headers

    async def request(
        self, operation: str, attempt: int, url: str, headers: Mapping[str, str], body: bytes
    ) -> None:
        if not self._on_request:
            return
        from ._events import RequestEvent

        event = RequestEvent(operation, attempt, url, redact(headers), body)
        for hook in self._on_request:
            await _run(hook, event)

    async def response(
        self,
        operation: str,
        attempt: int,
        response: HttpResponse | None,
        error: WorkSpacesError | None,
        elapsed: float,
    ) -> None:
        if not self._on_response:
            return
        status = response.status if response is not None else None
        request_id = response.headers.get("x-amzn-RequestId") if response is not None else None
        from ._events import ResponseEvent

        event = ResponseEvent(operation, attempt, status, request_id, error, elapsed)
        for hook in self._on_response:
            await _run(hook, event)


class _Outcome(Generic[_R]):
    """What `proceed()` gave one `around_call` hook: run once, result kept."""

    def __init__(self, run: Callable[[], Awaitable[_R]]) -> None:
        self._run = run
        self.started = False
        self.value: _R | None = None
        self.error: BaseException | None = None

    async def proceed(self) -> _R:
        if self.started:
            raise RuntimeError("proceed() may be awaited only once")
        self.started = True
        try:
            self.value = await self._run()
        except BaseException as exc:
            self.error = exc
            raise
        return self.value

    def result(self) -> _R:
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]  # set: proceed() ran and returned


async def _run(hook: Callable[[_E], object], event: _E) -> None:
    try:
        result = hook(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        logger.exception("hook %r failed; ignored", hook)
