"""`client.wait`: poll WorkSpaces, images, directories and pools until they reach a state.

One polling engine (`_Poll`) serves every waiter. Each id has its own schedule: it is
polled again when its change could have finished, a delay that grows with the time
since the change began (15% of it, jittered, between `min_delay` and `max_delay`), so
the WorkSpaces a bulk call started late are not polled early, nor the early ones late.
The ids due are described in batches of 25 (the API's limit), the batches concurrently,
each batch filled up with the ids due next: the fewest calls that do the job. An id that is not
visible yet (just created) is pending; an id that disappears counts as done for the
"gone" targets (terminated, deregistered) and as a failure for the others. Cancelling
the awaiting task stops polling at once: the sleep and in-flight calls are cancelled.
`timeout` is a deadline: a poll still in flight when it passes is cancelled too. Every
Describe call is followed through `NextToken` to its last page.
"""

from __future__ import annotations

import asyncio
import inspect
import random
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

if sys.version_info >= (3, 11):
    from typing import TypedDict, Unpack
else:  # pragma: no cover - generic TypedDict needs 3.11
    from typing_extensions import TypedDict, Unpack

import attrs

from ._concurrency import gather_or_cancel
from ._serialization.validation import check_ids
from .errors import ParamValidationError, WaiterFailedError, WaiterTimeoutError

if TYPE_CHECKING:
    from ._client import WorkSpacesClient
    from .types import (
        Workspace,
        WorkspaceDirectory,
        WorkspaceDirectoryState,
        WorkspaceImage,
        WorkspaceImageState,
        WorkspacesPool,
        WorkspacesPoolState,
        WorkspaceState,
    )

__all__ = ["BATCH_SIZE", "ProgressCallback", "WaitOptions", "Waiters"]

#: Ids per Describe call: the model's maximum for WorkspaceIds, ImageIds, DirectoryIds, PoolIds.
BATCH_SIZE = 25
#: Describe calls in flight at once while polling.
_CONCURRENT_BATCHES = 8
#: An id is polled again after this share of the time since its change began ...
_AGE_SHARE = 0.15
#: ... jittered down to this share of that, at most.
_JITTER = 0.75

ObjT = TypeVar("ObjT")
StateT = TypeVar("StateT")

#: Called after every poll with each id's latest state (`None` while not visible).
ProgressCallback = Callable[[dict[str, StateT | None]], object]
"""What `on_progress` is called with after each poll: id -> latest state (`None` while not visible)."""


class WaitOptions(TypedDict, Generic[StateT], total=False):
    """The keyword options every waiter takes (the defaults depend on the waiter)."""

    timeout: float
    """Seconds to wait in all, the poll in flight included (WorkSpaces, directories, pools:
    1800; images: 3600)."""
    min_delay: float
    """Seconds between polls of an id at least (5; images 15); the delay grows with the
    time its change has taken so far (15% of it, jittered)."""
    max_delay: float
    """Seconds between polls of an id at most (60; images 120)."""
    on_progress: ProgressCallback[StateT] | None
    """Called after each poll with id -> latest state (`None` while not visible)."""


_OPTIONS = frozenset(WaitOptions.__annotations__)


@attrs.frozen
class _Target(Generic[StateT]):
    """What "done" and "failed" mean for one waiter."""

    name: str
    done: frozenset[str]
    failed: frozenset[str]
    gone_is_done: bool
    timeout: float = 1800.0
    min_delay: float = 5.0
    max_delay: float = 60.0


@attrs.frozen
class _Resource(Generic[ObjT, StateT]):
    """How to describe one kind of resource and read its id and state."""

    describe: Callable[[list[str]], Awaitable[list[ObjT]]]
    id_of: Callable[[ObjT], str | None]
    state_of: Callable[[ObjT], StateT | None]


