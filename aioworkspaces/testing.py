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
class. Requests are validated as for real (`ParamValidationError` on bad input), and
pagers, waiters and bulk helpers go through the stubbed operations too. A call nobody
queued an answer for, a request other than the expected one, and an answer left unused
are `StubberError`s that say what happened.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import ServiceError, WorkSpacesError
from .types._shape import ResponseMetadata
from .validation import validate

if TYPE_CHECKING:
    from .client import WorkSpacesClient

__all__ = ["Stubber", "StubberError"]

_R = TypeVar("_R")


class StubberError(WorkSpacesError, AssertionError):
    """The code under test did not call the client as the test said it would."""


@attrs.define(frozen=True)
class _Answer:
    result: Any
    error: ServiceError | None
    expected: Mapping[str, Any] | Any | None


def _method_name(method: Callable[..., Awaitable[Any]]) -> str:
    name = getattr(method, "__name__", None)
    if not isinstance(name, str) or name.startswith("_"):
        raise TypeError(
            f"pass a client operation method (client.describe_workspaces), not {method!r}"
        )
    return name


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
        name = _method_name(method)
        if not attrs.has(type(result)):
            raise TypeError(f"{name}: the result must be the operation's result class")
        self._queues.setdefault(name, deque()).append(_Answer(result, None, expected_request))

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
        name = _method_name(method)
        if isinstance(error, str):
            from .pipeline import error_class

            error = error_class(error, http_status)(
                message, code=error, http_status=http_status, request_id="stubbed"
            )
        elif not isinstance(error, ServiceError):
            raise TypeError(f"{name}: error must be a ServiceError or an error code")
        self._queues.setdefault(name, deque()).append(_Answer(None, error, expected_request))

    # --- checking -----------------------------------------------------------------

    def pending(self) -> dict[str, int]:
        """Queued answers not used yet, by method name."""
        return {name: len(queue) for name, queue in self._queues.items() if queue}

    def assert_no_pending_responses(self) -> None:
        """Raise `StubberError` if a queued answer was never used."""
        left = self.pending()
        if left:
            listed = ", ".join(f"{name} x{count}" for name, count in sorted(left.items()))
            raise StubberError(f"queued answers were not used: {listed}")

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
            queued = ", ".join(sorted(self.pending())) or "nothing"
            raise StubberError(
                f"unexpected call {name}({_arguments(request)}); answers queued for: {queued}"
            )
        answer = queue.popleft()
        if answer.expected is not None:
            expected = answer.expected
            if isinstance(expected, Mapping):
                expected = _expected_request(name, type(request), expected)
            if expected != request:
                raise StubberError(
                    f"{name} was called with {request!r}\n  but the test expected {expected!r}"
                )
        if answer.error is not None:
            answer.error.operation = operation
            raise answer.error
        if not isinstance(answer.result, output):
            raise StubberError(
                f"{name} returns {output.__name__}; the queued answer is "
                f"{type(answer.result).__name__}"
            )
        metadata = ResponseMetadata(
            request_id=f"stubbed-{next(self._request_ids)}", http_status=200, retry_attempts=0
        )
        stubbed: Any = answer.result
        result: _R = attrs.evolve(stubbed, response_metadata=metadata)
        return result


def _expected_request(name: str, request_class: type[Any], given: Mapping[str, Any]) -> Any:
    """The request object `given` (keyword arguments) stands for; a misspelt one is named."""
    members = {f.name for f in attrs.fields(request_class)}
    unknown = sorted(set(given) - members)
    if unknown:
        raise StubberError(
            f"expected_request for {name} has no member {', '.join(unknown)}; "
            f"{request_class.__name__} has: {', '.join(sorted(members)) or 'no members'}"
        )
    return request_class(**given)


def _arguments(request: Any) -> str:
    given = {f.name: getattr(request, f.name) for f in attrs.fields(type(request))}
    return ", ".join(f"{k}={v!r}" for k, v in given.items() if v is not None)
