"""What `stop_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import FailedWorkspaceChangeRequest, StopRequest

__all__ = [
    "StopWorkspacesRequest",
    "StopWorkspacesResult",
]


@shape
class StopWorkspacesRequest:
    """The arguments of `stop_workspaces`."""

    stop_workspace_requests: Sequence[StopRequest] = member("StopWorkspaceRequests", min=1)
    """The WorkSpaces to stop."""


@shape
class StopWorkspacesResult:
    """What `stop_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be stopped."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
