"""Testing code that uses `WorkSpacesClient`: a typed `Stubber`, and `MockTransport`.

`MockTransport(handler)` answers every request from a function of yours, in memory
(httpx's `MockTransport` is the model): the client validates, serializes, signs,
retries and parses as it does against the service.

```python
from aioworkspaces import HttpRequest, HttpResponse
from aioworkspaces.testing import MockTransport

def service(request: HttpRequest) -> HttpResponse:
    if request.operation == "DescribeTags":
        return HttpResponse(200, json={"TagList": [{"Key": "team", "Value": "a"}]})
    return HttpResponse(400, json={"__type": "AccessDeniedException", "message": "no"})

client = WorkSpacesClient("us-east-1", transport=MockTransport(service))
```

The `Stubber` queues typed answers per operation:

```python
from aioworkspaces.testing import Stubber

client = WorkSpacesClient("us-east-1")
with Stubber(client) as stubber:
    stubber.add_response(
        client.describe_workspaces,
        DescribeWorkspacesResult(workspaces=[Workspace(workspace_id="ws-1")]),
        expected_request={"directory_id": "d-1234567890"},
    )
    stubber.add_error(client.terminate_workspaces, "ResourceNotFoundException", "gone")
    await code_under_test(client)
# leaving the block checks that every queued answer was used
```

Answers are queued per operation and used in order. The method passed names the
operation and fixes the result's type, so a type checker rejects a result of the wrong
class (and so does `add_response`, at once, when no type checker ran). Requests are
validated as for real (`ParamValidationError` on bad input) and compared with the
expected one as they would go on the wire. Pagers, waiters and bulk helpers go through
the stubbed operations too. A call nobody queued an answer for, a request other than
the expected one, and an answer left unused are `StubberError`s that say what happened.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import orjson

from . import _tables
from . import types as sdk_types
from ._operations import Operations
from ._request.transport import HttpRequest, HttpResponse, Transport
from ._serialization.wire import from_wire, to_wire
from .errors import DeadlineExceededError, ServiceError, WorkSpacesError
from .types._shape import WIRE

if TYPE_CHECKING:
    from ._client import WorkSpacesClient

__all__ = ["MockHandler", "MockTransport", "Stubber", "StubberError"]

MockHandler = Callable[[HttpRequest], HttpResponse | Awaitable[HttpResponse]]
"""What `MockTransport` calls: a function of the request returning the response,
plain or `async`."""


class MockTransport(Transport):
    """A transport that answers from `handler`, in memory: nothing leaves the process.

    `handler` gets each `HttpRequest` (method, url, headers, body, `operation`,
    `target`, `json()`) and returns an `HttpResponse`, or an awaitable of one. It may
    raise `aioworkspaces.errors.TransportError` to act out a lost connection (the
    client retries it) or any other `WorkSpacesError` to end the call with it. An
    async handler is held to the call's deadline (`ClientConfig.call_timeout`). A
    client without credentials sends unsigned requests to it instead of failing.
    """

    requires_credentials = False

    def __init__(self, handler: MockHandler) -> None:
        if not callable(handler):
            raise TypeError(f"handler must be callable, not {type(handler).__name__}")
        self.handler = handler

    def __repr__(self) -> str:
        return f"<MockTransport handler={self.handler!r}>"

    async def send(self, request: HttpRequest) -> HttpResponse:
        response = self.handler(request)
        if inspect.isawaitable(response):
            if request.timeout is None:
                response = await response
            else:  # the call's deadline (ClientConfig.call_timeout) holds here too
                try:
                    response = await asyncio.wait_for(response, request.timeout)
                except asyncio.TimeoutError:
                    raise DeadlineExceededError(
                        f"{request.operation}: the MockTransport handler did not answer "
                        "before the call's deadline (ClientConfig.call_timeout)"
                    ) from None
        if not isinstance(response, HttpResponse):
            raise TypeError(
                f"the MockTransport handler must return an HttpResponse, not "
                f"{type(response).__name__}"
            )
        return response


_R = TypeVar("_R")


def _error_body(
    cls: type[ServiceError], code: str, message: str | None, fields: Mapping[str, str]
) -> dict[str, str]:
    """The error body a service would send for `cls` with `message` and `fields`."""
    wire_of = {attr: wire for wire, attr in cls._members}
    wire_of.update({wire: wire for wire, _ in cls._members})
    body: dict[str, str] = {}
    for key, value in fields.items():
        wire = wire_of.get(key)
        if wire is None or wire_of.get("message") == wire:
            allowed = [f"{wire} ({attr})" for wire, attr in cls._members if attr != "message"]
            raise StubberError(
                f"modeled_fields: {code} has no member {key!r}; "
                + (f"its members: {', '.join(allowed)}" if allowed else "it models none")
                + (" (pass the message as `message`)" if wire is not None else "")
            )
        if not isinstance(value, str):
            raise StubberError(f"modeled_fields: {key} must be a str, not {type(value).__name__}")
        body[wire] = value
    if message is not None and "message" in wire_of:
        body[wire_of["message"]] = message  # the service sends it as a member too
    return body


class StubberError(WorkSpacesError, AssertionError):
    """The code under test did not call the client as the test said it would."""


@attrs.define(frozen=True)
class _Answer:
    result: Any
    error: ServiceError | None
    expected: Any
    """The request object the call must send, or None for any request."""


def _call_classes(name: str) -> tuple[type[Any], type[Any]]:
    """The request and result classes of operation method `name` (the generator's table)."""
    operation = _tables.OPERATIONS[_tables.METHODS[name]]
    return getattr(sdk_types, operation.request), getattr(sdk_types, operation.result)


class Stubber:
    """Replaces what `client`'s operations send and receive while it is active."""

    def __init__(self, client: WorkSpacesClient) -> None:
        self._client = client
        self._queues: dict[str, deque[_Answer]] = {}
        self._request_ids = itertools.count(1)
        self._transport = _StubTransport(self._answer)
        self._previous: Transport | None = None

    # --- queueing -----------------------------------------------------------------

    def add_response(
        self,
        method: Callable[..., Awaitable[_R]],
        result: _R,
        expected_request: Mapping[str, Any] | Any | None = None,
    ) -> None:
        """Answer the next call of `method` with `result`.

        `expected_request`, if given, is what the call must send: the keyword arguments
        as a mapping (`{"directory_id": "d-1"}`) or the operation's request object.
        """
        name = self._operation_name(method)
        request_class, result_class = _call_classes(name)
        if not isinstance(result, result_class):
            raise StubberError(
                f"{name} returns {result_class.__name__}; the answer given is "
                f"{type(result).__name__}"
            )
        expected = _expected_request(name, request_class, expected_request)
        self._queues.setdefault(name, deque()).append(_Answer(result, None, expected))

    def add_error(
        self,
        method: Callable[..., Awaitable[Any]],
        error: ServiceError | str,
        message: str | None = None,
        *,
        http_status: int = 400,
        expected_request: Mapping[str, Any] | Any | None = None,
        modeled_fields: Mapping[str, str] | None = None,
    ) -> None:
        """Make the next call of `method` raise `error`: an exception, or a service code.

        A code becomes the typed exception the SDK raises for it
        (`"ResourceNotFoundException"` -> `errors.ResourceNotFoundException`).
        `modeled_fields` sets the other members of that exception's shape, by wire or
        attribute name (`{"ResourceId": "ws-1"}` or `{"resource_id": "ws-1"}`), as
        botocore's `add_client_error(modeled_fields=...)` does: they become attributes
        and appear in `.response`. A member the exception does not model is a
        `StubberError` naming the ones it does.
        """
        name = self._operation_name(method)
        request_class, _ = _call_classes(name)
        if isinstance(error, str):
            from ._request.pipeline import error_class

            cls = error_class(error, http_status)
            body = _error_body(cls, error, message, modeled_fields or {})
            error = cls(
                message,
                code=error,
                http_status=http_status,
                request_id="stubbed",
                operation=_tables.METHODS[name],
                body=body,
            )
        elif not isinstance(error, ServiceError):
            raise TypeError(f"{name}: error must be a ServiceError or an error code")
        elif modeled_fields:
            raise StubberError(
                f"{name}: modeled_fields goes with an error code; "
                f"set the members on the {type(error).__name__} you pass instead"
            )
        expected = _expected_request(name, request_class, expected_request)
        self._queues.setdefault(name, deque()).append(_Answer(None, error, expected))

    def _operation_name(self, method: Callable[..., Awaitable[Any]]) -> str:
        """The name of `method`, which must be an operation of the stubbed client."""
        name = getattr(method, "__name__", None)
        owner = getattr(method, "__self__", self._client)
        if (
            not isinstance(name, str)
            or name.startswith("_")
            or name not in vars(Operations)
            or owner is not self._client
        ):
            # Pagers, waiters and bulk helpers call the operations: stub those instead.
            raise StubberError(
                f"pass an operation method of the stubbed client "
                f"(client.describe_workspaces), not {method!r}"
            )
        return name

    # --- checking -----------------------------------------------------------------

    def pending(self) -> dict[str, int]:
        """Queued answers not used yet, by method name."""
        return {name: len(queue) for name, queue in self._queues.items() if queue}

    def assert_no_pending_responses(self) -> None:
        """Raise `StubberError` if a queued answer was never used."""
        if self.pending():
            raise StubberError(f"queued answers were not used: {self._pending_listing()}")

    def _pending_listing(self) -> str:
        left = sorted(self.pending().items())
        return ", ".join(f"{name} x{count}" for name, count in left) or "none"

    # --- activation ---------------------------------------------------------------

    def activate(self) -> None:
        """Route the client's requests to this stubber (in place of its transport)."""
        if self._previous is not None:
            return
        previous = self._client._use_transport(self._transport)
        if isinstance(previous, _StubTransport):
            # A second stubber would hand the client back to the network when it ends.
            self._client._use_transport(previous)
            raise StubberError("this client is already stubbed: one Stubber per client at a time")
        self._previous = previous

    def deactivate(self) -> None:
        """Give the client its own transport back."""
        if self._previous is not None:
            self._client._use_transport(self._previous)
            self._previous = None

    def __enter__(self) -> Stubber:
        self.activate()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.deactivate()
        if exc_type is None:
            self.assert_no_pending_responses()

    async def __aenter__(self) -> Stubber:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)

    def _answer(self, sent: HttpRequest) -> HttpResponse:
        """The queued answer to `sent`, which the client validated, serialized and signed."""
        operation = sent.operation
        name = _tables.OPERATIONS[operation].method
        request_class, _ = _call_classes(name)
        wire = sent.json()
        request = from_wire(wire, request_class)
        queue = self._queues.get(name)
        if not queue:
            raise StubberError(
                f"unexpected call {name}({_arguments(request)}); "
                f"answers still queued: {self._pending_listing()}"
            )
        answer = queue.popleft()
        if answer.expected is not None:
            differences = _differences(request, wire, answer.expected)
            if differences:
                raise StubberError(
                    f"{name} was called with another request than the test expected:\n"
                    + "\n".join(differences)
                    + f"\n  sent:     {request!r}\n  expected: {answer.expected!r}"
                )
        if answer.error is not None:
            answer.error.operation = operation
            raise answer.error
        # Through the wire and back, as the service's answer would come.
        return HttpResponse(
            200,
            {"x-amzn-RequestId": f"stubbed-{next(self._request_ids)}"},
            orjson.dumps(to_wire(answer.result)),
        )


