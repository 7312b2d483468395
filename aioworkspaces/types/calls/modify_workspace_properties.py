"""What `modify_workspace_properties` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import DataReplication, WorkspaceProperties

__all__ = [
    "ModifyWorkspacePropertiesRequest",
    "ModifyWorkspacePropertiesResult",
]


@shape
class ModifyWorkspacePropertiesRequest:
    """The arguments of `modify_workspace_properties`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    workspace_properties: WorkspaceProperties | None = member("WorkspaceProperties", default=None)
    """The properties of the WorkSpace."""
    data_replication: DataReplication | None = member("DataReplication", default=None)
    """Indicates the data replication status."""


@shape
class ModifyWorkspacePropertiesResult:
    """What `modify_workspace_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
