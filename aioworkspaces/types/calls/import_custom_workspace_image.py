"""What `import_custom_workspace_image` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag
from ..images import (
    CustomImageProtocol,
    CustomWorkspaceImageImportState,
    ImageComputeType,
    ImageSourceIdentifier,
    ImageValidationMode,
    OSVersion,
    Platform,
)

__all__ = [
    "ImportCustomWorkspaceImageRequest",
    "ImportCustomWorkspaceImageResult",
]


@shape
class ImportCustomWorkspaceImageRequest:
    """The arguments of `import_custom_workspace_image`."""

    image_name: str = member("ImageName", min=1)
    """The name of the WorkSpace image."""
    image_description: str = member("ImageDescription", min=1)
    """The description of the WorkSpace image."""
    compute_type: ImageComputeType = member("ComputeType")
    """The supported compute type for the WorkSpace image."""
    protocol: CustomImageProtocol = member("Protocol")
    """The supported protocol for the WorkSpace image."""
    image_source: ImageSourceIdentifier = member("ImageSource")
    """The options for image import source."""
    infrastructure_configuration_arn: str = member("InfrastructureConfigurationArn", min=1)
    """The infrastructure configuration ARN that specifies how the WorkSpace image is built.
    """
    platform: Platform = member("Platform")
    """The platform for the WorkSpace image source."""
    os_version: OSVersion = member("OsVersion")
    """The OS version for the WorkSpace image source."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The resource tags."""
    image_validation_mode: ImageValidationMode | None = member("ImageValidationMode", default=None)
    """The image validation mode for the WorkSpace image import."""


@shape
class ImportCustomWorkspaceImageResult:
    """What `import_custom_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the WorkSpace image."""
    state: CustomWorkspaceImageImportState | None = member("State", default=None)
    """The state of the WorkSpace image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
