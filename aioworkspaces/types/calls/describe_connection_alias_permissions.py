"""What `describe_connection_alias_permissions` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..connection_aliases import ConnectionAliasPermission

__all__ = [
    "DescribeConnectionAliasPermissionsRequest",
    "DescribeConnectionAliasPermissionsResult",
]


@shape
class DescribeConnectionAliasPermissionsRequest:
    """The arguments of `describe_connection_alias_permissions`."""

    alias_id: str = member("AliasId", min=13)
    """The identifier of the connection alias."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of results to return."""


@shape
class DescribeConnectionAliasPermissionsResult:
    """What `describe_connection_alias_permissions` returns."""

    alias_id: str | None = member("AliasId", min=13, default=None)
    """The identifier of the connection alias."""
    connection_alias_permissions: list[ConnectionAliasPermission] | None = member(
        "ConnectionAliasPermissions", min=1, default=None
    )
    """The permissions associated with a connection alias."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
