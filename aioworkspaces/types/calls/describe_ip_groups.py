"""What `describe_ip_groups` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..ip_groups import WorkspacesIpGroup

__all__ = [
    "DescribeIpGroupsRequest",
    "DescribeIpGroupsResult",
]


@shape
class DescribeIpGroupsRequest:
    """The arguments of `describe_ip_groups`."""

    group_ids: Sequence[str] | None = member("GroupIds", default=None)
    """The identifiers of one or more IP access control groups."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class DescribeIpGroupsResult:
    """What `describe_ip_groups` returns."""

    result: list[WorkspacesIpGroup] | None = member("Result", default=None)
    """Information about the IP access control groups."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
