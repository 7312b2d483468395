"""What `describe_connect_client_add_ins` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..client import ConnectClientAddIn

__all__ = [
    "DescribeConnectClientAddInsRequest",
    "DescribeConnectClientAddInsResult",
]


@shape
class DescribeConnectClientAddInsRequest:
    """The arguments of `describe_connect_client_add_ins`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which the client add-in is configured."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class DescribeConnectClientAddInsResult:
    """What `describe_connect_client_add_ins` returns."""

    add_ins: list[ConnectClientAddIn] | None = member("AddIns", default=None)
    """Information about client add-ins."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
