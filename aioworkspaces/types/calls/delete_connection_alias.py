"""What `delete_connection_alias` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeleteConnectionAliasRequest",
    "DeleteConnectionAliasResult",
]


@shape
class DeleteConnectionAliasRequest:
    """The arguments of `delete_connection_alias`."""

    alias_id: str = member("AliasId", min=13)
    """The identifier of the connection alias to delete."""


@shape
class DeleteConnectionAliasResult:
    """What `delete_connection_alias` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
