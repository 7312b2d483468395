"""What `modify_workspace_state` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import TargetWorkspaceState

__all__ = [
    "ModifyWorkspaceStateRequest",
    "ModifyWorkspaceStateResult",
]


@shape
class ModifyWorkspaceStateRequest:
    """The arguments of `modify_workspace_state`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    workspace_state: TargetWorkspaceState = member("WorkspaceState")
    """The WorkSpace state."""


@shape
class ModifyWorkspaceStateResult:
    """What `modify_workspace_state` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
