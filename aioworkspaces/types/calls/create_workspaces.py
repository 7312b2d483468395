"""What `create_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import FailedCreateWorkspaceRequest, Workspace, WorkspaceRequest

__all__ = [
    "CreateWorkspacesRequest",
    "CreateWorkspacesResult",
]


@shape
class CreateWorkspacesRequest:
    """The arguments of `create_workspaces`."""

    workspaces: Sequence[WorkspaceRequest] = member("Workspaces", min=1)
    """The WorkSpaces to create."""


@shape
class CreateWorkspacesResult:
    """What `create_workspaces` returns."""

    failed_requests: list[FailedCreateWorkspaceRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be created."""
    pending_requests: list[Workspace] | None = member("PendingRequests", default=None)
    """Information about the WorkSpaces that were created."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
