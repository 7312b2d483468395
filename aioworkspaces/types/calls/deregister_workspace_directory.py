"""What `deregister_workspace_directory` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeregisterWorkspaceDirectoryRequest",
    "DeregisterWorkspaceDirectoryResult",
]


@shape
class DeregisterWorkspaceDirectoryRequest:
    """The arguments of `deregister_workspace_directory`."""

    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory."""


@shape
class DeregisterWorkspaceDirectoryResult:
    """What `deregister_workspace_directory` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
