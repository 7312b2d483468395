"""Running several calls at once, the way `asyncio.TaskGroup` does, on Python 3.10 too;
and one-off blocking work off the event loop."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

__all__ = ["gather_or_cancel", "in_thread"]

_T = TypeVar("_T")


async def gather_or_cancel(awaitables: Iterable[Awaitable[_T]]) -> list[_T]:
    """The results in order; the first failure (or a cancellation) cancels the rest.

    Unlike a bare `asyncio.gather`, no call is left running behind the caller's back:
    every task has finished or been cancelled when this returns or raises.
    """
    tasks = [asyncio.ensure_future(item) for item in awaitables]
    try:
        return list(await asyncio.gather(*tasks))
    finally:
        pending = [task for task in tasks if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)


async def in_thread(function: Callable[..., _T], *args: Any) -> _T:
    """`asyncio.to_thread(function, *args)` for the SDK's one-off blocking work (reading
    the config files, resolving credentials or the endpoint, loading a CA bundle), in a
    short-lived thread of its own.

    The default executor's first use imports and starts a thread pool, about a
    millisecond of a program's first call, paid only here: a program that never uses
    `to_thread` itself never needs the pool. As with `to_thread`, `function` sees the
    caller's context variables, and cancelling the awaiting task leaves the thread to
    finish on its own (its outcome is then dropped).
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[_T] = loop.create_future()
    context = contextvars.copy_context()

    def deliver(outcome: Callable[[], None]) -> None:
        try:
            loop.call_soon_threadsafe(outcome)
        except RuntimeError:  # the loop has closed: nobody is waiting any more
            pass

    def run() -> None:
        try:
            result = context.run(function, *args)
        except BaseException as exc:  # handed to the awaiting task, as to_thread does
            error = exc
            deliver(lambda: None if future.done() else future.set_exception(error))
        else:
            deliver(lambda: None if future.done() else future.set_result(result))

    threading.Thread(target=run, name="aioworkspaces-in-thread", daemon=True).start()
    return await future
