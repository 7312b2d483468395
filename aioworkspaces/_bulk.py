"""`client.bulk`: the per-call-capped WorkSpaces operations for any number of items.

Create, start, stop, reboot and terminate take at most 25 WorkSpaces per call (rebuild
takes one). A bulk call validates every chunk before sending any, sends the chunks with
bounded concurrency (throttling is the pacing's job: each operation has its own rate budget), and merges every chunk's
outcome into one result in input order. A chunk whose call fails outright (retries
exhausted, say) is reported as failed requests carrying the error's code and message,
so no item is lost from the result. `wait=True` then waits for the matching state.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Iterable, Sequence
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
    """The requests that could not be created, with the error code and message."""
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
        requests: list[Any],
        concurrency: int,
        output: type[_ResultT],
        answered: list[float] | None = None,
    ) -> list[_ResultT | WorkSpacesError]:
        """Each request's result, or the error its call ended with, in request order.

        Every request is validated before the first is sent. `answered`, if given, gets
        when each call ended, in request order (a waiter's schedule starts there).
        """
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ParamValidationError(
                operation, [f"concurrency: must be >= 1, got {concurrency!r}"]
            )
        for request in requests:
            validate(operation, request)
        limit = asyncio.Semaphore(concurrency)

        async def one(request: Any) -> tuple[_ResultT | WorkSpacesError, float]:
            async with limit:
                try:
                    outcome: _ResultT | WorkSpacesError = await self._client._invoke(
                        operation, request, output
                    )
                except WorkSpacesError as error:
                    outcome = error
                return outcome, time.monotonic()

        ended = await gather_or_cancel(one(request) for request in requests)
        if answered is not None:
            answered.extend(at for _, at in ended)
        return [outcome for outcome, _ in ended]

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
        outcomes = await self._send(
            operation, requests, concurrency, getattr(_types, f"{operation}Result"), answered
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
        chunks = _chunks(requests, _CHUNK[operation])
        answered: list[float] = []
        outcomes = await self._send(
            operation,
            [_types.CreateWorkspacesRequest(workspaces=chunk) for chunk in chunks],
            concurrency,
            _types.CreateWorkspacesResult,
            answered,
        )
        pending: list[Workspace] = []
        failed: list[FailedCreateWorkspaceRequest] = []
        started: dict[str, float] = {}
        for chunk, outcome, at in zip(chunks, outcomes, answered, strict=True):
            if isinstance(outcome, WorkSpacesError):
                code, message = _error_fields(outcome)
                failed.extend(
                    _types.FailedCreateWorkspaceRequest(
                        workspace_request=r, error_code=code, error_message=message
                    )
                    for r in chunk
                )
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

        Unlike the other bulk calls, a failing call raises: a partial list would lie.
        """
        operation = "DescribeWorkspaces"
        listed = list(dict.fromkeys(check_ids(operation, ids)))
        outcomes = await self._send(
            operation,
            [
                _types.DescribeWorkspacesRequest(workspace_ids=chunk)
                for chunk in _chunks(listed, _CHUNK[operation])
            ],
            concurrency,
            _types.DescribeWorkspacesResult,
        )
        found: dict[str, Workspace] = {}
        for outcome in outcomes:
            if isinstance(outcome, WorkSpacesError):
                raise outcome
            for workspace in outcome.workspaces or ():
                if workspace.workspace_id:
                    found[workspace.workspace_id] = workspace
        return [found[i] for i in listed if i in found]
