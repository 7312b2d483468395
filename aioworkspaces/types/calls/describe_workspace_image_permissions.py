"""What `describe_workspace_image_permissions` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..images import ImagePermission

__all__ = [
    "DescribeWorkspaceImagePermissionsRequest",
    "DescribeWorkspaceImagePermissionsResult",
]


@shape
class DescribeWorkspaceImagePermissionsRequest:
    """The arguments of `describe_workspace_image_permissions`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class DescribeWorkspaceImagePermissionsResult:
    """What `describe_workspace_image_permissions` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""
    image_permissions: list[ImagePermission] | None = member("ImagePermissions", default=None)
    """The identifiers of the Amazon Web Services accounts that the image has been shared with.
    """
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
