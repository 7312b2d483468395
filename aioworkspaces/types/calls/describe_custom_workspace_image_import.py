"""What `describe_custom_workspace_image_import` takes and returns."""

from __future__ import annotations

from datetime import datetime

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..images import (
    CustomWorkspaceImageImportErrorDetails,
    CustomWorkspaceImageImportState,
    ImageSourceIdentifier,
)

__all__ = [
    "DescribeCustomWorkspaceImageImportRequest",
    "DescribeCustomWorkspaceImageImportResult",
]


@shape
class DescribeCustomWorkspaceImageImportRequest:
    """The arguments of `describe_custom_workspace_image_import`."""

    image_id: str = member("ImageId")
    """The identifier of the WorkSpace image."""


@shape
class DescribeCustomWorkspaceImageImportResult:
    """What `describe_custom_workspace_image_import` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the WorkSpace image."""
    infrastructure_configuration_arn: str | None = member(
        "InfrastructureConfigurationArn", min=1, default=None
    )
    """The infrastructure configuration ARN that specifies how the WorkSpace image is built.
    """
    state: CustomWorkspaceImageImportState | None = member("State", default=None)
    """The state of the WorkSpace image."""
    state_message: str | None = member("StateMessage", min=1, default=None)
    """The state message of the WorkSpace image import workflow."""
    progress_percentage: int | None = member("ProgressPercentage", min=0, default=None)
    """The estimated progress percentage of the WorkSpace image import workflow."""
    created: datetime | None = member("Created", default=None)
    """The timestamp when the WorkSpace image import was created."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The timestamp when the WorkSpace image import was last updated."""
    image_source: ImageSourceIdentifier | None = member("ImageSource", default=None)
    """Describes the image import source."""
    image_builder_instance_id: str | None = member("ImageBuilderInstanceId", min=1, default=None)
    """The image builder instance ID of the WorkSpace image."""
    error_details: list[CustomWorkspaceImageImportErrorDetails] | None = member(
        "ErrorDetails", default=None
    )
    """Describes in-depth details about the error."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
