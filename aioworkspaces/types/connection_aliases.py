"""Connection aliases for cross-Region redirection."""

from __future__ import annotations

from ._shape import WireEnum, member, shape

__all__ = [
    "AssociationStatus",
    "ConnectionAlias",
    "ConnectionAliasAssociation",
    "ConnectionAliasPermission",
    "ConnectionAliasState",
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
