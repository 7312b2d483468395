"""What `modify_workspace_access_properties` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import WorkspaceAccessProperties

__all__ = [
    "ModifyWorkspaceAccessPropertiesRequest",
    "ModifyWorkspaceAccessPropertiesResult",
]


@shape
class ModifyWorkspaceAccessPropertiesRequest:
    """The arguments of `modify_workspace_access_properties`."""

    resource_id: str = member("ResourceId", min=10)
    """The identifier of the directory."""
    workspace_access_properties: WorkspaceAccessProperties = member("WorkspaceAccessProperties")
    """The device types and operating systems to enable or disable for access."""


@shape
class ModifyWorkspaceAccessPropertiesResult:
    """What `modify_workspace_access_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
