"""Connection aliases for cross-Region redirection."""

from __future__ import annotations

from collections.abc import Sequence

from ._shape import NO_METADATA, ResponseMetadata, WireEnum, member, metadata_member, shape
from .common import Tag

__all__ = [
    "AssociateConnectionAliasRequest",
    "AssociateConnectionAliasResult",
    "AssociationStatus",
    "ConnectionAlias",
    "ConnectionAliasAssociation",
    "ConnectionAliasPermission",
    "ConnectionAliasState",
    "CreateConnectionAliasRequest",
    "CreateConnectionAliasResult",
    "DeleteConnectionAliasRequest",
    "DeleteConnectionAliasResult",
    "DescribeConnectionAliasPermissionsRequest",
    "DescribeConnectionAliasPermissionsResult",
    "DescribeConnectionAliasesRequest",
    "DescribeConnectionAliasesResult",
    "DisassociateConnectionAliasRequest",
    "DisassociateConnectionAliasResult",
    "UpdateConnectionAliasPermissionRequest",
    "UpdateConnectionAliasPermissionResult",
]


class AssociationStatus(WireEnum):
    """The AssociationStatus values the service knows."""

    NOT_ASSOCIATED = "NOT_ASSOCIATED"
    ASSOCIATED_WITH_OWNER_ACCOUNT = "ASSOCIATED_WITH_OWNER_ACCOUNT"
    ASSOCIATED_WITH_SHARED_ACCOUNT = "ASSOCIATED_WITH_SHARED_ACCOUNT"
    PENDING_ASSOCIATION = "PENDING_ASSOCIATION"
    PENDING_DISASSOCIATION = "PENDING_DISASSOCIATION"


class ConnectionAliasState(WireEnum):
    """The ConnectionAliasState values the service knows."""

    CREATING = "CREATING"
    CREATED = "CREATED"
    DELETING = "DELETING"


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


@shape
class ConnectionAliasAssociation:
    """Describes a connection alias association that is used for cross-Region redirection."""

    association_status: AssociationStatus | None = member("AssociationStatus", default=None)
    """The association status of the connection alias."""
    associated_account_id: str | None = member("AssociatedAccountId", default=None)
    """The identifier of the Amazon Web Services account that associated the connection alias
    with a directory.
    """
    resource_id: str | None = member("ResourceId", min=1, default=None)
    """The identifier of the directory associated with a connection alias."""
    connection_identifier: str | None = member("ConnectionIdentifier", min=1, default=None)
    """The identifier of the connection alias association."""


@shape
class ConnectionAlias:
    """Describes a connection alias."""

    connection_string: str | None = member("ConnectionString", min=1, default=None)
    """The connection string specified for the connection alias."""
    alias_id: str | None = member("AliasId", min=13, default=None)
    """The identifier of the connection alias."""
    state: ConnectionAliasState | None = member("State", default=None)
    """The current state of the connection alias."""
    owner_account_id: str | None = member("OwnerAccountId", default=None)
    """The identifier of the Amazon Web Services account that owns the connection alias."""
    associations: list[ConnectionAliasAssociation] | None = member(
        "Associations", min=1, default=None
    )
    """The association status of the connection alias."""


@shape
class ConnectionAliasPermission:
    """Describes the permissions for a connection alias."""

    shared_account_id: str = member("SharedAccountId")
    """The identifier of the Amazon Web Services account that the connection alias is shared
    with.
    """
    allow_association: bool = member("AllowAssociation")
    """Indicates whether the specified Amazon Web Services account is allowed to associate the
    connection alias with a directory.
    """


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
