"""What `describe_image_associations` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..images import ImageAssociatedResourceType, ImageResourceAssociation

__all__ = [
    "DescribeImageAssociationsRequest",
    "DescribeImageAssociationsResult",
]


@shape
class DescribeImageAssociationsRequest:
    """The arguments of `describe_image_associations`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""
    associated_resource_types: Sequence[ImageAssociatedResourceType] = member(
        "AssociatedResourceTypes"
    )
    """The resource types of the associated resource."""


@shape
class DescribeImageAssociationsResult:
    """What `describe_image_associations` returns."""

    associations: list[ImageResourceAssociation] | None = member("Associations", default=None)
    """List of information about the specified associations."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
