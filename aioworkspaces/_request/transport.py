"""The transport seam: one signed request in, one whole answer out.

`Transport` is the interface (`send` and `close`); `AiohttpTransport` is the one the
client uses unless given another, and `aioworkspaces.testing.MockTransport` answers
from a function, in memory, for unit tests. The pipeline above it signs, retries and
parses; a transport only moves bytes.
"""

from __future__ import annotations

import abc
import asyncio
import os
import ssl
import urllib.request
import warnings
from collections.abc import AsyncGenerator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import aiohttp
import orjson
from multidict import CIMultiDict, CIMultiDictProxy

from .._concurrency import in_thread
from .._config import ClientConfig
from .._exceptions import (
    ClientClosedError,
    ConfigurationError,
    ConnectTimeoutError,
    DeadlineExceededError,
    ReadTimeoutError,
    ResponseTooLargeError,
    TransportError,
    UsageError,
)
from ..types._shape import frozen as _frozen_builder

if TYPE_CHECKING:
    from attrs import frozen as _frozen

    from .profiles import SharedConfig
else:
    # Both classes are what `attrs.define(frozen=True, slots=True)` makes (type checkers
    # see that), their methods written out below as attrs would make them: attrs
    # compiling them was most of what importing this module cost (see types/_shape.py).
    _frozen = _frozen_builder

__all__ = ["AiohttpTransport", "HttpRequest", "HttpResponse", "Transport"]

_JSON_CONTENT_TYPE = "application/x-amz-json-1.1"
_MISSING: Any = object()
# Read in pieces of this size when the answer does not say how long it is, so a
# huge answer is refused at the ceiling instead of being read whole first.
_CHUNK = 256 * 1024


@_frozen(kw_only=False, init=False, repr=False, eq=False)
class HttpRequest:
    """One signed request, as a transport sends it."""

    method: str
    """Always `POST` for this API."""
    url: str
    headers: Mapping[str, str]
    """The headers to send, signature included."""
    body: bytes
    operation: str
    """The operation's name as the service spells it (`DescribeWorkspaces`)."""
    timeout: float | None = None
    """Seconds left before the call's deadline (`ClientConfig.call_timeout`), or None."""

    def __init__(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        operation: str,
        timeout: float | None = None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "method", method)
        _set(self, "url", url)
        _set(self, "headers", headers)
        _set(self, "body", body)
        _set(self, "operation", operation)
        _set(self, "timeout", timeout)

    def __repr__(self) -> str:
        return (
            f"HttpRequest(method={self.method!r}, url={self.url!r}, "
            f"headers={self.headers!r}, body={self.body!r}, "
            f"operation={self.operation!r}, timeout={self.timeout!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, HttpRequest)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(("HttpRequest", *self._values()))

    def _values(self) -> tuple[object, ...]:
        return (self.method, self.url, self.headers, self.body, self.operation, self.timeout)

    @property
    def target(self) -> str:
        """The `X-Amz-Target` header: `WorkspacesService.<operation>`."""
        return self.headers.get("X-Amz-Target", "")

    def json(self) -> Any:
        """The body, parsed: the operation's input in wire member names."""
        return orjson.loads(self.body) if self.body else {}


@_frozen(kw_only=False, init=False, repr=False, eq=False)
class HttpResponse:
    """A whole HTTP answer: status, headers (case-insensitive) and body.

    `HttpResponse(200, json={"Workspaces": []})` builds a JSON answer, with the
    content type the service uses; `HttpResponse(400, json={"__type":
    "ThrottlingException", "message": "slow down"})` an error answer.
    """

    status: int
    """The HTTP status."""
    headers: Mapping[str, str]
    """The answer's headers; names are looked up case-insensitively."""
    body: bytes
    """The whole body, as received."""

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        *,
        json: Any = _MISSING,
    ) -> None:
        if not isinstance(headers, (CIMultiDictProxy, CIMultiDict)):
            headers = CIMultiDict(headers or {})
        if json is not _MISSING:
            body = orjson.dumps(json)
            if "Content-Type" not in headers:
                headers = CIMultiDict(headers)
                headers["Content-Type"] = _JSON_CONTENT_TYPE
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "headers", headers)
        object.__setattr__(self, "body", body)

    def __repr__(self) -> str:
        return f"HttpResponse(status={self.status!r}, headers={self.headers!r}, body={self.body!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, HttpResponse)
        return (self.status, self.headers, self.body) == (other.status, other.headers, other.body)

    def __hash__(self) -> int:
        return hash(("HttpResponse", self.status, self.headers, self.body))


