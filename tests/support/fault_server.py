"""A scripted HTTP server on 127.0.0.1 for fault-injection tests and the soak run.

Each request gets the next scripted `Reply` (or, when the script is empty, what the
server's `responder` returns): a status, body and headers, a delay before the answer,
or a fault on the wire: the connection dropped before the answer or in the middle
of the body, a `Content-Length` longer than the body, a body that stalls.

The server runs its own event loop in a thread, so the client under test owns its
loop alone: the tasks and connections left on it after a test are the client's.

```python
with FaultServer() as server:
    server.script(error_reply("InternalFailure", 500), json_reply({"TagList": []}))
    client = WorkSpacesClient(REGION, endpoint_url=server.url, ...)
```
"""

from __future__ import annotations

import asyncio
import enum
import itertools
import json
import ssl
import threading
from collections import deque
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

import attrs
from aiohttp import web

__all__ = [
    "FAULTS",
    "Fault",
    "FaultServer",
    "Received",
    "Reply",
    "error_reply",
    "json_reply",
    "raw_reply",
]


class Fault(enum.Enum):
    """What goes wrong on the wire, beyond the status and body."""

    NONE = "none"
    DROP = "drop"
    """Close the connection without answering."""
    CUT_BODY = "cut-body"
    """Send the headers and half the body, then close the connection."""
    LONG_CONTENT_LENGTH = "long-content-length"
    """Declare a Content-Length 100 bytes longer than the body, send the body, go
    silent for `stall` seconds, then close."""
    STALL_BODY = "stall-body"
    """Send the headers and half the body, then go silent for `stall` seconds."""


@attrs.define(frozen=True, kw_only=True)
class Reply:
    """One scripted answer."""

    status: int = 200
    body: bytes = b"{}"
    headers: Mapping[str, str] = attrs.field(factory=dict)
    delay: float = 0.0
    """Seconds to wait before sending anything."""
    fault: Fault = Fault.NONE
    stall: float = 0.0
    """Seconds of silence for the stalling faults."""


@attrs.define(frozen=True)
class Received:
    """One request the server read."""

    target: str
    """The X-Amz-Target header (`WorkspacesService.<Operation>`)."""
    headers: Mapping[str, str]
    body: bytes

    @property
    def operation(self) -> str:
        return self.target.rpartition(".")[2]

    @property
    def access_key(self) -> str | None:
        """The access key id the request was signed with."""
        authorization = self.headers.get("Authorization", "")
        _, found, rest = authorization.partition("Credential=")
        return rest.split("/", 1)[0] if found else None

    def json(self) -> Any:
        return json.loads(self.body)


def json_reply(
    document: Any = None,
    status: int = 200,
    *,
    request_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    **options: Any,
) -> Reply:
    """A JSON answer (AWS JSON 1.1 content type); `options` go to `Reply`."""
    all_headers = {"Content-Type": "application/x-amz-json-1.1", **(headers or {})}
    if request_id is not None:
        all_headers["x-amzn-RequestId"] = request_id
    body = json.dumps({} if document is None else document).encode()
    return Reply(status=status, body=body, headers=all_headers, **options)


def error_reply(code: str, status: int = 400, message: str | None = None, **options: Any) -> Reply:
    """A service error answer with `__type` = `code`."""
    document = {"__type": f"com.amazonaws.workspaces#{code}", "message": message or code}
    return json_reply(document, status, **options)


def raw_reply(body: bytes, status: int = 200, content_type: str = "text/html") -> Reply:
    """An answer whose body is sent as it is."""
    return Reply(status=status, body=body, headers={"Content-Type": content_type})


_HTML = b"<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>"

