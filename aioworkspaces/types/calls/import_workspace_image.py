"""What `import_workspace_image` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag
from ..images import Application, WorkspaceImageIngestionProcess

__all__ = [
    "ImportWorkspaceImageRequest",
    "ImportWorkspaceImageResult",
]


@shape
class ImportWorkspaceImageRequest:
    """The arguments of `import_workspace_image`."""

    ec2_image_id: str = member("Ec2ImageId")
    """The identifier of the EC2 image."""
    ingestion_process: WorkspaceImageIngestionProcess = member("IngestionProcess")
    """The ingestion process to be used when importing the image, depending on which protocol
    you want to use for your BYOL Workspace image, either PCoIP, WSP, or bring your own
    protocol (BYOP).
    """
    image_name: str = member("ImageName", min=1)
    """The name of the WorkSpace image."""
    image_description: str = member("ImageDescription", min=1)
    """The description of the WorkSpace image."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags."""
    applications: Sequence[Application] | None = member("Applications", min=1, default=None)
    """If specified, the version of Microsoft Office to subscribe to."""


@shape
class ImportWorkspaceImageResult:
    """What `import_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the WorkSpace image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