class Transport(abc.ABC):
    """Sends one signed request and returns the whole answer.

    Implementations raise `TransportError` (or a subclass) when no whole answer came:
    the pipeline retries those as connection errors. Any other `WorkSpacesError`
    raised by `send` ends the call as it is, without a retry.
    """

    requires_credentials: ClassVar[bool] = True
    """False for in-memory transports: a client without credentials then sends its
    requests unsigned instead of failing with `CredentialsError`."""

    @abc.abstractmethod
    async def send(self, request: HttpRequest) -> HttpResponse:
        """Send `request`; return the status, headers and whole body of the answer."""

    async def close(self) -> None:  # noqa: B027 (doing nothing is a fine default)
        """Release connections; the transport is not used again afterwards."""


class _CheckedConnector(aiohttp.TCPConnector):
    """A pool that never hands out a connection holding bytes nobody asked for.

    A server that writes more than one answer to one request leaves the extra one in
    the connection's buffer; reused, the connection would give it to the next request
    (aiohttp's pool only checks the socket is open). Sync botocore (urllib3) checks the
    socket before reuse; this does the same with the protocol's buffers.
    """

    # aiohttp has no public hook for "a pooled connection is about to be reused";
    # `_get` has been that step through aiohttp 3.x (see the guard below).
    async def _get(self, *args: Any, **kwargs: Any) -> Any:
        while True:
            connection = await super()._get(*args, **kwargs)
            if connection is None:
                return None
            protocol = connection.protocol
            if protocol is None or not protocol.should_close:
                return connection
            connection.close()  # unread bytes: drop it and try the next one


if not hasattr(aiohttp.TCPConnector, "_get"):  # pragma: no cover (an aiohttp that moved it)
    del _CheckedConnector._get


