"""What `describe_workspaces_pools` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..pools import DescribeWorkspacesPoolsFilter, WorkspacesPool

__all__ = [
    "DescribeWorkspacesPoolsRequest",
    "DescribeWorkspacesPoolsResult",
]


@shape
class DescribeWorkspacesPoolsRequest:
    """The arguments of `describe_workspaces_pools`."""

    pool_ids: Sequence[str] | None = member("PoolIds", min=1, default=None)
    """The identifier of the WorkSpaces Pools."""
    filters: Sequence[DescribeWorkspacesPoolsFilter] | None = member("Filters", min=1, default=None)
    """The filter conditions for the WorkSpaces Pool to return."""
    limit: int | None = member("Limit", min=1, default=None)
    """The maximum number of items to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class DescribeWorkspacesPoolsResult:
    """What `describe_workspaces_pools` returns."""

    workspaces_pools: list[WorkspacesPool] | None = member("WorkspacesPools", default=None)
    """Information about the WorkSpaces Pools."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