#: Every kind of bad answer the SDK must survive, by name. The stalls and delays
#: are meant for a client whose read timeout is well below 0.5 s.
FAULTS: Mapping[str, Reply] = {
    "500": error_reply("InternalFailure", 500),
    "503": error_reply("ServiceUnavailable", 503),
    "throttling": error_reply("ThrottlingException", 400),
    "too-many-requests": error_reply("TooManyRequestsException", 429),
    "not-retryable": error_reply("InvalidParameterValuesException", 400, "bad value"),
    "drop": Reply(fault=Fault.DROP),
    "cut-body": json_reply({"TagList": [{"Key": "k", "Value": "v" * 64}]}, fault=Fault.CUT_BODY),
    "long-content-length": json_reply({"TagList": []}, fault=Fault.LONG_CONTENT_LENGTH, stall=0.5),
    "stall-body": json_reply(
        {"TagList": [{"Key": "k", "Value": "v" * 64}]}, fault=Fault.STALL_BODY, stall=0.5
    ),
    "slow": json_reply({"TagList": []}, delay=0.5),
    "invalid-json-200": raw_reply(b'{"TagList": [', 200, "application/x-amz-json-1.1"),
    "html-200": raw_reply(_HTML, 200),
    "invalid-json-500": raw_reply(b'{"__type": "Intern', 500, "application/x-amz-json-1.1"),
    "html-502": raw_reply(_HTML, 502),
    "empty-200": raw_reply(b"", 200, "application/x-amz-json-1.1"),
    "empty-500": raw_reply(b"", 500, "application/x-amz-json-1.1"),
}


class FaultServer:
    """An HTTP server on a free 127.0.0.1 port answering with scripted replies."""

    def __init__(
        self,
        responder: Callable[[Received], Reply] | None = None,
        *,
        tls: ssl.SSLContext | None = None,
        keep_requests: bool = True,
    ) -> None:
        self.tls = tls
        self.keep_requests = keep_requests
        """Keep every request in `received` (a long soak run only counts them)."""
        self.request_count = 0
        """Serve HTTPS with this server-side context (HTTP when None)."""
        self.responder: Callable[[Received], Reply] = responder or (lambda _: json_reply())
        self.received: list[Received] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._request_ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""

    # --- scripting -------------------------------------------------------------------

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with `replies`, in order."""
        with self._lock:
            self._script.extend(replies)

    @property
    def requests(self) -> int:
        """How many requests the server has read."""
        return self.request_count

    def open_connections(self) -> int:
        """Connections the server still has open."""
        loop = self._loop
        if loop is None or self._runner is None:
            return 0
        runner = self._runner

        async def count() -> int:
            server = runner.server
            return len(server.connections) if server is not None else 0

        return asyncio.run_coroutine_threadsafe(count(), loop).result(timeout=5)

    def _next_reply(self, received: Received) -> Reply:
        with self._lock:
            self.request_count += 1
            if self.keep_requests:
                self.received.append(received)
            if self._script:
                return self._script.popleft()
        return self.responder(received)

    # --- serving ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        received = Received(request.headers.get("X-Amz-Target", ""), dict(request.headers), body)
        reply = self._next_reply(received)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        headers = {"x-amzn-RequestId": f"req-{next(self._request_ids)}", **reply.headers}
        transport = request.transport
        if reply.fault is Fault.DROP:
            if transport is not None:
                transport.close()
            return web.Response(status=reply.status)
        if reply.fault is Fault.NONE:
            return web.Response(status=reply.status, body=reply.body, headers=headers)
        response = web.StreamResponse(status=reply.status, headers=headers)
        half = reply.body[: len(reply.body) // 2]
        if reply.fault is Fault.LONG_CONTENT_LENGTH:
            response.content_length = len(reply.body) + 100
            await response.prepare(request)
            await response.write(reply.body)
        else:
            response.content_length = len(reply.body)
            await response.prepare(request)
            await response.write(half)
        if reply.fault is not Fault.CUT_BODY:
            await asyncio.sleep(reply.stall)
        if request.transport is not None:
            request.transport.close()
        return response

    def start(self) -> str:
        """Start serving in a thread; returns the base URL."""
        started = threading.Event()
        loop = asyncio.new_event_loop()
        self._loop = loop

        def serve() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self._start())
            started.set()
            loop.run_forever()
            loop.run_until_complete(self._stop())
            loop.close()

        self._thread = threading.Thread(target=serve, name="fault-server", daemon=True)
        self._thread.start()
        if not started.wait(timeout=10):
            raise RuntimeError("the fault server did not start")
        return self.url

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # Cancelled handlers: a client that gives up leaves nothing running here.
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self.tls)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.base_events.Server)
        port = server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{port}"

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._loop = self._thread = None

    def __enter__(self) -> FaultServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