class AiohttpTransport(Transport):
    """The default transport: aiohttp, a bounded pool, timeouts, TLS and proxies.

    It owns its aiohttp session unless given one (`session=`), which it never closes.
    Settings of `config` that a caller-owned session cannot take (its pool size) are
    named in a warning. Answers are asked for uncompressed and read up to
    `config.max_response_size`.
    """

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        session: aiohttp.ClientSession | None = None,
        profile: str | None = None,
    ) -> None:
        from .profiles import SharedConfig

        self._init(config or ClientConfig(), session, SharedConfig(profile), stacklevel=3)

    @classmethod
    def _for_client(
        cls, config: ClientConfig, session: aiohttp.ClientSession | None, shared: SharedConfig
    ) -> AiohttpTransport:
        transport = cls.__new__(cls)
        transport._init(config, session, shared, stacklevel=4)
        return transport

    def _init(
        self,
        config: ClientConfig,
        session: aiohttp.ClientSession | None,
        shared: SharedConfig,
        stacklevel: int,
    ) -> None:
        self._config = config
        self._shared = shared
        self._session = session
        self._owns_session = session is None
        self._closed = False
        self._started = False
        self._loop_end: AsyncGenerator[None, None] | None = None
        self._starting: asyncio.Lock | None = None
        self._ssl: ssl.SSLContext | bool = True
        self._tls_ready = False  # whether `_ssl` says what the settings ask for yet
        self._proxies: dict[str, str | None] = {}  # endpoint URL -> its proxy
        self._max_size = config.max_response_size
        self._timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=config.connect_timeout, sock_read=config.read_timeout
        )
        if session is not None:
            ignored = []
            if config.max_pool_connections != ClientConfig().max_pool_connections:
                ignored.append(f"max_pool_connections={config.max_pool_connections}")
            if ignored:
                warnings.warn(
                    f"{', '.join(ignored)} cannot be applied to the caller-owned aiohttp "
                    "session (its connector decides); set it on that session's connector",
                    UserWarning,
                    stacklevel=stacklevel,
                )

    @property
    def session(self) -> aiohttp.ClientSession | None:
        """The aiohttp session in use: the caller's, or the transport's own once the
        first request opened it (None before, and after `close`)."""
        return self._session

    def __repr__(self) -> str:
        owner = "owned" if self._owns_session else "caller's"
        return f"<AiohttpTransport {owner} session closed={self._closed}>"

    async def _start(self, url: str) -> None:
        if self._starting is None:
            self._starting = asyncio.Lock()
        async with self._starting:
            if self._started:
                return
            if self._session is None:
                self._session = aiohttp.ClientSession(
                    connector=_CheckedConnector(
                        limit=self._config.max_pool_connections,
                        ssl=self._ssl,
                        enable_cleanup_closed=True,
                    ),
                    timeout=self._timeout,
                    auto_decompress=False,
                    skip_auto_headers=("User-Agent",),
                )
                self._loop_end = self._close_at_loop_end(asyncio.get_running_loop())
                await self._loop_end.__anext__()
            self._started = True

    async def _close_at_loop_end(
        self, loop: asyncio.AbstractEventLoop
    ) -> AsyncGenerator[None, None]:
        """Closes the owned session when `close()` runs, or else when its loop ends.

        Suspended at `yield` while the session lives. `asyncio.run` ends by closing
        every async generator started on its loop (`loop.shutdown_asyncgens`), so a
        client nobody closed still closes its connections on their own loop, instead
        of leaving sockets that no loop can close any more.
        """
        try:
            yield
        finally:
            session, self._session = self._session, None
            self._started = False
            if session is not None and asyncio.get_running_loop() is loop:
                await session.close()

    def _tls_context(self) -> ssl.SSLContext | bool:
        """What to verify certificates against (blocking: runs in a worker thread)."""
        verify = self._config.verify
        if verify is None:
            verify = os.environ.get("AWS_CA_BUNDLE") or self._shared.get("ca_bundle") or True
        context: ssl.SSLContext | bool = verify if isinstance(verify, bool) else True
        if isinstance(verify, str):
            path = os.path.expanduser(verify)
            try:
                context = ssl.create_default_context(cafile=path)
            except (OSError, ssl.SSLError) as exc:
                raise ConfigurationError(f"cannot load the CA bundle {path}: {exc}") from None
        return context

    async def send(self, request: HttpRequest) -> HttpResponse:
        """POST the request; a failure to get a whole answer is a `TransportError`."""
        if self._closed:
            raise ClientClosedError(f"{request.operation}: the client is closed; nothing was sent")
        if not self._started:
            await self._start(request.url)
        session = self._session
        assert session is not None
        if session.closed:
            raise UsageError(
                f"{request.operation}: the aiohttp session passed as session= was closed "
                "while the client still used it; nothing was sent"
            )
        timeout = self._timeout
        if request.timeout is not None:
            timeout = aiohttp.ClientTimeout(
                total=max(request.timeout, 0.001),
                sock_connect=self._config.connect_timeout,
                sock_read=self._config.read_timeout,
            )
        url = request.url
        proxy = self._proxies.get(url, _MISSING)
        if proxy is _MISSING:  # the environment, read once per endpoint (no file I/O)
            proxy = self._proxies[url] = _proxy_for(url, self._config.proxies)
        if not self._tls_ready and (url[:6].lower() == "https:" or _is_https(proxy)):
            # The CA bundle is read the first time TLS is used, once, in a worker thread
            # (no file I/O on the loop): a plain-HTTP endpoint (a local service) never
            # pays for loading it, as botocore only reads it for an https URL.
            self._ssl = await in_thread(self._tls_context)
            self._tls_ready = True
        try:
            async with session.request(
                request.method,
                url,
                data=request.body,
                headers={**request.headers, "Accept-Encoding": "identity"},
                timeout=timeout,
                allow_redirects=False,
                proxy=proxy,
                ssl=self._ssl,
            ) as response:
                body = await self._read(response, request)
                return HttpResponse(response.status, response.headers, body)
        except asyncio.TimeoutError as exc:
            # aiohttp's per-request `total` (the call's deadline) raises a bare TimeoutError;
            # its connect and read timeouts raise ServerTimeoutError subclasses.
            if request.timeout is not None and not isinstance(exc, aiohttp.ServerTimeoutError):
                raise DeadlineExceededError(
                    f"{request.operation}: no whole answer from {url} before the call's "
                    f"deadline (ClientConfig.call_timeout)"
                ) from None
            if isinstance(exc, aiohttp.ConnectionTimeoutError):
                raise ConnectTimeoutError(f"could not connect to {url} in time") from exc
            raise ReadTimeoutError(f"no answer from {url} within the read timeout") from exc
        except aiohttp.ClientConnectorError as exc:
            if self._closed:
                raise ClientClosedError(f"{request.operation}: the client was closed") from None
            raise TransportError(f"could not connect to {url}: {_reason(exc)}") from exc
        except aiohttp.ClientError as exc:
            if self._closed:
                raise ClientClosedError(f"{request.operation}: the client was closed") from None
            raise TransportError(f"{type(exc).__name__} talking to {url}: {exc}") from exc
        except RuntimeError as exc:  # aiohttp's word for a closed session or a dead loop
            what = "the aiohttp session passed as session= is closed" if session.closed else exc
            raise UsageError(f"{request.operation}: {what}") from None

    async def _read(self, response: aiohttp.ClientResponse, request: HttpRequest) -> bytes:
        """The whole body, refused past the ceiling (announced or counted)."""
        limit = self._max_size
        declared = response.content_length
        if declared is not None and declared <= limit:
            return await response.read()
        if declared is not None:
            response.close()  # the connection is dropped, its body never read
            raise self._too_large(request, f"it announced {declared} bytes")
        pieces: list[bytes] = []
        size = 0
        async for piece in response.content.iter_chunked(_CHUNK):
            size += len(piece)
            if size > limit:
                response.close()
                raise self._too_large(request, f"more than {limit} bytes came")
            pieces.append(piece)
        return b"".join(pieces)

    def _too_large(self, request: HttpRequest, what: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{request.operation}: the answer is larger than ClientConfig.max_response_size "
            f"({self._max_size} bytes): {what}"
        )

    async def close(self) -> None:
        """Close the connections (not a caller-owned session); final."""
        self._closed = True
        loop_end, self._loop_end = self._loop_end, None
        if loop_end is not None:  # owned session: closed by the generator's `finally`
            await loop_end.aclose()
        self._session = self._session if not self._owns_session else None


