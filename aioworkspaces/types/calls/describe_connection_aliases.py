"""What `describe_connection_aliases` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..connection_aliases import ConnectionAlias

__all__ = [
    "DescribeConnectionAliasesRequest",
    "DescribeConnectionAliasesResult",
]


@shape
class DescribeConnectionAliasesRequest:
    """The arguments of `describe_connection_aliases`."""

    alias_ids: Sequence[str] | None = member("AliasIds", min=1, default=None)
    """The identifiers of the connection aliases to describe."""
    resource_id: str | None = member("ResourceId", min=1, default=None)
    """The identifier of the directory associated with the connection alias."""
    limit: int | None = member("Limit", min=1, default=None)
    """The maximum number of connection aliases to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class DescribeConnectionAliasesResult:
    """What `describe_connection_aliases` returns."""

    connection_aliases: list[ConnectionAlias] | None = member(
        "ConnectionAliases", min=1, default=None
    )
    """Information about the specified connection aliases."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
