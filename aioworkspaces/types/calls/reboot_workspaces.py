"""What `reboot_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import FailedWorkspaceChangeRequest, RebootRequest

__all__ = [
    "RebootWorkspacesRequest",
    "RebootWorkspacesResult",
]


@shape
class RebootWorkspacesRequest:
    """The arguments of `reboot_workspaces`."""

    reboot_workspace_requests: Sequence[RebootRequest] = member("RebootWorkspaceRequests", min=1)
    """The WorkSpaces to reboot."""


@shape
class RebootWorkspacesResult:
    """What `reboot_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be rebooted."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
