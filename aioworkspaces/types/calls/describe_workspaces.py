"""What `describe_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import Workspace

__all__ = [
    "DescribeWorkspacesRequest",
    "DescribeWorkspacesResult",
]


@shape
class DescribeWorkspacesRequest:
    """The arguments of `describe_workspaces`."""

    workspace_ids: Sequence[str] | None = member("WorkspaceIds", min=1, default=None)
    """The identifiers of the WorkSpaces."""
    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the directory."""
    user_name: str | None = member("UserName", min=1, default=None)
    """The name of the directory user."""
    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""
    limit: int | None = member("Limit", min=1, default=None)
    """The maximum number of items to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    workspace_name: str | None = member("WorkspaceName", default=None)
    """The name of the user-decoupled WorkSpace."""


@shape
class DescribeWorkspacesResult:
    """What `describe_workspaces` returns."""

    workspaces: list[Workspace] | None = member("Workspaces", default=None)
    """Information about the WorkSpaces."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
