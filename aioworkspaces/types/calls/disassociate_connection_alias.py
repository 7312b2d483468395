"""What `disassociate_connection_alias` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DisassociateConnectionAliasRequest",
    "DisassociateConnectionAliasResult",
]


@shape
class DisassociateConnectionAliasRequest:
    """The arguments of `disassociate_connection_alias`."""

    alias_id: str = member("AliasId", min=13)
    """The identifier of the connection alias to disassociate."""


@shape
class DisassociateConnectionAliasResult:
    """What `disassociate_connection_alias` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
