"""What `describe_workspace_images` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..images import ImageType, WorkspaceImage

__all__ = [
    "DescribeWorkspaceImagesRequest",
    "DescribeWorkspaceImagesResult",
]


@shape
class DescribeWorkspaceImagesRequest:
    """The arguments of `describe_workspace_images`."""

    image_ids: Sequence[str] | None = member("ImageIds", min=1, default=None)
    """The identifier of the image."""
    image_type: ImageType | None = member("ImageType", default=None)
    """The type (owned or shared) of the image."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class DescribeWorkspaceImagesResult:
    """What `describe_workspace_images` returns."""

    images: list[WorkspaceImage] | None = member("Images", default=None)
    """Information about the images."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
