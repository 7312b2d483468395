"""What `create_workspace_image` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag
from ..images import OperatingSystem, WorkspaceImageRequiredTenancy, WorkspaceImageState

__all__ = [
    "CreateWorkspaceImageRequest",
    "CreateWorkspaceImageResult",
]


@shape
class CreateWorkspaceImageRequest:
    """The arguments of `create_workspace_image`."""

    name: str = member("Name", min=1)
    """The name of the new WorkSpace image."""
    description: str = member("Description", min=1)
    """The description of the new WorkSpace image."""
    workspace_id: str = member("WorkspaceId")
    """The identifier of the source WorkSpace"""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags that you want to add to the new WorkSpace image."""


@shape
class CreateWorkspaceImageResult:
    """What `create_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the new WorkSpace image."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the image."""
    description: str | None = member("Description", min=1, default=None)
    """The description of the image."""
    operating_system: OperatingSystem | None = member("OperatingSystem", default=None)
    """The operating system that the image is running."""
    state: WorkspaceImageState | None = member("State", default=None)
    """The availability status of the image."""
    required_tenancy: WorkspaceImageRequiredTenancy | None = member("RequiredTenancy", default=None)
    """Specifies whether the image is running on dedicated hardware."""
    created: datetime | None = member("Created", default=None)
    """The date when the image was created."""
    owner_account_id: str | None = member("OwnerAccountId", default=None)
    """The identifier of the Amazon Web Services account that owns the image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
