"""What `rebuild_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import FailedWorkspaceChangeRequest, RebuildRequest

__all__ = [
    "RebuildWorkspacesRequest",
    "RebuildWorkspacesResult",
]


@shape
class RebuildWorkspacesRequest:
    """The arguments of `rebuild_workspaces`."""

    rebuild_workspace_requests: Sequence[RebuildRequest] = member("RebuildWorkspaceRequests", min=1)
    """The WorkSpace to rebuild."""


@shape
class RebuildWorkspacesResult:
    """What `rebuild_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpace that could not be rebuilt."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
