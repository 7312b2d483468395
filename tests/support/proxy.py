"""A small HTTP proxy on 127.0.0.1: CONNECT tunnels and plain forwarding, counted.

It records the request line and the `Proxy-Authorization` header of every request,
so tests can see that a client went through it (and with which credentials).
"""

from __future__ import annotations

import asyncio

from tests.support.tcp_server import LocalTcpServer

__all__ = ["LocalProxy"]


class LocalProxy(LocalTcpServer):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []
        self.authorizations: list[str | None] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        self.requests.append(f"{method} {target}")
        auth = next(
            (
                ln.split(":", 1)[1].strip()
                for ln in lines[1:]
                if ln.lower().startswith("proxy-authorization:")
            ),
            None,
        )
        self.authorizations.append(auth)
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
        else:  # absolute-form: forward the request as it came, minus proxy headers
            rest = target.split("://", 1)[1]
            hostport = rest.split("/", 1)[0]
            host, port = hostport.rsplit(":", 1)
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            path = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
            kept = [ln for ln in lines[1:] if not ln.lower().startswith("proxy-")]
            up_writer.write(f"{method} {path} HTTP/1.1\r\n".encode() + "\r\n".join(kept).encode())
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()
