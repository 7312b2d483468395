"""`client.wait`: poll WorkSpaces, images, directories and pools until they reach a state.

One polling engine (`_Poll`) serves every waiter. Ids are described in batches of 25
(the API's limit), the batches concurrently; between rounds the waiter sleeps with
jittered exponential backoff between `min_delay` and `max_delay`. An id that is not
visible yet (just created) is pending; an id that disappears counts as done for the
"gone" targets (terminated, deregistered) and as a failure for the others. Cancelling
the awaiting task stops polling at once: the sleep and in-flight calls are cancelled.
"""

from __future__ import annotations

import asyncio
import inspect
import random
import sys
from collections.abc import Awaitable, Callable, Iterable
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

ObjT = TypeVar("ObjT")
StateT = TypeVar("StateT")

#: Called after every poll with each id's latest state (`None` while not visible).
ProgressCallback = Callable[[dict[str, StateT | None]], object]
"""What `on_progress` is called with after each poll: id -> latest state (`None` while not visible)."""


class WaitOptions(TypedDict, Generic[StateT], total=False):
    """The keyword options every waiter takes (the defaults depend on the waiter)."""

    timeout: float
    """Seconds to wait in all (WorkSpaces, directories, pools: 1800; images: 3600)."""
    min_delay: float
    """Seconds between polls at first (5; images 15), then growing, jittered."""
    max_delay: float
    """Seconds between polls at most (60; images 120)."""
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
    ) -> None:
        self.ids = list(dict.fromkeys(check_ids(target.name, ids)))
        timeout = options.get("timeout", target.timeout)
        min_delay = options.get("min_delay", target.min_delay)
        max_delay = options.get("max_delay", max(target.max_delay, min_delay))
        problems = [f"{name}: unknown option" for name in options if name not in _OPTIONS]
        if not timeout > 0:
            problems.append(f"timeout: must be > 0, got {timeout}")
        if not min_delay > 0:
            problems.append(f"min_delay: must be > 0, got {min_delay}")
        if not max_delay >= min_delay:
            problems.append(f"max_delay: must be >= min_delay ({min_delay}), got {max_delay}")
        if problems:
            raise ParamValidationError(target.name, problems)
        self.timeout = timeout
        self.min_delay = min_delay
        self.max_delay = max_delay
        self.on_progress = options.get("on_progress")
        self.resource = resource
        self.target = target
        self.rng = rng
        self.sleep = sleep
        self.states: dict[str, StateT | None] = dict.fromkeys(self.ids)
        self.objects: dict[str, ObjT] = {}
        self.seen: set[str] = set()
        self._round = 0

    def _is_done(self, id_: str) -> bool:
        state = self.states[id_]
        if state is None:
            return self.target.gone_is_done and (id_ in self.seen or self._round > 0)
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

    async def run(self) -> list[ObjT]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        pending = list(self.ids)
        while pending:
            await self._poll_once(pending)
            self._round += 1
            await self._report()
            failures = [f for f in map(self._failure, self.ids) if f]
            if failures:
                raise WaiterFailedError(
                    f"{self.target.name}: {'; '.join(failures[:10])}"
                    + (f" (and {len(failures) - 10} more)" if len(failures) > 10 else ""),
                    self.states,
                )
            pending = [i for i in self.ids if not self._is_done(i)]
            if not pending:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise WaiterTimeoutError(
                    f"{self.target.name}: {len(pending)} of {len(self.ids)} not done after "
                    f"{self.timeout:g} s (first: "
                    + ", ".join(f"{i}={_value(self.states[i])}" for i in pending[:5])
                    + ")",
                    self.states,
                )
            ceiling = backoff_ceiling(self.min_delay, self.max_delay, self._round)
            delay = self.rng(self.min_delay, max(self.min_delay, ceiling))
            # The last poll happens at the deadline, not after it.
            await self.sleep(min(delay, remaining))
        return [self.objects[i] for i in self.ids if i in self.objects]

    async def _report(self) -> None:
        if self.on_progress is None:
            return
        outcome = self.on_progress(dict(self.states))
        if inspect.isawaitable(outcome):
            await outcome


def backoff_ceiling(min_delay: float, max_delay: float, rounds: int) -> float:
    """The longest sleep after `rounds` polls: doubling from `min_delay`, up to `max_delay`."""
    # The exponent is capped: a long wait must not overflow the float.
    return min(max_delay, min_delay * 2.0 ** min(rounds - 1, 60))


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
    ) -> list[ObjT]:
        poll = _Poll(resource, target, ids, options, rng=self._rng, sleep=self._sleep)
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
            result = await self._client.describe_workspaces(workspace_ids=batch)
            return list(result.workspaces or ())

        resource: _Resource[Workspace, WorkspaceState] = _Resource(
            describe, lambda w: w.workspace_id, lambda w: w.state
        )
        return await self._run(resource, target, ids, options)

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