class _StubTransport(MockTransport):
    """The `Stubber`'s transport (told apart so that a second Stubber is refused)."""


def _expected_request(name: str, request_class: type[Any], given: Any) -> Any:
    """The request object `given` stands for (None: any request will do).

    Checked when the answer is queued, so a wrong expectation points at the test's line.
    """
    if given is None or isinstance(given, request_class):
        return given
    if not isinstance(given, Mapping):
        raise StubberError(
            f"expected_request for {name} must be a {request_class.__name__} or a mapping "
            f"of its keyword arguments, not {type(given).__name__}"
        )
    members = {f.name for f in attrs.fields(request_class)}
    unknown = sorted(set(given) - members)
    if unknown:
        raise StubberError(
            f"expected_request for {name} has no member {', '.join(unknown)}; "
            f"{request_class.__name__} has: {', '.join(sorted(members)) or 'no members'}"
        )
    try:
        return request_class(**given)
    except TypeError as exc:  # a required member left out
        raise StubberError(f"expected_request for {name}: {exc}") from None


def _differences(sent: Any, sent_wire: Mapping[str, Any], expected: Any) -> list[str]:
    """The members in which `sent` and `expected` differ, compared as they go on the wire.

    On the wire a tuple is the list it holds and an enum member is its string, as the
    service sees them: `workspace_ids=("ws-1",)` is what `["ws-1"]` expects.
    """
    expected_wire = orjson.loads(orjson.dumps(to_wire(expected)))
    return [
        f"  {field.name}: sent {getattr(sent, field.name)!r}, "
        f"expected {getattr(expected, field.name)!r}"
        for field in attrs.fields(type(sent))
        if sent_wire.get(field.metadata[WIRE]) != expected_wire.get(field.metadata[WIRE])
    ]


def _arguments(request: Any) -> str:
    given = {f.name: getattr(request, f.name) for f in attrs.fields(type(request))}
    return ", ".join(f"{k}={v!r}" for k, v in given.items() if v is not None)
