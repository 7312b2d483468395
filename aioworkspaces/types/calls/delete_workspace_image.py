"""What `delete_workspace_image` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeleteWorkspaceImageRequest",
    "DeleteWorkspaceImageResult",
]


@shape
class DeleteWorkspaceImageRequest:
    """The arguments of `delete_workspace_image`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""


@shape
class DeleteWorkspaceImageResult:
    """What `delete_workspace_image` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
