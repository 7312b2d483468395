"""What `describe_tags` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag

__all__ = [
    "DescribeTagsRequest",
    "DescribeTagsResult",
]


@shape
class DescribeTagsRequest:
    """The arguments of `describe_tags`."""

    resource_id: str = member("ResourceId", min=1)
    """The identifier of the WorkSpaces resource."""


@shape
class DescribeTagsResult:
    """What `describe_tags` returns."""

    tag_list: list[Tag] | None = member("TagList", default=None)
    """The tags."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
