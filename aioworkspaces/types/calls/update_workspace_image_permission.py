"""What `update_workspace_image_permission` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "UpdateWorkspaceImagePermissionRequest",
    "UpdateWorkspaceImagePermissionResult",
]


@shape
class UpdateWorkspaceImagePermissionRequest:
    """The arguments of `update_workspace_image_permission`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""
    allow_copy_image: bool = member("AllowCopyImage")
    """The permission to copy the image."""
    shared_account_id: str = member("SharedAccountId")
    """The identifier of the Amazon Web Services account to share or unshare the image with.
    """


@shape
class UpdateWorkspaceImagePermissionResult:
    """What `update_workspace_image_permission` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
