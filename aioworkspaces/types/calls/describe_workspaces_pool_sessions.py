"""What `describe_workspaces_pool_sessions` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..pools import WorkspacesPoolSession

__all__ = [
    "DescribeWorkspacesPoolSessionsRequest",
    "DescribeWorkspacesPoolSessionsResult",
]


@shape
class DescribeWorkspacesPoolSessionsRequest:
    """The arguments of `describe_workspaces_pool_sessions`."""

    pool_id: str = member("PoolId")
    """The identifier of the pool."""
    user_id: str | None = member("UserId", min=2, default=None)
    """The identifier of the user."""
    limit: int | None = member("Limit", min=1, default=None)
    """The maximum size of each page of results."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class DescribeWorkspacesPoolSessionsResult:
    """What `describe_workspaces_pool_sessions` returns."""

    sessions: list[WorkspacesPoolSession] | None = member("Sessions", default=None)
    """Describes the pool sessions."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
