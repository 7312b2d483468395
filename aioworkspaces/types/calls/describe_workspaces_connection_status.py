"""What `describe_workspaces_connection_status` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import WorkspaceConnectionStatus

__all__ = [
    "DescribeWorkspacesConnectionStatusRequest",
    "DescribeWorkspacesConnectionStatusResult",
]


@shape
class DescribeWorkspacesConnectionStatusRequest:
    """The arguments of `describe_workspaces_connection_status`."""

    workspace_ids: Sequence[str] | None = member("WorkspaceIds", min=1, default=None)
    """The identifiers of the WorkSpaces."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class DescribeWorkspacesConnectionStatusResult:
    """What `describe_workspaces_connection_status` returns."""

    workspaces_connection_status: list[WorkspaceConnectionStatus] | None = member(
        "WorkspacesConnectionStatus", default=None
    )
    """Information about the connection status of the WorkSpace."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