class _Poll(Generic[ObjT, StateT]):
    """Polls `ids` of one resource kind until every one is done, or raises."""

    def __init__(
        self,
        resource: _Resource[ObjT, StateT],
        target: _Target[StateT],
        ids: Iterable[str],
        options: WaitOptions[StateT],
        *,
        rng: Callable[[float, float], float],
        sleep: Callable[[float], Awaitable[object]],
        started: Mapping[str, float] | None = None,
    ) -> None:
        self.ids = list(dict.fromkeys(check_ids(target.name, ids)))
        timeout = options.get("timeout", target.timeout)
        min_delay = options.get("min_delay", target.min_delay)
        max_delay = options.get("max_delay")
        on_progress = options.get("on_progress")
        problems = [f"{name}: unknown option" for name in options if name not in _OPTIONS]
        for name, value in (("timeout", timeout), ("min_delay", min_delay)):
            if not _is_number(value) or not value > 0:
                problems.append(f"{name}: must be a number > 0, got {value!r}")
        if max_delay is None:
            max_delay = max(target.max_delay, min_delay) if _is_number(min_delay) else 0.0
        elif not _is_number(max_delay) or (_is_number(min_delay) and max_delay < min_delay):
            problems.append(
                f"max_delay: must be a number >= min_delay ({min_delay}), got {max_delay!r}"
            )
        if on_progress is not None and not callable(on_progress):
            problems.append(f"on_progress: must be callable, got {type(on_progress).__name__}")
        if problems:
            raise ParamValidationError(target.name, problems)
        self.timeout = timeout
        self.min_delay = min_delay
        self.max_delay = max_delay
        self.on_progress = on_progress
        self.resource = resource
        self.target = target
        self.rng = rng
        self.sleep = sleep
        self.states: dict[str, StateT | None] = dict.fromkeys(self.ids)
        self.objects: dict[str, ObjT] = {}
        self.seen: set[str] = set()
        # The schedule, on a clock that a substituted `sleep` moves too.
        self._clock = time.monotonic
        self._virtual = self._clock()
        now = self._now()
        self.started = {i: (started or {}).get(i, now) for i in self.ids}
        """When each id's change began: its bulk call's answer, or the waiter's start."""
        self.polls = dict.fromkeys(self.ids, 0)
        self.due = {
            i: now if started is None or i not in started else self._next(i, started[i])
            for i in self.ids
        }

    def _now(self) -> float:
        self._virtual = max(self._virtual, self._clock())
        return self._virtual

    async def _sleep(self, delay: float) -> None:
        target = self._now() + delay
        await self.sleep(delay)
        self._virtual = max(self._virtual, target)

    def _next(self, id_: str, now: float) -> float:
        """When to poll `id_` next, after a poll at `now`."""
        age = now - self.started[id_]
        ceiling = min(self.max_delay, max(self.min_delay, _AGE_SHARE * age))
        return now + self.rng(max(self.min_delay, _JITTER * ceiling), ceiling)

    def _is_done(self, id_: str) -> bool:
        state = self.states[id_]
        if state is None:
            return self.target.gone_is_done and (id_ in self.seen or self.polls[id_] > 0)
        return _value(state) in self.target.done

    def _failure(self, id_: str) -> str | None:
        state = self.states[id_]
        if state is None:
            if id_ in self.seen and not self.target.gone_is_done:
                return f"{id_} disappeared"
            return None
        if _value(state) in self.target.failed:
            return f"{id_} is {_value(state)}"
        return None

    async def _poll_once(self, pending: list[str]) -> None:
        limit = asyncio.Semaphore(_CONCURRENT_BATCHES)

        async def describe(batch: list[str]) -> list[ObjT]:
            async with limit:
                return await self.resource.describe(batch)

        batches = [pending[i : i + BATCH_SIZE] for i in range(0, len(pending), BATCH_SIZE)]
        described = await gather_or_cancel(describe(batch) for batch in batches)
        visible: dict[str, ObjT] = {}
        for objects in described:
            for obj in objects:
                id_ = self.resource.id_of(obj)
                if id_ is not None:
                    visible[id_] = obj
        for id_ in pending:
            if id_ in visible:
                self.seen.add(id_)
                self.objects[id_] = visible[id_]
                self.states[id_] = self.resource.state_of(visible[id_])
            else:
                self.states[id_] = None
                self.objects.pop(id_, None)

    def _select(self, pending: list[str], now: float) -> list[str]:
        """The ids due, and as many of those due next as fill their last batch."""
        by_due = sorted(pending, key=self.due.__getitem__)
        due = sum(1 for i in by_due if self.due[i] <= now)
        return by_due[: -(-due // BATCH_SIZE) * BATCH_SIZE]

    async def run(self) -> list[ObjT]:
        deadline = self._now() + self.timeout
        pending = list(self.ids)
        while pending:
            now = self._now()
            wake = min(self.due[i] for i in pending)
            if wake > now:
                if wake > deadline:
                    # No poll fits before the deadline: the last one was the last.
                    await self._sleep(max(deadline - now, 0.0))
                    raise self._timed_out(pending)
                await self._sleep(wake - now)
                now = self._now()
            polled = self._select(pending, now)
            if not await self._poll_before(polled, deadline - now):
                raise self._timed_out(pending)
            now = self._now()
            for id_ in polled:
                self.polls[id_] += 1
                self.due[id_] = self._next(id_, now)
            await self._report()
            failures = [f for f in map(self._failure, self.ids) if f]
            if failures:
                raise WaiterFailedError(
                    f"{self.target.name}: {'; '.join(failures[:10])}"
                    + (f" (and {len(failures) - 10} more)" if len(failures) > 10 else ""),
                    self.states,
                )
            pending = [i for i in self.ids if not self._is_done(i)]
        return [self.objects[i] for i in self.ids if i in self.objects]

    async def _poll_before(self, pending: list[str], remaining: float) -> bool:
        """Poll once, unless `remaining` seconds pass first: then False, the poll cancelled.

        The deadline covers the poll in flight: a hung Describe call is cancelled (with
        its connection) when the time is up. (Not `wait_for`: a timeout error raised by
        a call itself must stay that error.)
        """
        task = asyncio.ensure_future(self._poll_once(pending))
        try:
            await asyncio.wait({task}, timeout=max(remaining, 0))
        finally:
            if not task.done():
                task.cancel()
                await asyncio.wait({task})
        if task.cancelled():
            return False
        task.result()  # the poll's own error, if it failed
        return True

    def _timed_out(self, pending: list[str]) -> WaiterTimeoutError:
        return WaiterTimeoutError(
            f"{self.target.name}: {len(pending)} of {len(self.ids)} not done after "
            f"{self.timeout:g} s (first: "
            + ", ".join(f"{i}={_value(self.states[i])}" for i in pending[:5])
            + ")",
            self.states,
        )

    async def _report(self) -> None:
        if self.on_progress is None:
            return
        outcome = self.on_progress(dict(self.states))
        if inspect.isawaitable(outcome):
            await outcome


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _value(state: object) -> str:
    return str(getattr(state, "value", state))


_WORKSPACE_BROKEN = {"ERROR", "TERMINATING", "TERMINATED"}


class Waiters:
    """Waiters for WorkSpaces, images, directories and pools (`client.wait`).

    Every waiter takes any number of ids and the keyword options of `WaitOptions`:
    `timeout` (seconds in all), `min_delay` and `max_delay` (seconds between polls,
    jittered exponential backoff) and `on_progress` (called after each poll with id ->
    latest state), and returns the final objects. `WaiterFailedError` and
    `WaiterTimeoutError` carry the last state of every id in `.states`.
    """

    def __init__(
        self,
        client: WorkSpacesClient,
        *,
        rng: Callable[[float, float], float] | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        self._client = client
        config = client.config
        jitter = config.jitter
        # A configured jitter source (ClientConfig.jitter) spreads the polls as it does retries.
        uniform = random.uniform if jitter is None else (lambda a, b: a + (b - a) * jitter())
        self._rng = rng or uniform
        self._sleep = sleep or config.sleep or asyncio.sleep

    async def _run(
        self,
        resource: _Resource[ObjT, StateT],
        target: _Target[StateT],
        ids: Iterable[str],
        options: WaitOptions[StateT],
        started: Mapping[str, float] | None = None,
    ) -> list[ObjT]:
        poll = _Poll(
            resource, target, ids, options, rng=self._rng, sleep=self._sleep, started=started
        )
        return await poll.run()

    # --- WorkSpaces -------------------------------------------------------------------

    async def workspaces_in_state(
        self,
        ids: Iterable[str],
        state: WorkspaceState | str,
        **options: Unpack[WaitOptions[WorkspaceState]],
    ) -> list[Workspace]:
        """Wait until every WorkSpace in `ids` is in `state`.

        Fails when one reaches ERROR, TERMINATING or TERMINATED (unless that is where
        it is meant to go) or disappears; waiting for TERMINATED, a WorkSpace that is
        gone counts as terminated.
        """
        return await self._workspaces_in_state(ids, state, options)

    async def _workspaces_in_state(
        self,
        ids: Iterable[str],
        state: WorkspaceState | str,
        options: WaitOptions[WorkspaceState],
        started: Mapping[str, float] | None = None,
    ) -> list[Workspace]:
        """`workspaces_in_state`; `started`: when each id's change began (bulk calls),
        so that it is first polled once it could have finished."""
        wanted = _value(state)
        if not isinstance(state, str) or not wanted:
            raise ParamValidationError("workspaces_in_state", [f"state: got {state!r}"])
        ending = wanted in ("TERMINATED", "TERMINATING")
        target: _Target[WorkspaceState] = _Target(
            f"workspaces_in_state({wanted})",
            frozenset({wanted, "TERMINATED"} if wanted == "TERMINATING" else {wanted}),
            frozenset(_WORKSPACE_BROKEN - {wanted} - ({"TERMINATING"} if ending else set())),
            gone_is_done=ending,
        )

        async def describe(batch: list[str]) -> list[Workspace]:
            # Followed to the last page: the service may split even 25 ids into pages.
            return await self._client.paginate.describe_workspaces(workspace_ids=batch).collect()

        resource: _Resource[Workspace, WorkspaceState] = _Resource(
            describe, lambda w: w.workspace_id, lambda w: w.state
        )
        return await self._run(resource, target, ids, options, started)

    async def workspaces_available(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspaceState]]
    ) -> list[Workspace]:
        """Wait until every WorkSpace is AVAILABLE (ERROR, TERMINATED or gone fail)."""
        return await self.workspaces_in_state(ids, "AVAILABLE", **options)

    async def workspaces_stopped(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspaceState]]
    ) -> list[Workspace]:
        """Wait until every WorkSpace is STOPPED (ERROR, TERMINATED or gone fail)."""
        return await self.workspaces_in_state(ids, "STOPPED", **options)

    async def workspaces_terminated(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspaceState]]
    ) -> list[Workspace]:
        """Wait until every WorkSpace is TERMINATED or gone.

        Returns the WorkSpaces still visible (in TERMINATED state); gone ones have no object.
        """
        return await self.workspaces_in_state(ids, "TERMINATED", **options)

    # --- images -------------------------------------------------------------------

    async def images_available(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspaceImageState]]
    ) -> list[WorkspaceImage]:
        """Wait until every image is AVAILABLE (ERROR or gone fail)."""

        async def describe(batch: list[str]) -> list[WorkspaceImage]:
            return await self._client.paginate.describe_workspace_images(image_ids=batch).collect()

        resource: _Resource[WorkspaceImage, WorkspaceImageState] = _Resource(
            describe, lambda i: i.image_id, lambda i: i.state
        )
        target: _Target[WorkspaceImageState] = _Target(
            "images_available",
            frozenset({"AVAILABLE"}),
            frozenset({"ERROR"}),
            gone_is_done=False,
            timeout=3600.0,
            min_delay=15.0,
            max_delay=120.0,
        )
        return await self._run(resource, target, ids, options)

    # --- directories --------------------------------------------------------------

    async def _directories(
        self,
        target: _Target[WorkspaceDirectoryState],
        ids: Iterable[str],
        options: WaitOptions[WorkspaceDirectoryState],
    ) -> list[WorkspaceDirectory]:
        async def describe(batch: list[str]) -> list[WorkspaceDirectory]:
            pager = self._client.paginate.describe_workspace_directories(directory_ids=batch)
            return await pager.collect()

        resource: _Resource[WorkspaceDirectory, WorkspaceDirectoryState] = _Resource(
            describe, lambda d: d.directory_id, lambda d: d.state
        )
        return await self._run(resource, target, ids, options)

    async def directories_registered(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspaceDirectoryState]]
    ) -> list[WorkspaceDirectory]:
        """Wait until every directory is REGISTERED (ERROR, deregistration or gone fail)."""
        target: _Target[WorkspaceDirectoryState] = _Target(
            "directories_registered",
            frozenset({"REGISTERED"}),
            frozenset({"ERROR", "DEREGISTERING", "DEREGISTERED"}),
            gone_is_done=False,
        )
        return await self._directories(target, ids, options)

    async def directories_deregistered(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspaceDirectoryState]]
    ) -> list[WorkspaceDirectory]:
        """Wait until every directory is DEREGISTERED or gone (ERROR fails)."""
        target: _Target[WorkspaceDirectoryState] = _Target(
            "directories_deregistered",
            frozenset({"DEREGISTERED"}),
            frozenset({"ERROR"}),
            gone_is_done=True,
        )
        return await self._directories(target, ids, options)

    # --- pools --------------------------------------------------------------------

    async def _pools(
        self,
        target: _Target[WorkspacesPoolState],
        ids: Iterable[str],
        options: WaitOptions[WorkspacesPoolState],
    ) -> list[WorkspacesPool]:
        async def describe(batch: list[str]) -> list[WorkspacesPool]:
            return await self._client.paginate.describe_workspaces_pools(pool_ids=batch).collect()

        resource: _Resource[WorkspacesPool, WorkspacesPoolState] = _Resource(
            describe, lambda p: p.pool_id, lambda p: p.state
        )
        return await self._run(resource, target, ids, options)

    async def pools_running(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspacesPoolState]]
    ) -> list[WorkspacesPool]:
        """Wait until every pool is RUNNING (DELETING or gone fail)."""
        target: _Target[WorkspacesPoolState] = _Target(
            "pools_running", frozenset({"RUNNING"}), frozenset({"DELETING"}), gone_is_done=False
        )
        return await self._pools(target, ids, options)

    async def pools_stopped(
        self, ids: Iterable[str], **options: Unpack[WaitOptions[WorkspacesPoolState]]
    ) -> list[WorkspacesPool]:
        """Wait until every pool is STOPPED (DELETING or gone fail)."""
        target: _Target[WorkspacesPoolState] = _Target(
            "pools_stopped", frozenset({"STOPPED"}), frozenset({"DELETING"}), gone_is_done=False
        )
        return await self._pools(target, ids, options)
