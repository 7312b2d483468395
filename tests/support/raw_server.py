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
from collections.abc import Awaitable, Callable

import attrs

from tests.support.tcp_server import LocalTcpServer

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


class RawServer(LocalTcpServer):
    """Serves `handler` for every request of every connection until stopped."""

    def __init__(self, handler: Handler) -> None:
        super().__init__()
        self.handler = handler
        self.requests: list[RawRequest] = []
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request = RawRequest(head, b"")
            length = int(request.header("Content-Length") or 0)
            request = RawRequest(head, await reader.readexactly(length))
            self.requests.append(request)
            await self.handler(request, writer)
            await writer.drain()
