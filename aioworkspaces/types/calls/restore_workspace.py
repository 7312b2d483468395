"""What `restore_workspace` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "RestoreWorkspaceRequest",
    "RestoreWorkspaceResult",
]


@shape
class RestoreWorkspaceRequest:
    """The arguments of `restore_workspace`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class RestoreWorkspaceResult:
    """What `restore_workspace` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
