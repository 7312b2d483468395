"""The start and stop that the tests' bare asyncio servers share.

A `LocalTcpServer` listens on 127.0.0.1 on a free port of its own, serves each
connection in a task of the test's event loop, and on exit cancels those tasks and
closes everything. Subclasses write `handle`, one connection from accept to close.
"""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType
from typing import TypeVar

__all__ = ["LocalTcpServer"]

_S = TypeVar("_S", bound="LocalTcpServer")


class LocalTcpServer:
    """An asyncio server on 127.0.0.1; `url` is `http://127.0.0.1:<port>` once entered."""

    def __init__(self) -> None:
        self.url = ""
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def tasks(self) -> set[asyncio.Task[None]]:
        """The server's own tasks (one per open connection)."""
        return set(self._tasks)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve one connection; the writer is closed afterwards whatever happened."""
        raise NotImplementedError

    async def __aenter__(self: _S) -> _S:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
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

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self.handle(reader, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the peer went away, or the server is stopping
        finally:
            self._tasks.discard(task)
            writer.close()
