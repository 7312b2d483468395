"""A bare HTTP/1.1 server on 127.0.0.1 whose answers are raw bytes the test writes.

For what a well-behaved server never does: an extra answer after the real one, a
body trickled a byte at a time, a huge body. Runs on the test's own event loop.

```python
async def answer(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    writer.write(http_answer(b"{}"))

async with RawServer(answer) as server:
    client = WorkSpacesClient(REGION, endpoint_url=server.url, ...)
```
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from types import TracebackType

import attrs

__all__ = ["RawRequest", "RawServer", "http_answer"]


@attrs.define(frozen=True)
class RawRequest:
    head: bytes
    body: bytes

    def header(self, name: str) -> str | None:
        for line in self.head.decode("latin-1").split("\r\n")[1:]:
            key, _, value = line.partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None


Handler = Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]]


def http_answer(body: bytes, status: int = 200, extra_headers: str = "") -> bytes:
    """A complete HTTP/1.1 answer with a Content-Length, kept alive."""
    return (
        f"HTTP/1.1 {status} OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
        f"Content-Length: {len(body)}\r\nx-amzn-RequestId: raw\r\n{extra_headers}\r\n"
    ).encode() + body


class RawServer:
    """Serves `handler` for every request of every connection until stopped."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[RawRequest] = []
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.url = ""

    @property
    def tasks(self) -> set[asyncio.Task[None]]:
        """The server's own tasks (one per open connection)."""
        return set(self._tasks)

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request = RawRequest(head, b"")
                length = int(request.header("Content-Length") or 0)
                request = RawRequest(head, await reader.readexactly(length))
                self.requests.append(request)
                await self.handler(request, writer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
