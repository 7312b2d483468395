"""What `start_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import FailedWorkspaceChangeRequest, StartRequest

__all__ = [
    "StartWorkspacesRequest",
    "StartWorkspacesResult",
]


@shape
class StartWorkspacesRequest:
    """The arguments of `start_workspaces`."""

    start_workspace_requests: Sequence[StartRequest] = member("StartWorkspaceRequests", min=1)
    """The WorkSpaces to start."""


@shape
class StartWorkspacesResult:
    """What `start_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be started."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
