"""Accounting for what a client may leave behind: connections, tasks, warnings, memory."""

from __future__ import annotations

import asyncio
import gc
import os
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp

from aioworkspaces import AiohttpTransport, WorkSpacesClient

__all__ = [
    "client_connections",
    "connections_in_use",
    "pending_tasks",
    "resource_problems",
    "rss_bytes",
    "wait_until",
]


def _connector(client: WorkSpacesClient) -> aiohttp.BaseConnector | None:
    transport = client.transport
    session = transport.session if isinstance(transport, AiohttpTransport) else None
    return session.connector if session is not None else None


def connections_in_use(client: WorkSpacesClient) -> int:
    """Connections the client's pool has handed out and not taken back."""
    connector = _connector(client)
    return len(connector._acquired) if connector is not None else 0


def client_connections(port: int) -> int:
    """TCP sockets this process holds open to `port` on 127.0.0.1 (Linux /proc).

    Counted from the file descriptors, so a connection the pool forgot but never
    closed counts too.
    """
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed while listing
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        remote_port = int(fields[2].rsplit(":", 1)[1], 16)
        if remote_port == port and fields[9] in inodes:
            count += 1
    return count


def pending_tasks() -> set[asyncio.Task[Any]]:
    """Tasks of the running loop other than the caller's own."""
    current = asyncio.current_task()
    return {task for task in asyncio.all_tasks() if task is not current and not task.done()}


async def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll `condition` until it holds or `timeout` passes; whether it held."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


@contextmanager
def resource_problems() -> Iterator[list[str]]:
    """Collect ResourceWarnings and loop exception reports (unclosed sessions,
    connectors, transports, never-retrieved task exceptions) raised inside the block."""
    problems: list[str] = []
    loop = asyncio.get_running_loop()
    previous_handler = loop.get_exception_handler()

    def on_loop_error(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        problems.append(str(context.get("message")))

    loop.set_exception_handler(on_loop_error)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        try:
            yield problems
        finally:
            gc.collect()
            problems.extend(
                str(w.message) for w in caught if issubclass(w.category, ResourceWarning)
            )
            loop.set_exception_handler(previous_handler)


def rss_bytes() -> int:
    """The process's resident set size now (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")
