"""What `create_updated_workspace_image` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag

__all__ = [
    "CreateUpdatedWorkspaceImageRequest",
    "CreateUpdatedWorkspaceImageResult",
]


@shape
class CreateUpdatedWorkspaceImageRequest:
    """The arguments of `create_updated_workspace_image`."""

    name: str = member("Name", min=1)
    """The name of the new updated WorkSpace image."""
    description: str = member("Description", min=1)
    """A description of whether updates for the WorkSpace image are available."""
    source_image_id: str = member("SourceImageId")
    """The identifier of the source WorkSpace image."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags that you want to add to the new updated WorkSpace image."""


@shape
class CreateUpdatedWorkspaceImageResult:
    """What `create_updated_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the new updated WorkSpace image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
