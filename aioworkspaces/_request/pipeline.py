"""The one path every operation takes: validate -> serialize -> sign -> send -> parse -> retry."""

from __future__ import annotations

import asyncio
import email.utils
import http.client
import json
import logging
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

import orjson

from .. import _hooks as _hooks
from .._exceptions import (
    DeadlineExceededError,
    ParamValidationError,
    ResponseParseError,
    ServiceError,
    ServiceUnavailableError,
    TransportError,
    WorkSpacesError,
)
from .._serialization.validation import validate
from .._serialization.wire import from_wire, to_wire
from ..types._shape import ResponseMetadata
from .credentials import CredentialProvider
from .pacing import MAX_FREE_RESENDS, Budget, Pacer
from .retries import CLOCK_SKEW_CODES, RetryPolicy, is_retryable, is_throttle
from .signing import Signer
from .transport import HttpRequest, HttpResponse, Transport

__all__ = ["Pipeline", "error_class", "parse_error"]

logger = logging.getLogger("aioworkspaces")

_R = TypeVar("_R")
_TARGET_PREFIX = "WorkspacesService."
_CONTENT_TYPE = "application/x-amz-json-1.1"
# Clock skew beyond this (botocore's and the service's tolerance is 5 minutes) is
# corrected from the service's Date header.
_SKEW_TOLERANCE = timedelta(minutes=4)
# Bodies larger than this are parsed in a worker thread: reading a big answer into
# objects takes long enough to stall every other task on the loop.
_PARSE_OFF_LOOP = 1024 * 1024
# A Date further off than the widest time-zone offset (14 h, a clock set to local time
# instead of UTC) plus a margin is not believed: one bogus header must not move signing
# by days.
_MAX_SKEW_CORRECTION = timedelta(hours=15)


def error_class(code: str, status: int) -> type[ServiceError]:
    """The exception class for an error code (`ServiceError` for codes nobody modeled).

    The generator's table names the class of every modeled and common code.
    """
    from .. import _tables, errors  # loaded with the first error, not with the SDK

    name = _tables.ERRORS.get(code)
    if name is not None:
        known: type[ServiceError] = getattr(errors, name)
        return known
    return ServiceUnavailableError if status == 503 else ServiceError


def _error_code(document: Mapping[str, Any], headers: Mapping[str, str]) -> str | None:
    raw = document.get("__type") or document.get("code") or document.get("Code")
    if not isinstance(raw, str) or not raw:
        raw = headers.get("x-amzn-ErrorType")
    if not raw:
        return None
    # "aws.protocoltests#FooError:http://internal..." -> "FooError"
    return raw.rsplit("#", 1)[-1].split(":", 1)[0].strip() or None


def _decode(body: bytes) -> Any:
    """The JSON document in `body`, read as `json.loads` reads it.

    orjson (the fast path) refuses numbers beyond a double (`1e400`) and lone surrogate
    escapes, which `json.loads` (and so botocore) reads: such a body is read again by
    the standard library rather than failing the call over a member nobody reads.
    """
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return json.loads(body)


def parse_error(response: HttpResponse, operation: str) -> ServiceError:
    """The typed error for a non-2xx answer, whatever its body looks like."""
    request_id = response.headers.get("x-amzn-RequestId")
    document: Any = None
    if response.body:
        try:
            document = _decode(response.body)
        except (ValueError, RecursionError):  # not JSON, or nested too deep to read
            document = None
    # botocore's Error block, where it differs from what we read: a 5xx whose body is
    # empty or an HTML page gets the status and its reason phrase (and no request id);
    # any other body that is no JSON object is the message, whole, with the status as
    # the code (ResponseParser._do_generic_error_parse, BaseJSONParser._do_error_parse).
    botocore_error: dict[str, str] | None = None
    stripped = response.body.strip()
    generic = response.status >= 500 and (not stripped or stripped.startswith(b"<html>"))
    if generic:
        reason = http.client.responses.get(response.status, "")
        botocore_error = {"Message": reason, "Code": str(response.status)}
    if not isinstance(document, dict):
        text = response.body[:200].decode("utf-8", "replace").strip()
        document = {"message": f"non-JSON error body: {text}"} if text else {}
        if not generic:
            whole = response.body.decode("utf-8", "replace")
            botocore_error = {"Message": whole, "Code": str(response.status)}
    code = _error_code(document, response.headers) or str(response.status)
    message = document.get("message") or document.get("Message")
    error = error_class(code, response.status)(
        message if isinstance(message, str) else None,
        code=code,
        request_id=request_id,
        http_status=response.status,
        operation=operation,
        body=document,
        http_headers=response.headers,
    )
    if botocore_error is not None:
        error._response_error = botocore_error
        error._response_has_request_id = not generic
    return error


