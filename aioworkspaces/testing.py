"""A typed stubber for testing code that uses `WorkSpacesClient`: no network, no HTTP mocks.

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

import importlib
import itertools
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._operations import Operations
from ._serialization.validation import validate
from ._serialization.wire import to_wire
from .errors import ServiceError, WorkSpacesError
from .types._shape import WIRE, ResponseMetadata

if TYPE_CHECKING:
    from ._client import WorkSpacesClient

__all__ = ["Stubber", "StubberError"]

_R = TypeVar("_R")


class StubberError(WorkSpacesError, AssertionError):
    """The code under test did not call the client as the test said it would."""


@attrs.define(frozen=True)
class _Answer:
    result: Any
    error: ServiceError | None
    expected: Any
    """The request object the call must send, or None for any request."""


def _call_classes(name: str) -> tuple[type[Any], type[Any]]:
    """The request and result classes of operation method `name`.

    Each operation's module in `types/calls/` exports exactly those two, in that order.
    """
    module = importlib.import_module(f"{__package__}.types.calls.{name}")
    request, result = (getattr(module, export) for export in module.__all__)
    return request, result


def _snake(operation: str) -> str:
    # The operation names of this API are plain CamelCase, as `botocore.xform_name` reads them.
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in operation).lstrip("_")


class Stubber:
    """Replaces what `client`'s operations send and receive while it is active."""

    def __init__(self, client: WorkSpacesClient) -> None:
        self._client = client
        self._queues: dict[str, deque[_Answer]] = {}
        self._request_ids = itertools.count(1)
        self._active = False

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
    ) -> None:
        """Make the next call of `method` raise `error`: an exception, or a service code.

        A code becomes the typed exception the SDK raises for it
        (`"ResourceNotFoundException"` -> `errors.ResourceNotFoundException`).
        """
        name = self._operation_name(method)
        request_class, _ = _call_classes(name)
        if isinstance(error, str):
            from ._request.pipeline import error_class

            error = error_class(error, http_status)(
                message, code=error, http_status=http_status, request_id="stubbed"
            )
        elif not isinstance(error, ServiceError):
            raise TypeError(f"{name}: error must be a ServiceError or an error code")
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
        """Route the client's operations to this stubber."""
        if "_invoke" in vars(self._client):
            # A second stubber would hand the client back to the network when it ends.
            raise StubberError("this client is already stubbed: one Stubber per client at a time")
        self._client._invoke = self._invoke  # type: ignore[method-assign]
        self._active = True

    def deactivate(self) -> None:
        """Give the client its real pipeline back."""
        if self._active:
            del self._client._invoke
            self._active = False

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

    async def _invoke(self, operation: str, request: Any, output: type[_R]) -> _R:
        validate(operation, request)
        name = _snake(operation)
        queue = self._queues.get(name)
        if not queue:
            raise StubberError(
                f"unexpected call {name}({_arguments(request)}); "
                f"answers still queued: {self._pending_listing()}"
            )
        answer = queue.popleft()
        if answer.expected is not None:
            differences = _differences(request, answer.expected)
            if differences:
                raise StubberError(
                    f"{name} was called with another request than the test expected:\n"
                    + "\n".join(differences)
                    + f"\n  sent:     {request!r}\n  expected: {answer.expected!r}"
                )
        if answer.error is not None:
            answer.error.operation = operation
            raise answer.error
        metadata = ResponseMetadata(
            request_id=f"stubbed-{next(self._request_ids)}", http_status=200, retry_attempts=0
        )
        stubbed: Any = answer.result
        result: _R = attrs.evolve(stubbed, response_metadata=metadata)
        return result


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


def _differences(sent: Any, expected: Any) -> list[str]:
    """The members in which `sent` and `expected` differ, compared as they go on the wire.

    On the wire a tuple is the list it holds and an enum member is its string, as the
    service sees them: `workspace_ids=("ws-1",)` is what `["ws-1"]` expects.
    """
    sent_wire, expected_wire = to_wire(sent), to_wire(expected)
    return [
        f"  {field.name}: sent {getattr(sent, field.name)!r}, "
        f"expected {getattr(expected, field.name)!r}"
        for field in attrs.fields(type(sent))
        if sent_wire.get(field.metadata[WIRE]) != expected_wire.get(field.metadata[WIRE])
    ]


def _arguments(request: Any) -> str:
    given = {f.name: getattr(request, f.name) for f in attrs.fields(type(request))}
    return ", ".join(f"{k}={v!r}" for k, v in given.items() if v is not None)
