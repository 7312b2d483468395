"""What `associate_connection_alias` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "AssociateConnectionAliasRequest",
    "AssociateConnectionAliasResult",
]


@shape
class AssociateConnectionAliasRequest:
    """The arguments of `associate_connection_alias`."""

    alias_id: str = member("AliasId", min=13)
    """The identifier of the connection alias."""
    resource_id: str = member("ResourceId", min=1)
    """The identifier of the directory to associate the connection alias with."""


@shape
class AssociateConnectionAliasResult:
    """What `associate_connection_alias` returns."""

    connection_identifier: str | None = member("ConnectionIdentifier", min=1, default=None)
    """The identifier of the connection alias association."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
