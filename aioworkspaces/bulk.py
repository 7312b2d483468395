"""`client.bulk`: the per-call-capped WorkSpaces operations for any number of items.

Create, start, stop, reboot and terminate take at most 25 WorkSpaces per call (rebuild
takes one). A bulk call validates every chunk before sending any, sends the chunks with
bounded concurrency (throttling is the retry layer's job), and merges every chunk's
outcome into one result in input order. A chunk whose call fails outright (retries
exhausted, say) is reported as failed requests carrying the error's code and message,
so no item is lost from the result. `wait=True` then waits for the matching state.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from . import types as _types
from .errors import ParamValidationError, ServiceError, WorkSpacesError
from .validation import check_ids, validate

if TYPE_CHECKING:
    from .client import WorkSpacesClient
    from .types import (
        FailedCreateWorkspaceRequest,
        FailedWorkspaceChangeRequest,
        Workspace,
        WorkspaceRequest,
        WorkspaceState,
    )
    from .waiters import ProgressCallback

__all__ = ["BulkChangeResult", "BulkCreateResult", "BulkOperations"]

_ItemT = TypeVar("_ItemT")
_ResultT = TypeVar("_ResultT")

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
        self, operation: str, requests: list[Any], concurrency: int, output: type[_ResultT]
    ) -> list[_ResultT | WorkSpacesError]:
        """Each request's result, or the error its call ended with, in request order.

        Every request is validated before the first is sent.
        """
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ParamValidationError(
                operation, [f"concurrency: must be >= 1, got {concurrency!r}"]
            )
        for request in requests:
            validate(operation, request)
        limit = asyncio.Semaphore(concurrency)

        async def one(request: Any) -> _ResultT | WorkSpacesError:
            async with limit:
                try:
                    return await self._client._invoke(operation, request, output)
                except WorkSpacesError as error:
                    return error

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(request)) for request in requests]
        return [task.result() for task in tasks]

    async def _change(
        self,
        operation: str,
        ids: Iterable[str],
        concurrency: int,
        build: Callable[[list[str]], Any],
        output: type[Any],
    ) -> BulkChangeResult:
        listed = check_ids(operation, ids)
        chunks = _chunks(listed, _CHUNK.get(operation, _DEFAULT_CHUNK))
        outcomes = await self._send(
            operation, [build(chunk) for chunk in chunks], concurrency, output
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
        return BulkChangeResult(succeeded=[i for i in listed if i not in refused], failed=failed)

    async def _then_wait(
        self,
        result: BulkChangeResult,
        state: str,
        wait_timeout: float,
        on_progress: ProgressCallback[WorkspaceState] | None,
    ) -> BulkChangeResult:
        workspaces = await self._client.wait.workspaces_in_state(
            result.succeeded, state, timeout=wait_timeout, on_progress=on_progress
        )
        return attrs.evolve(result, workspaces=workspaces)

    async def start_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 1800.0,
        on_progress: ProgressCallback[WorkspaceState] | None = None,
    ) -> BulkChangeResult:
        """Start any number of WorkSpaces (AutoStop running mode); `wait` for AVAILABLE."""
        result = await self._change(
            "StartWorkspaces",
            ids,
            concurrency,
            lambda chunk: _types.StartWorkspacesRequest(
                start_workspace_requests=[_types.StartRequest(workspace_id=i) for i in chunk]
            ),
            _types.StartWorkspacesResult,
        )
        return (
            await self._then_wait(result, "AVAILABLE", wait_timeout, on_progress)
            if wait
            else result
        )

    async def stop_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 1800.0,
        on_progress: ProgressCallback[WorkspaceState] | None = None,
    ) -> BulkChangeResult:
        """Stop any number of WorkSpaces (AutoStop running mode); `wait` for STOPPED."""
        result = await self._change(
            "StopWorkspaces",
            ids,
            concurrency,
            lambda chunk: _types.StopWorkspacesRequest(
                stop_workspace_requests=[_types.StopRequest(workspace_id=i) for i in chunk]
            ),
            _types.StopWorkspacesResult,
        )
        return (
            await self._then_wait(result, "STOPPED", wait_timeout, on_progress) if wait else result
        )

    async def reboot_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 1800.0,
        on_progress: ProgressCallback[WorkspaceState] | None = None,
    ) -> BulkChangeResult:
        """Reboot any number of WorkSpaces; `wait` for AVAILABLE."""
        result = await self._change(
            "RebootWorkspaces",
            ids,
            concurrency,
            lambda chunk: _types.RebootWorkspacesRequest(
                reboot_workspace_requests=[_types.RebootRequest(workspace_id=i) for i in chunk]
            ),
            _types.RebootWorkspacesResult,
        )
        return (
            await self._then_wait(result, "AVAILABLE", wait_timeout, on_progress)
            if wait
            else result
        )

    async def rebuild_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 3600.0,
        on_progress: ProgressCallback[WorkspaceState] | None = None,
    ) -> BulkChangeResult:
        """Rebuild any number of WorkSpaces (one per call, as the API allows); `wait` for AVAILABLE."""
        result = await self._change(
            "RebuildWorkspaces",
            ids,
            concurrency,
            lambda chunk: _types.RebuildWorkspacesRequest(
                rebuild_workspace_requests=[_types.RebuildRequest(workspace_id=i) for i in chunk]
            ),
            _types.RebuildWorkspacesResult,
        )
        return (
            await self._then_wait(result, "AVAILABLE", wait_timeout, on_progress)
            if wait
            else result
        )

    async def terminate_workspaces(
        self,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 1800.0,
        on_progress: ProgressCallback[WorkspaceState] | None = None,
    ) -> BulkChangeResult:
        """Terminate any number of WorkSpaces; `wait` until TERMINATED or gone."""
        result = await self._change(
            "TerminateWorkspaces",
            ids,
            concurrency,
            lambda chunk: _types.TerminateWorkspacesRequest(
                terminate_workspace_requests=[
                    _types.TerminateRequest(workspace_id=i) for i in chunk
                ]
            ),
            _types.TerminateWorkspacesResult,
        )
        return (
            await self._then_wait(result, "TERMINATED", wait_timeout, on_progress)
            if wait
            else result
        )

    async def create_workspaces(
        self,
        requests: Sequence[WorkspaceRequest],
        *,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 3600.0,
        on_progress: ProgressCallback[WorkspaceState] | None = None,
    ) -> BulkCreateResult:
        """Create any number of WorkSpaces, 25 per call; `wait` until they are AVAILABLE."""
        operation = "CreateWorkspaces"
        if isinstance(requests, (str, bytes)) or not isinstance(requests, Sequence):
            raise ParamValidationError(
                operation, ["requests: expected a sequence of WorkspaceRequest"]
            )
        chunks = _chunks(requests, _CHUNK[operation])
        outcomes = await self._send(
            operation,
            [_types.CreateWorkspacesRequest(workspaces=chunk) for chunk in chunks],
            concurrency,
            _types.CreateWorkspacesResult,
        )
        pending: list[Workspace] = []
        failed: list[FailedCreateWorkspaceRequest] = []
        for chunk, outcome in zip(chunks, outcomes, strict=True):
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
        result = BulkCreateResult(pending=pending, failed=failed)
        if not wait:
            return result
        ids = [w.workspace_id for w in pending if w.workspace_id]
        workspaces = await self._client.wait.workspaces_available(
            ids, timeout=wait_timeout, on_progress=on_progress
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