def _parse_result(response: HttpResponse, operation: str, output: type[_R], retries: int) -> _R:
    request_id = response.headers.get("x-amzn-RequestId")
    try:
        document = _decode(response.body) if response.body.strip() else {}
        if not isinstance(document, dict):
            raise TypeError(f"expected a JSON object, got {type(document).__name__}")
        result = from_wire(document, output)
    except Exception as exc:  # whatever the body was, the caller gets a typed error
        snippet = response.body[:120].decode("utf-8", "replace")
        raise ResponseParseError(
            f"could not read the {operation} answer as {output.__name__}: {exc} (body starts {snippet!r})",
            code="ResponseParseError",
            request_id=request_id,
            http_status=response.status,
            operation=operation,
            http_headers=response.headers,
        ) from None
    object.__setattr__(
        result,
        "response_metadata",
        ResponseMetadata(
            request_id=request_id, http_status=response.status, retry_attempts=retries
        ),
    )
    return result


def _encode_request(operation: str, document: dict[str, Any]) -> bytes:
    """The request body: orjson's bytes, or botocore's where orjson refuses a value.

    orjson refuses integers beyond 64 bits and strings with lone surrogates; botocore
    sends both (`json.dumps(...).encode("utf-8")`, the surrogate as a `\\ud800` escape),
    so the same bytes go out here.
    """
    try:
        return orjson.dumps(document)
    except TypeError:
        pass
    try:
        return json.dumps(document).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ParamValidationError(operation, [f"cannot be sent as JSON: {exc}"]) from None


def _server_clock_offset(response: HttpResponse | None) -> timedelta | None:
    """How far the server's clock (its Date header) is ahead of ours, if believable.

    None without a readable Date, or when the gap is beyond `_MAX_SKEW_CORRECTION`.
    """
    date = response.headers.get("Date") if response is not None else None
    if not date:
        return None
    try:
        server = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if server.tzinfo is None:
        server = server.replace(tzinfo=timezone.utc)
    try:
        offset = server - datetime.now(timezone.utc)
    except OverflowError:
        return None
    return offset if abs(offset) <= _MAX_SKEW_CORRECTION else None


