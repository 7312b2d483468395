"""What `update_connection_alias_permission` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..connection_aliases import ConnectionAliasPermission

__all__ = [
    "UpdateConnectionAliasPermissionRequest",
    "UpdateConnectionAliasPermissionResult",
]


@shape
class UpdateConnectionAliasPermissionRequest:
    """The arguments of `update_connection_alias_permission`."""

    alias_id: str = member("AliasId", min=13)
    """The identifier of the connection alias that you want to update permissions for."""
    connection_alias_permission: ConnectionAliasPermission = member("ConnectionAliasPermission")
    """Indicates whether to share or unshare the connection alias with the specified Amazon Web
    Services account.
    """


@shape
class UpdateConnectionAliasPermissionResult:
    """What `update_connection_alias_permission` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
