"""Running several calls at once, the way `asyncio.TaskGroup` does, on Python 3.10 too."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

__all__ = ["gather_or_cancel"]

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
