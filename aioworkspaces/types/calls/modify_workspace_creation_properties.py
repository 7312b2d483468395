"""What `modify_workspace_creation_properties` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import WorkspaceCreationProperties

__all__ = [
    "ModifyWorkspaceCreationPropertiesRequest",
    "ModifyWorkspaceCreationPropertiesResult",
]


@shape
class ModifyWorkspaceCreationPropertiesRequest:
    """The arguments of `modify_workspace_creation_properties`."""

    resource_id: str = member("ResourceId", min=10)
    """The identifier of the directory."""
    workspace_creation_properties: WorkspaceCreationProperties = member(
        "WorkspaceCreationProperties"
    )
    """The default properties for creating WorkSpaces."""


@shape
class ModifyWorkspaceCreationPropertiesResult:
    """What `modify_workspace_creation_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
