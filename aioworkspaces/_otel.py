"""OpenTelemetry tracing for a client, built on its public hooks (`aioworkspaces[otel]`).

```python
from aioworkspaces import instrument_opentelemetry

instrument_opentelemetry(client)           # the global tracer provider and propagator
```
One client span per operation call, named `WorkSpaces.<Operation>` with the
attributes of OpenTelemetry's semantic conventions for AWS SDK calls: `rpc.system`
(`aws-api`), `rpc.service` (`WorkSpaces`), `rpc.method`, `aws.request_id`,
`cloud.region`, `server.address` / `server.port`, `http.response.status_code`,
`retry_attempts` (as botocore's instrumentation names it) and, when the call fails,
`error.type` (the error code, or the exception class) with the span's status set to
error. Each attempt is an `aws.attempt` event on the span (attempt number, status,
request id, error type, seconds). The trace context (W3C `traceparent`, and whatever
else the configured propagator writes) is injected into every attempt's headers, so a
service or proxy that traces joins the trace.

`opentelemetry-api` is imported only here, and only when a client is instrumented:
`import aioworkspaces` never imports it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs

from ._events import BeforeSignEvent, CallEvent, ResponseEvent
from .errors import ConfigurationError, ServiceError

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider

    from ._client import WorkSpacesClient

__all__ = ["OpenTelemetryInstrumentation", "instrument_opentelemetry"]

_SERVICE = "WorkSpaces"
_SCOPE = "aioworkspaces"


@attrs.define
class _CallState:
    span: Span
    attempts: int = 0


# The call in progress in this task (hooks run in the calling task, inside the span).
_CURRENT: contextvars.ContextVar[_CallState | None] = contextvars.ContextVar(
    "aioworkspaces_otel_call", default=None
)


def _error_type(error: BaseException) -> str:
    if isinstance(error, ServiceError) and error.code:
        return str(error.code)
    return type(error).__name__


class OpenTelemetryInstrumentation:
    """The hooks tracing one client; `uninstrument()` removes them."""

    def __init__(
        self, client: WorkSpacesClient, tracer_provider: TracerProvider | None = None
    ) -> None:
        try:
            from opentelemetry import propagate, trace
        except ImportError:  # pragma: no cover - depends on the environment
            raise ConfigurationError(
                "tracing needs OpenTelemetry: pip install 'aioworkspaces[otel]'"
            ) from None
        from . import __version__

        self._trace = trace
        self._inject = propagate.inject
        self._tracer = trace.get_tracer(_SCOPE, __version__, tracer_provider=tracer_provider)
        self._client = client
        client.hooks.around_call(self._around_call)
        client.hooks.before_sign(self._before_sign)
        client.hooks.on_response(self._on_response)

    def uninstrument(self) -> None:
        """Stop tracing the client."""
        for hook in (self._around_call, self._before_sign, self._on_response):
            self._client.hooks.remove(hook)

    async def _around_call(
        self, call: CallEvent, proceed: Callable[[], Awaitable[object]]
    ) -> object:
        trace = self._trace
        url = urlsplit(call.endpoint_url)
        attributes: dict[str, Any] = {
            "rpc.system": "aws-api",
            "rpc.service": _SERVICE,
            "rpc.method": call.operation,
            "cloud.region": call.region,
        }
        if url.hostname:
            attributes["server.address"] = url.hostname
        if url.port is not None:
            attributes["server.port"] = url.port
        with self._tracer.start_as_current_span(
            f"{_SERVICE}.{call.operation}",
            kind=trace.SpanKind.CLIENT,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            state = _CallState(span)
            token = _CURRENT.set(state)
            try:
                result = await proceed()
            except BaseException as exc:
                self._failed(state, exc)
                raise
            finally:
                _CURRENT.reset(token)
            metadata = getattr(result, "response_metadata", None)
            if metadata is not None:
                if metadata.request_id:
                    span.set_attribute("aws.request_id", metadata.request_id)
                span.set_attribute("http.response.status_code", metadata.http_status)
                span.set_attribute("retry_attempts", metadata.retry_attempts)
            return result

    def _failed(self, state: _CallState, exc: BaseException) -> None:
        span = state.span
        status_code = self._trace.StatusCode
        span.set_attribute("retry_attempts", max(state.attempts - 1, 0))
        if isinstance(exc, ServiceError):
            if exc.request_id:
                span.set_attribute("aws.request_id", exc.request_id)
            if exc.http_status:
                span.set_attribute("http.response.status_code", exc.http_status)
        if isinstance(exc, Exception):
            span.set_attribute("error.type", _error_type(exc))
            span.record_exception(exc)
            span.set_status(self._trace.Status(status_code.ERROR, str(exc)[:200]))
        else:  # cancelled: not the service's failure
            span.set_attribute("error.type", type(exc).__name__)

    def _before_sign(self, event: BeforeSignEvent) -> None:
        carrier: dict[str, str] = {}
        self._inject(carrier)  # from the current context: this call's span
        for name, value in carrier.items():
            event.add_header(name, value)

    def _on_response(self, event: ResponseEvent) -> None:
        state = _CURRENT.get()
        if state is None:
            return
        state.attempts = max(state.attempts, event.attempt)
        attributes: dict[str, Any] = {"attempt": event.attempt, "elapsed_s": event.elapsed}
        if event.status is not None:
            attributes["http.response.status_code"] = event.status
        if event.request_id:
            attributes["aws.request_id"] = event.request_id
        if event.error is not None:
            attributes["error.type"] = _error_type(event.error)
        state.span.add_event("aws.attempt", attributes)


def instrument_opentelemetry(
    client: WorkSpacesClient, *, tracer_provider: TracerProvider | None = None
) -> OpenTelemetryInstrumentation:
    """Trace every call of `client` with OpenTelemetry (needs `aioworkspaces[otel]`).

    Spans go to `tracer_provider`, else to the global one; the trace context is
    injected with the global propagator (W3C Trace Context by default). Returns the
    instrumentation: `.uninstrument()` stops it.
    """
    return OpenTelemetryInstrumentation(client, tracer_provider)
