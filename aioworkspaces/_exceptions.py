"""The hand-written half of `aioworkspaces.errors`: the hierarchy (the common AWS codes
below it are in `_common_errors`).

The modeled exceptions (one per exception shape of the model) are generated into
`errors`, which re-exports everything here; users import from `aioworkspaces.errors`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .types.workspaces import WorkspaceState


class WorkSpacesError(Exception):
    """Base of everything the SDK raises.

    Every SDK error survives `pickle` (multiprocessing, task queues) with the same
    attributes and the same `str()`.
    """

    def __reduce__(self) -> Any:
        # Exception's own pickling calls `cls(*args)`, which breaks for every class
        # whose __init__ takes other arguments than the message: rebuild from the
        # message arguments and the attributes instead.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[WorkSpacesError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ParamValidationError(WorkSpacesError, ValueError):
    """A request broke the model's rules; raised before anything is sent."""

    def __init__(self, operation: str, problems: list[str]) -> None:
        self.operation = operation
        """The operation whose request was refused (`StartWorkspaces`)."""
        self.problems = problems
        """What was wrong, one entry per broken rule, each starting with the member's path."""
        super().__init__(f"invalid parameters for {operation}: " + "; ".join(problems))


class ConfigurationError(WorkSpacesError, ValueError):
    """The client was configured wrongly: no region, a bad setting or endpoint."""


class TransportError(WorkSpacesError):
    """The request did not get a complete HTTP answer (connection, DNS, TLS, timeout)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        """The operation the request was for, when known."""
        super().__init__(message)


class ReadTimeoutError(TransportError):
    """The service did not answer within `ClientConfig.read_timeout`."""


class ConnectTimeoutError(TransportError):
    """No connection could be made within `ClientConfig.connect_timeout`."""


class ResponseTooLargeError(WorkSpacesError):
    """The answer was larger than `ClientConfig.max_response_size`; never retried."""


class DeadlineExceededError(WorkSpacesError, TimeoutError):
    """The call ran past `ClientConfig.call_timeout`, retries and backoff included."""


class UsageError(WorkSpacesError, RuntimeError):
    """The client was used in a way it cannot serve: from a second event loop, or with
    a caller-owned aiohttp session that was closed under it."""


class ClientClosedError(UsageError):
    """The client was closed: calls in flight end with it, later calls raise it at once.

    A call that ends with it may or may not have reached the service; it is never sent
    again.
    """


class CredentialsError(WorkSpacesError):
    """No credentials were found, or refreshing them failed."""


class PaginationError(WorkSpacesError):
    """The service broke pagination (it returned the same `NextToken` twice)."""


class WaiterError(WorkSpacesError):
    """A waiter stopped without every resource reaching the target state.

    `states` maps each id to its last seen state (`None` while it was not visible).
    """

    def __init__(self, message: str, states: Mapping[str, WorkspaceState | Any | None]) -> None:
        self.states = dict(states)
        """Each id's last seen state (`None` while it was not visible)."""
        super().__init__(message)


class WaiterFailedError(WaiterError):
    """A resource reached a state from which the target state cannot follow."""


class WaiterTimeoutError(WaiterError):
    """The waiter ran out of time."""


class ServiceError(WorkSpacesError):
    """The service answered with an error.

    Subclasses exist for every modeled exception and the common AWS codes; members of
    the exception shape are attributes of the modeled classes. `response` is the dict
    botocore puts on `ClientError.response`, for handlers ported from boto3.
    """

    #: (wire name, attribute) of every member of the exception shape, `message` included
    #: when the shape has it (that one is `.message`, read as botocore reads it).
    _members: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        request_id: str | None = None,
        http_status: int = 0,
        operation: str | None = None,
        body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        retry_attempts: int = 0,
    ) -> None:
        self.code = code if code is not None else type(self).__name__
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        self.operation = operation
        self.http_headers = _joined_headers(http_headers or {})
        """The answer's HTTP headers as botocore gives them: names in lower case, the
        values of a repeated header joined by ", "."""
        self.retry_attempts = retry_attempts
        """Retries made before this error was raised (0 when the first try failed)."""
        self._max_attempts_reached = False  # set by the pipeline, as botocore's retries do
        # Set by the pipeline when the body is no JSON object: botocore's `Error` block
        # then differs from `.code`/`.message` (which stay informative), and for a bare
        # 5xx page botocore drops the request id.
        self._response_error: dict[str, str] | None = None
        self._response_has_request_id = True
        self.modeled: dict[str, str] = {}
        """The exception shape's members the service sent, by wire name."""
        for wire, attr in self._members:
            value = body.get(wire) if body is not None else None
            value = value if isinstance(value, str) else None
            if value is not None:
                self.modeled[wire] = value
            if attr != "message":
                setattr(self, attr, value)
        super().__init__(self._describe())

    @property
    def response(self) -> dict[str, Any]:
        """The dict botocore's `ClientError.response` holds for the same answer.

        `{"Error": {"Code", "Message"}, "ResponseMetadata": {"RequestId",
        "HTTPStatusCode", "HTTPHeaders", "RetryAttempts"[, "MaxAttemptsReached"]}}` plus
        the modeled members of the exception shape, by wire name. A new dict each time:
        change it freely.
        """
        metadata: dict[str, Any] = {}
        if self.request_id is not None and self._response_has_request_id:
            metadata["RequestId"] = self.request_id
        metadata["HTTPStatusCode"] = self.http_status
        metadata["HTTPHeaders"] = dict(self.http_headers)
        metadata["RetryAttempts"] = self.retry_attempts
        if self._max_attempts_reached:
            metadata["MaxAttemptsReached"] = True
        return {
            "Error": dict(self._response_error)
            if self._response_error is not None
            else {"Message": self.message or "", "Code": self.code},
            "ResponseMetadata": metadata,
            **self.modeled,
        }

    def _describe(self) -> str:
        where = f" when calling {self.operation}" if self.operation else ""
        text = f"{self.code} (HTTP {self.http_status}){where}"
        if self.message:
            text += f": {self.message}"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


def _joined_headers(headers: Mapping[str, str]) -> dict[str, str]:
    # A multidict's items() yields every value of a repeated header; botocore (through
    # urllib3) joins them with ", ".
    joined: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        joined[key] = f"{joined[key]}, {value}" if key in joined else value
    return joined


class ThrottlingError(ServiceError):
    """The service throttled the request; retried by the retry layer first."""


class AuthError(ServiceError):
    """The request was not authenticated: a bad, expired or unknown credential or signature."""


class ServiceUnavailableError(ServiceError):
    """The service was unavailable (HTTP 503 or a ServiceUnavailable code)."""


class ResponseParseError(ServiceError):
    """The service's answer could not be read as the operation's output."""


# Every class reports `aioworkspaces.errors`, where users import it from (reprs, tracebacks
# and pickles name the public path), even before that module is loaded: the SDK imports
# this one, and the generated `errors` only when a first service error needs its classes.
for _value in list(globals().values()):
    if isinstance(_value, type) and issubclass(_value, WorkSpacesError):
        _value.__module__ = "aioworkspaces.errors"
del _value
