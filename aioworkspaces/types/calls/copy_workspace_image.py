"""What `copy_workspace_image` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag

__all__ = [
    "CopyWorkspaceImageRequest",
    "CopyWorkspaceImageResult",
]


@shape
class CopyWorkspaceImageRequest:
    """The arguments of `copy_workspace_image`."""

    name: str = member("Name", min=1)
    """The name of the image."""
    description: str | None = member("Description", min=1, default=None)
    """A description of the image."""
    source_image_id: str = member("SourceImageId")
    """The identifier of the source image."""
    source_region: str = member("SourceRegion", min=1)
    """The identifier of the source Region."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags for the image."""


@shape
class CopyWorkspaceImageResult:
    """What `copy_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
