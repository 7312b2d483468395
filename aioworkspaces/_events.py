"""What hooks receive: the events of a call and its attempts (see `_hooks.Hooks`).

Loaded the first time a hook is registered and runs, not with the SDK: a program that
registers none never builds these classes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import ConfigurationError
from ._hooks import redact
from .types._shape import NOTHING
from .types._shape import field as _field_builder
from .types._shape import frozen as _frozen_builder

if TYPE_CHECKING:
    from attrs import field as _field
    from attrs import frozen as _frozen

    from ._exceptions import WorkSpacesError
else:
    # The events are what `attrs.define(frozen=True, slots=True)` makes (type checkers see
    # that), their methods written out below as attrs would make them: attrs compiling
    # them was most of what importing this module cost (see types/_shape.py).
    _field = _field_builder
    _frozen = _frozen_builder

__all__ = [
    "BeforeSignEvent",
    "CallEvent",
    "CallHook",
    "ReadOnly",
    "RequestEvent",
    "ResponseEvent",
]

# A header name as HTTP defines it (RFC 9110's token).
_TOKEN_CHARACTERS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# What the SDK sets and signs itself: a hook adding one of these is refused.
_RESERVED_HEADERS = frozenset(
    {
        "authorization",
        "content-length",
        "content-type",
        "host",
        "x-amz-content-sha256",
        "x-amz-date",
        "x-amz-security-token",
        "x-amz-target",
    }
)


@_frozen(kw_only=False, init=False, repr=False, eq=False)
class CallEvent:
    """One operation call, for `around_call` hooks."""

    operation: str
    """The operation's name in the model (`DescribeWorkspaces`)."""
    request: object
    """The request object (`DescribeWorkspacesRequest(...)`)."""
    region: str
    endpoint_url: str

    def __init__(self, operation: str, request: object, region: str, endpoint_url: str) -> None:
        _set = object.__setattr__
        _set(self, "operation", operation)
        _set(self, "request", request)
        _set(self, "region", region)
        _set(self, "endpoint_url", endpoint_url)

    def __repr__(self) -> str:
        return (
            f"CallEvent(operation={self.operation!r}, request={self.request!r}, "
            f"region={self.region!r}, endpoint_url={self.endpoint_url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, CallEvent)
        return (self.operation, self.request, self.region, self.endpoint_url) == (
            other.operation,
            other.request,
            other.region,
            other.endpoint_url,
        )

    def __hash__(self) -> int:
        return hash(("CallEvent", self.operation, self.request, self.region, self.endpoint_url))


@_frozen(kw_only=False, init=False, repr=False, eq=False)
class BeforeSignEvent:
    """One attempt about to be signed: `add_header` adds a header to it."""

    operation: str
    attempt: int
    url: str
    headers: Mapping[str, str]
    """The headers so far (a read-only view)."""
    _added: dict[str, str] = _field(factory=dict, repr=False, alias="_added")

    def __init__(
        self,
        operation: str,
        attempt: int,
        url: str,
        headers: Mapping[str, str],
        _added: dict[str, str] = NOTHING,
    ) -> None:
        _set = object.__setattr__
        _set(self, "operation", operation)
        _set(self, "attempt", attempt)
        _set(self, "url", url)
        _set(self, "headers", headers)
        _set(self, "_added", {} if _added is NOTHING else _added)

    def __repr__(self) -> str:
        return (
            f"BeforeSignEvent(operation={self.operation!r}, attempt={self.attempt!r}, "
            f"url={self.url!r}, headers={self.headers!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, BeforeSignEvent)
        return (self.operation, self.attempt, self.url, self.headers, self._added) == (
            other.operation,
            other.attempt,
            other.url,
            other.headers,
            other._added,
        )

    def __hash__(self) -> int:
        return hash(
            ("BeforeSignEvent", self.operation, self.attempt, self.url, self.headers, self._added)
        )

    def add_header(self, name: str, value: str) -> None:
        """Send `name: value` with this attempt (signed with the rest of the request).

        Headers the SDK sets itself (`Authorization`, `Content-Type`, `Host`,
        `X-Amz-Target`, `X-Amz-Date`, ...) cannot be replaced, and names or values
        other than printable ASCII are refused: `ConfigurationError`.
        """
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("add_header takes a str name and a str value")
        # Stripping every token character leaves nothing of a valid name (no regex
        # compiled at import for a check only hooks that add headers make).
        if not name or name.strip(_TOKEN_CHARACTERS):
            raise ConfigurationError(f"invalid header name {name!r}")
        if not (value.isascii() and value.isprintable()):
            raise ConfigurationError(
                f"invalid value for header {name!r}: printable ASCII only, no control characters"
            )
        if name.lower() in _RESERVED_HEADERS:
            raise ConfigurationError(f"the header {name!r} is set by the SDK; a hook cannot set it")
        self._added[name] = value


@_frozen(kw_only=False, init=False, repr=False, eq=False)
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

    def __init__(
        self, operation: str, attempt: int, url: str, headers: Mapping[str, str], body: bytes
    ) -> None:
        _set = object.__setattr__
        _set(self, "operation", operation)
        _set(self, "attempt", attempt)
        _set(self, "url", url)
        _set(self, "headers", headers)
        _set(self, "body", body)

    def __repr__(self) -> str:
        return (
            f"RequestEvent(operation={self.operation!r}, attempt={self.attempt!r}, "
            f"url={self.url!r}, headers={self.headers!r}, body={self.body!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, RequestEvent)
        return (self.operation, self.attempt, self.url, self.headers, self.body) == (
            other.operation,
            other.attempt,
            other.url,
            other.headers,
            other.body,
        )

    def __hash__(self) -> int:
        return hash(
            ("RequestEvent", self.operation, self.attempt, self.url, self.headers, self.body)
        )


@_frozen(kw_only=False, init=False, repr=False, eq=False)
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

    def __init__(
        self,
        operation: str,
        attempt: int,
        status: int | None,
        request_id: str | None,
        error: WorkSpacesError | None,
        elapsed: float,
    ) -> None:
        _set = object.__setattr__
        _set(self, "operation", operation)
        _set(self, "attempt", attempt)
        _set(self, "status", status)
        _set(self, "request_id", request_id)
        _set(self, "error", error)
        _set(self, "elapsed", elapsed)

    def __repr__(self) -> str:
        return (
            f"ResponseEvent(operation={self.operation!r}, attempt={self.attempt!r}, "
            f"status={self.status!r}, request_id={self.request_id!r}, "
            f"error={self.error!r}, elapsed={self.elapsed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ResponseEvent)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(("ResponseEvent", *self._values()))

    def _values(self) -> tuple[object, ...]:
        return (
            self.operation,
            self.attempt,
            self.status,
            self.request_id,
            self.error,
            self.elapsed,
        )


CallHook = Callable[[CallEvent, Callable[[], Awaitable[object]]], Awaitable[object]]
"""`async def hook(call: CallEvent, proceed) -> object`: awaits `proceed()` once."""


class ReadOnly(Mapping[str, str]):
    """A read-only view of a mapping (what a `before_sign` hook sees)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, str]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Any:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(redact(self._data))
