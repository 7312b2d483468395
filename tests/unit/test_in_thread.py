"""`_concurrency.in_thread`: the SDK's one-off blocking work, off the event loop.

It stands in for `asyncio.to_thread` where a program's first call would otherwise start
the default executor's thread pool; it must behave as `to_thread` does.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time

import pytest

from aioworkspaces._concurrency import in_thread

REQUEST = contextvars.ContextVar("REQUEST", default="none")


async def test_the_result_comes_back_and_the_work_ran_off_the_loop() -> None:
    loop_thread = threading.get_ident()

    def work(a: int, b: int) -> tuple[int, int]:
        return a + b, threading.get_ident()

    total, worker = await in_thread(work, 2, 3)
    assert total == 5
    assert worker != loop_thread


async def test_an_exception_reaches_the_caller_with_its_type() -> None:
    def fail() -> None:
        raise PermissionError("no access to ~/.aws/config")

    with pytest.raises(PermissionError, match="no access"):
        await in_thread(fail)


async def test_the_work_sees_the_callers_context_variables() -> None:
    REQUEST.set("req-1")
    assert await in_thread(REQUEST.get) == "req-1"


async def test_cancelling_the_caller_drops_the_late_outcome_without_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    release = threading.Event()
    finished = threading.Event()

    def slow() -> str:
        release.wait(5)
        finished.set()
        return "late"

    task = asyncio.ensure_future(in_thread(slow))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    release.set()
    assert finished.wait(5)
    await asyncio.sleep(0.05)  # the thread's late outcome reaches the loop, and is dropped
    assert not [r for r in caplog.records if r.name == "asyncio"], caplog.records


def test_a_loop_that_closed_first_does_not_break_the_thread() -> None:
    errors: list[BaseException | None] = []
    hook = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)
    release = threading.Event()
    try:

        async def main() -> None:
            task = asyncio.ensure_future(in_thread(release.wait, 5))
            await asyncio.sleep(0.01)
            task.cancel()

        asyncio.run(main())  # the loop is closed; the thread still runs
        release.set()
        time.sleep(0.1)
    finally:
        threading.excepthook = hook
    assert errors == []
