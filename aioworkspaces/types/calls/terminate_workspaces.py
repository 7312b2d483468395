"""What `terminate_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import FailedWorkspaceChangeRequest, TerminateRequest

__all__ = [
    "TerminateWorkspacesRequest",
    "TerminateWorkspacesResult",
]


@shape
class TerminateWorkspacesRequest:
    """The arguments of `terminate_workspaces`."""

    terminate_workspace_requests: Sequence[TerminateRequest] = member(
        "TerminateWorkspaceRequests", min=1
    )
    """The WorkSpaces to terminate."""


@shape
class TerminateWorkspacesResult:
    """What `terminate_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be terminated."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
