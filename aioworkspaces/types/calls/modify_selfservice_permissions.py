"""What `modify_selfservice_permissions` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import SelfservicePermissions

__all__ = [
    "ModifySelfservicePermissionsRequest",
    "ModifySelfservicePermissionsResult",
]


@shape
class ModifySelfservicePermissionsRequest:
    """The arguments of `modify_selfservice_permissions`."""

    resource_id: str = member("ResourceId", min=10)
    """The identifier of the directory."""
    selfservice_permissions: SelfservicePermissions = member("SelfservicePermissions")
    """The permissions to enable or disable self-service capabilities."""


@shape
class ModifySelfservicePermissionsResult:
    """What `modify_selfservice_permissions` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