def _is_https(proxy: str | None) -> bool:
    return proxy is not None and proxy[:6].lower() == "https:"


def _proxy_for(url: str, proxies: Mapping[str, str] | None) -> str | None:
    """The proxy for `url`: from `proxies`, else the environment (NO_PROXY honoured)."""
    parts = urlsplit(url)
    if proxies is not None:
        return proxies.get(parts.scheme)
    environment = urllib.request.getproxies_environment()
    proxy = environment.get(parts.scheme)
    if not proxy:
        return None
    # Not in typeshed, but part of urllib.request since Python 3.0 (what requests uses).
    if urllib.request.proxy_bypass_environment(parts.netloc, environment):  # type: ignore[attr-defined]
        return None
    if "://" not in proxy:  # HTTPS_PROXY=proxy:3128, as curl and botocore accept
        proxy = f"http://{proxy}"
    return proxy


def _reason(exc: aiohttp.ClientConnectorError) -> str:
    # asyncio words a refused connection "Connect call failed"; the errno says why.
    # (TLS errors carry OpenSSL's codes in errno, and say why themselves.)
    error = exc.os_error
    if error.errno is not None and error.errno > 0 and not isinstance(error, ssl.SSLError):
        return f"{os.strerror(error.errno)} ({error})"
    return str(error or exc)
