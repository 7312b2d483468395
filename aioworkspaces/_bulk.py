"""`client.bulk`: the per-call-capped WorkSpaces operations for any number of items.

Create, start, stop, reboot and terminate take at most 25 WorkSpaces per call (rebuild
takes one). A bulk call sends the chunks with bounded concurrency (throttling is the
pacing's job: each operation has its own rate budget) and merges every chunk's outcome into one result in input order. A
chunk whose call fails outright (bad input, retries exhausted) is reported as failed
requests carrying the error's code and message, so no item is lost from the result and
the other chunks are not disturbed; a create request that breaks the model's rules is
reported on its own and never sent. `wait=True` then waits for the matching state.
The describe helpers follow `NextToken` to the last page of every call.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from . import types as _types
from ._concurrency import gather_or_cancel
from ._serialization.validation import check_ids, validate
from .errors import ParamValidationError, ServiceError, WorkSpacesError

if TYPE_CHECKING:
    from ._client import WorkSpacesClient
    from ._waiters import WaitOptions
    from .types import (
        FailedCreateWorkspaceRequest,
        FailedWorkspaceChangeRequest,
        Workspace,
        WorkspaceConnectionStatus,
        WorkspaceRequest,
        WorkspaceState,
    )

    if sys.version_info >= (3, 11):
        from typing import Unpack
    else:
        from typing_extensions import Unpack

__all__ = ["BulkChangeResult", "BulkCreateResult", "BulkOperations"]

_ItemT = TypeVar("_ItemT")
_ResultT = TypeVar("_ResultT")

#: What each change operation sends: request class, item class and list member, by name
#: (the classes are looked up on first use, so importing the SDK loads no type module).
_CHANGES = {
    "StartWorkspaces": ("StartWorkspacesRequest", "StartRequest", "start_workspace_requests"),
    "StopWorkspaces": ("StopWorkspacesRequest", "StopRequest", "stop_workspace_requests"),
    "RebootWorkspaces": ("RebootWorkspacesRequest", "RebootRequest", "reboot_workspace_requests"),
    "RebuildWorkspaces": (
        "RebuildWorkspacesRequest",
        "RebuildRequest",
        "rebuild_workspace_requests",
    ),
    "TerminateWorkspaces": (
        "TerminateWorkspacesRequest",
        "TerminateRequest",
        "terminate_workspace_requests",
    ),
}

#: Items per call, as the model caps each request list.
_CHUNK = {"CreateWorkspaces": 25, "RebuildWorkspaces": 1, "DescribeWorkspaces": 25}
_DEFAULT_CHUNK = 25


@attrs.frozen(kw_only=True)
class BulkChangeResult:
    """The merged outcome of a bulk start, stop, reboot, rebuild or terminate."""

    succeeded: list[str]
    """Ids the service accepted, in input order."""
    failed: list[FailedWorkspaceChangeRequest]
    """Ids it refused (or whose call failed), with the error code and message."""
    workspaces: list[Workspace] | None = None
    """With `wait=True`: the WorkSpaces as the waiter last saw them."""


@attrs.frozen(kw_only=True)
class BulkCreateResult:
    """The merged outcome of a bulk create."""

    pending: list[Workspace]
    """The WorkSpaces being created (PENDING), in input order."""
    failed: list[FailedCreateWorkspaceRequest]
    """The requests that could not be created, with the error code and message: first
    those refused before sending (`error_code="ParamValidationError"`), then the others."""
    workspaces: list[Workspace] | None = None
    """With `wait=True`: the created WorkSpaces once AVAILABLE."""


def _chunks(items: Sequence[_ItemT], size: int) -> list[list[_ItemT]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _error_fields(error: WorkSpacesError) -> tuple[str, str]:
    if isinstance(error, ServiceError):
        return error.code, error.message or str(error)
    return type(error).__name__, str(error)


class BulkOperations:
    """Bulk helpers (`client.bulk`): any number of items, chunked to the API's limits."""

    def __init__(self, client: WorkSpacesClient) -> None:
        self._client = client

    async def _send(
        self,
        operation: str,
        calls: Sequence[Callable[[], Awaitable[_ResultT]]],
        concurrency: int,
        answered: list[float] | None = None,
    ) -> list[_ResultT | WorkSpacesError]:
        """Each call's result, or the error it ended with, in order.

        A call's error (its chunk's bad input included) is its own: the other calls
        still run. `answered`, if given, gets when each call ended, in order (a
        waiter's schedule starts there).
        """
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ParamValidationError(
                operation, [f"concurrency: must be >= 1, got {concurrency!r}"]
            )
        limit = asyncio.Semaphore(concurrency)

        async def one(
            call: Callable[[], Awaitable[_ResultT]],
        ) -> tuple[_ResultT | WorkSpacesError, float]:
            async with limit:
                try:
                    outcome: _ResultT | WorkSpacesError = await call()
                except WorkSpacesError as error:
                    outcome = error
                return outcome, time.monotonic()

        ended = await gather_or_cancel(one(call) for call in calls)
        if answered is not None:
            answered.extend(at for _, at in ended)
        return [outcome for outcome, _ in ended]

    def _invoker(
        self, operation: str, request: Any, output: type[_ResultT]
    ) -> Callable[[], Awaitable[_ResultT]]:
        return functools.partial(self._client._invoke, operation, request, output)

    async def _change(
        self,
        operation: str,
        ids: Iterable[str],
        concurrency: int,
        wait_for: str | None,
        wait_options: WaitOptions[WorkspaceState],
    ) -> BulkChangeResult:
        """Send `operation` for every id, chunked; merge what each chunk gave; maybe wait."""
        request_name, item_name, member = _CHANGES[operation]
        request_class = getattr(_types, request_name)
        item_class = getattr(_types, item_name)
        listed = check_ids(operation, ids)
        chunks = _chunks(listed, _CHUNK.get(operation, _DEFAULT_CHUNK))
        requests = [
            request_class(**{member: [item_class(workspace_id=i) for i in chunk]})
            for chunk in chunks
        ]
        answered: list[float] = []
        output = getattr(_types, f"{operation}Result")
        outcomes = await self._send(
            operation,
            [self._invoker(operation, r, output) for r in requests],
            concurrency,
            answered,
        )
        failed: list[FailedWorkspaceChangeRequest] = []
        refused: set[str] = set()
        for chunk, outcome in zip(chunks, outcomes, strict=True):
            if isinstance(outcome, WorkSpacesError):
                code, message = _error_fields(outcome)
                entries = [
                    _types.FailedWorkspaceChangeRequest(
                        workspace_id=i, error_code=code, error_message=message
                    )
                    for i in chunk
                ]
            else:
                entries = list(outcome.failed_requests or ())
            failed.extend(entries)
            refused.update(e.workspace_id for e in entries if e.workspace_id)
        result = BulkChangeResult(succeeded=[i for i in listed if i not in refused], failed=failed)
        if wait_for is None:
            return result
        # Each chunk is first polled once its change could have finished.
        started = {i: at for chunk, at in zip(chunks, answered, strict=True) for i in chunk}
        workspaces = await self._client.wait._workspaces_in_state(
            result.succeeded, wait_for, wait_options, started
        )
        return attrs.evolve(result, workspaces=workspaces)

    async def start_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        **wait_options: Unpack[WaitOptions[WorkspaceState]],
    ) -> BulkChangeResult:
        """Start any number of WorkSpaces (AutoStop running mode); `wait` for AVAILABLE."""
        wait_for = "AVAILABLE" if wait else None
        return await self._change("StartWorkspaces", ids, concurrency, wait_for, wait_options)

    async def stop_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        **wait_options: Unpack[WaitOptions[WorkspaceState]],
    ) -> BulkChangeResult:
        """Stop any number of WorkSpaces (AutoStop running mode); `wait` for STOPPED."""
        wait_for = "STOPPED" if wait else None
        return await self._change("StopWorkspaces", ids, concurrency, wait_for, wait_options)

    async def reboot_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        **wait_options: Unpack[WaitOptions[WorkspaceState]],
    ) -> BulkChangeResult:
        """Reboot any number of WorkSpaces; `wait` for AVAILABLE."""
        wait_for = "AVAILABLE" if wait else None
        return await self._change("RebootWorkspaces", ids, concurrency, wait_for, wait_options)

    async def rebuild_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        **wait_options: Unpack[WaitOptions[WorkspaceState]],
    ) -> BulkChangeResult:
        """Rebuild any number of WorkSpaces (one per call, the API's limit); `wait` for AVAILABLE."""
        wait_for = "AVAILABLE" if wait else None
        return await self._change("RebuildWorkspaces", ids, concurrency, wait_for, wait_options)

    async def terminate_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        **wait_options: Unpack[WaitOptions[WorkspaceState]],
    ) -> BulkChangeResult:
        """Terminate any number of WorkSpaces; `wait` until they are TERMINATED or gone."""
        wait_for = "TERMINATED" if wait else None
        return await self._change("TerminateWorkspaces", ids, concurrency, wait_for, wait_options)

    async def create_workspaces(
        self,
        requests: Sequence[WorkspaceRequest],
        *,
        concurrency: int = 4,
        wait: bool = False,
        **wait_options: Unpack[WaitOptions[WorkspaceState]],
    ) -> BulkCreateResult:
        """Create any number of WorkSpaces, 25 per call; `wait` until they are AVAILABLE."""
        operation = "CreateWorkspaces"
        if isinstance(requests, (str, bytes)) or not isinstance(requests, Sequence):
            raise ParamValidationError(
                operation, ["requests: expected a sequence of WorkspaceRequest"]
            )
        failed: list[FailedCreateWorkspaceRequest] = []
        # A request that breaks the model's rules is reported on its own (never sent);
        # the others go out as usual.
        valid: list[WorkspaceRequest] = []
        for index, request in enumerate(requests):
            try:
                validate(operation, _types.CreateWorkspacesRequest(workspaces=[request]))
            except ParamValidationError as error:
                # Named by its place in `requests`, not in the one-item request checked.
                problems = [
                    f"requests[{index}]{p.removeprefix('workspaces[0]')}" for p in error.problems
                ]
                failed.append(_failed_create(request, ParamValidationError(operation, problems)))
            else:
                valid.append(request)
        chunks = _chunks(valid, _CHUNK[operation])
        answered: list[float] = []
        outcomes = await self._send(
            operation,
            [
                self._invoker(
                    operation,
                    _types.CreateWorkspacesRequest(workspaces=chunk),
                    _types.CreateWorkspacesResult,
                )
                for chunk in chunks
            ],
            concurrency,
            answered,
        )
        pending: list[Workspace] = []
        started: dict[str, float] = {}
        for chunk, outcome, at in zip(chunks, outcomes, answered, strict=True):
            if isinstance(outcome, WorkSpacesError):
                failed.extend(_failed_create(r, outcome) for r in chunk)
            else:
                pending.extend(outcome.pending_requests or ())
                failed.extend(outcome.failed_requests or ())
                started.update(
                    (w.workspace_id, at) for w in outcome.pending_requests or () if w.workspace_id
                )
        result = BulkCreateResult(pending=pending, failed=failed)
        if not wait:
            return result
        ids = [w.workspace_id for w in pending if w.workspace_id]
        workspaces = await self._client.wait._workspaces_in_state(
            ids, "AVAILABLE", wait_options, started
        )
        return attrs.evolve(result, workspaces=workspaces)

    async def describe_workspaces(
        self, ids: Iterable[str], *, concurrency: int = 4
    ) -> list[Workspace]:
        """Describe any number of WorkSpaces by id, 25 per call; unknown ids are left out.

        Every call is followed through `NextToken` to its last page. Unlike the other
        bulk calls, a failing call raises: a partial list would lie.
        """
        return await self._describe(
            "DescribeWorkspaces",
            ids,
            concurrency,
            lambda chunk: self._client.paginate.describe_workspaces(workspace_ids=chunk).collect(),
            lambda workspace: workspace.workspace_id,
        )

    async def describe_workspaces_connection_status(
        self, ids: Iterable[str], *, concurrency: int = 4
    ) -> list[WorkspaceConnectionStatus]:
        """The connection status of any number of WorkSpaces, 25 ids per call, in input order.

        Every call is followed through `NextToken` to its last page; unknown ids are left
        out; a failing call raises.
        """
        return await self._describe(
            "DescribeWorkspacesConnectionStatus",
            ids,
            concurrency,
            lambda chunk: self._client.paginate.describe_workspaces_connection_status(
                workspace_ids=chunk
            ).collect(),
            lambda status: status.workspace_id,
        )

    async def _describe(
        self,
        operation: str,
        ids: Iterable[str],
        concurrency: int,
        describe: Callable[[list[str]], Awaitable[list[_ItemT]]],
        id_of: Callable[[_ItemT], str | None],
    ) -> list[_ItemT]:
        """`describe` every chunk of the distinct `ids`; the objects found, in input order."""
        listed = list(dict.fromkeys(check_ids(operation, ids)))
        chunks = _chunks(listed, _CHUNK.get(operation, _DEFAULT_CHUNK))
        outcomes = await self._send(
            operation, [functools.partial(describe, chunk) for chunk in chunks], concurrency
        )
        found: dict[str, _ItemT] = {}
        for outcome in outcomes:
            if isinstance(outcome, WorkSpacesError):
                raise outcome
            for item in outcome:
                id_ = id_of(item)
                if id_:
                    found[id_] = item
        return [found[i] for i in listed if i in found]


def _failed_create(
    request: WorkspaceRequest, error: WorkSpacesError
) -> FailedCreateWorkspaceRequest:
    code, message = _error_fields(error)
    return _types.FailedCreateWorkspaceRequest(
        workspace_request=request, error_code=code, error_message=message
    )
