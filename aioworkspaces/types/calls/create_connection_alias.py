"""What `create_connection_alias` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag

__all__ = [
    "CreateConnectionAliasRequest",
    "CreateConnectionAliasResult",
]


@shape
class CreateConnectionAliasRequest:
    """The arguments of `create_connection_alias`."""

    connection_string: str = member("ConnectionString", min=1)
    """A connection string in the form of a fully qualified domain name (FQDN), such as
    www.example.com .
    """
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags to associate with the connection alias."""


@shape
class CreateConnectionAliasResult:
    """What `create_connection_alias` returns."""

    alias_id: str | None = member("AliasId", min=13, default=None)
    """The identifier of the connection alias."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