class Pipeline:
    """Runs operations for one client: its endpoint, credentials, signer and retries."""

    def __init__(
        self,
        *,
        endpoint_url: str,
        credentials: CredentialProvider,
        signer: Signer,
        transport: Transport,
        retry_policy: RetryPolicy,
        user_agent: str,
        hooks: _hooks.Hooks,
        sleep: Callable[[float], Any] = asyncio.sleep,
        call_timeout: float | None = None,
        pacing: bool = True,
        rate_limits: Mapping[str, float] | None = None,
        concurrency: int = 10,
    ) -> None:
        self.endpoint_url = endpoint_url
        self.credentials = credentials
        self.signer = signer
        self.transport = transport
        self.retry_policy = retry_policy
        self.hooks = hooks
        self._user_agent = user_agent
        self._sleep = sleep
        self._call_timeout = call_timeout
        self.pacer = Pacer(
            learn=pacing,
            ceilings=rate_limits,
            concurrency=concurrency,
            sleep=lambda delay: self._sleep(delay),
        )

    async def invoke(self, operation: str, request: Any, output: type[_R]) -> _R:
        """Run `operation` with `request` and return its `output` result."""
        if not self.hooks.wraps_calls:
            return await self._attempts(operation, request, output)
        from .._events import CallEvent  # only once an around_call hook is registered

        call = CallEvent(operation, request, self.signer.region, self.endpoint_url)
        return await self.hooks.call(call, lambda: self._attempts(operation, request, output))

    async def _attempts(self, operation: str, request: Any, output: type[_R]) -> _R:
        validate(operation, request)
        body = _encode_request(operation, to_wire(request))
        headers = {
            "Content-Type": _CONTENT_TYPE,
            "X-Amz-Target": _TARGET_PREFIX + operation,
            "User-Agent": self._user_agent,
        }
        policy = self.retry_policy
        budget = self.pacer.budget(operation)
        transport = self.transport
        spent = 0
        attempt = 0  # attempts counted against max_attempts
        sends = 0  # every request sent, free re-sends after a throttle included
        free_resends = 0
        deadline = None if self._call_timeout is None else time.monotonic() + self._call_timeout
        remaining: float | None = None
        while True:
            sends += 1
            # The budget first: a request waits here, not holding a pooled connection.
            sent = 0.0
            if budget is not None:
                sent = await self._paced(budget, sends > 1, deadline, operation, sends - 1)
            signed_offset = self.signer.clock_offset  # what this attempt is signed with
            response: HttpResponse | None = None
            error: WorkSpacesError | None = None
            throttled = False
            try:
                if self.hooks.active:
                    attempt_headers = await self.hooks.sign_headers(
                        operation, sends, self.endpoint_url, headers
                    )
                else:
                    attempt_headers = headers
                signed = await self._sign(transport, attempt_headers, body)
                if deadline is not None:  # what is left for this attempt, waits before it spent
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise self._deadline_error(operation, sends - 1)
                if self.hooks.active:
                    await self.hooks.request(operation, sends, self.endpoint_url, signed, body)
                started = time.perf_counter()
                try:
                    response = await transport.send(
                        HttpRequest("POST", self.endpoint_url, signed, body, operation, remaining)
                    )
                except TransportError as exc:
                    _hooks.scrub(exc)  # before any hook, log or caller sees it
                    error = exc
                except WorkSpacesError as exc:  # the transport's final word: not retried
                    _hooks.scrub(exc)
                    await self._observe(operation, sends, started, signed, None, exc)
                    raise
                else:
                    if 200 <= response.status < 300:
                        try:
                            if len(response.body) > _PARSE_OFF_LOOP:
                                result = await asyncio.to_thread(
                                    _parse_result, response, operation, output, sends - 1
                                )
                            else:
                                result = _parse_result(response, operation, output, sends - 1)
                        except ResponseParseError as exc:  # observed and decided on below
                            error = exc
                        else:
                            if self.signer.clock_offset:
                                self._undo_clock_correction(response)
                            await self._observe(operation, sends, started, signed, response, None)
                            policy.succeeded(spent)
                            return result
                    else:
                        error = parse_error(response, operation)
                        throttled = is_throttle(error)
            finally:
                if budget is not None:
                    accepted = response is not None and not throttled
                    budget.done(sent, accepted=accepted, throttled=throttled)
            await self._observe(operation, sends, started, signed, response, error)
            if (
                throttled
                and budget is not None
                and budget.learn
                and free_resends < MAX_FREE_RESENDS
            ):
                # Paced: the budget has slowed down; the request waits for its next slot.
                free_resends += 1
                continue
            attempt += 1
            if (
                isinstance(error, ServiceError)
                and error.code in CLOCK_SKEW_CODES
                and attempt < policy.max_attempts
                and self._correct_clock(operation, response, signed_offset)
            ):
                continue
            decision = policy.delay_before_retry(error, attempt)
            if decision is None:
                if isinstance(error, ServiceError):
                    error.retry_attempts = attempt - 1
                    # As botocore marks it: standard and adaptive whenever the attempts
                    # ran out, legacy only when the error was one it retries.
                    error._max_attempts_reached = attempt >= policy.max_attempts and (
                        policy.mode != "legacy" or is_retryable(error)
                    )
                raise error
            delay, cost = decision
            if deadline is not None and time.monotonic() + delay >= deadline:
                raise self._deadline_error(operation, sends - 1) from error
            spent += cost
            await self._sleep(delay)

    async def _paced(
        self, budget: Budget, resend: bool, deadline: float | None, operation: str, retries: int
    ) -> float:
        """Wait for `budget`'s next slot, within the call's deadline; the send time."""
        sent = budget.try_acquire(resend=resend)
        if sent is not None:
            return sent
        if deadline is None:
            return await budget.acquire(resend=resend)
        try:
            return await asyncio.wait_for(
                budget.acquire(resend=resend), max(deadline - time.monotonic(), 0.0)
            )
        except asyncio.TimeoutError:
            raise self._deadline_error(operation, retries) from None

    async def _sign(
        self, transport: Transport, headers: Mapping[str, str], body: bytes
    ) -> Mapping[str, str]:
        if transport.requires_credentials:
            credentials = await self.credentials.get()
        else:  # an in-memory transport: sign if the client has credentials, else send as is
            found = await self.credentials.get_if_any()
            if found is None:
                return dict(headers)
            credentials = found
        return self.signer.sign(self.endpoint_url, headers, body, credentials)

    def _deadline_error(self, operation: str, retries: int) -> DeadlineExceededError:
        return DeadlineExceededError(
            f"{operation}: no answer within ClientConfig.call_timeout "
            f"({self._call_timeout:g} s) after {retries} retries"
        )

    def _correct_clock(
        self, operation: str, response: HttpResponse | None, signed_offset: timedelta
    ) -> bool:
        """After a clock-skew error: re-measure the offset; whether a retry can help.

        Compared with the offset the refused request was signed with, not only with the
        local clock: a correction that turns out wrong (the server disagrees again) is
        replaced, or undone when the server's clock agrees with ours; a correction
        another call made meanwhile is simply used.
        """
        measured = _server_clock_offset(response)
        if measured is None:
            return False
        wanted = measured if abs(measured) > _SKEW_TOLERANCE else timedelta(0)
        if abs(wanted - signed_offset) <= _SKEW_TOLERANCE:
            return False  # signing with it again would not help
        if abs(wanted - self.signer.clock_offset) > _SKEW_TOLERANCE:
            self.signer.clock_offset = wanted
            logger.debug("%s: clock offset now %s; retrying", operation, wanted)
        return True

    def _undo_clock_correction(self, response: HttpResponse) -> None:
        """A success while correcting: drop the correction once the server agrees with us."""
        measured = _server_clock_offset(response)
        if measured is not None and abs(measured) <= _SKEW_TOLERANCE:
            self.signer.clock_offset = timedelta(0)
            logger.debug("the service's clock agrees with ours again: clock correction undone")

    async def _observe(
        self,
        operation: str,
        attempt: int,
        started: float,
        headers: Mapping[str, str],
        response: HttpResponse | None,
        error: WorkSpacesError | None,
    ) -> None:
        elapsed = time.perf_counter() - started
        if logger.isEnabledFor(logging.DEBUG):
            status = response.status if response is not None else None
            request_id = response.headers.get("x-amzn-RequestId") if response is not None else None
            logger.debug(
                "%s attempt %d: status=%s request_id=%s latency=%.1fms%s",
                operation,
                attempt,
                status,
                request_id,
                elapsed * 1000,
                f" error={type(error).__name__}: {error}" if error is not None else "",
                # For handlers that want the details: the headers sent, credentials redacted.
                extra={
                    "operation": operation,
                    "attempt": attempt,
                    "status": status,
                    "request_id": request_id,
                    "latency": elapsed,
                    "request_headers": _hooks.redact(headers),
                },
            )
        if self.hooks.active:
            await self.hooks.response(operation, attempt, response, error, elapsed)
