"""Tags on WorkSpaces resources."""

from __future__ import annotations

from collections.abc import Sequence

from ._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from .common import Tag

__all__ = [
    "CreateTagsRequest",
    "CreateTagsResult",
    "DeleteTagsRequest",
    "DeleteTagsResult",
    "DescribeTagsRequest",
    "DescribeTagsResult",
]


@shape
class CreateTagsRequest:
    """The arguments of `create_tags`."""

    resource_id: str = member("ResourceId", min=1)
    """The identifier of the WorkSpaces resource."""
    tags: Sequence[Tag] = member("Tags")
    """The tags."""


@shape
class CreateTagsResult:
    """What `create_tags` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DeleteTagsRequest:
    """The arguments of `delete_tags`."""

    resource_id: str = member("ResourceId", min=1)
    """The identifier of the WorkSpaces resource."""
    tag_keys: Sequence[str] = member("TagKeys")
    """The tag keys."""


@shape
class DeleteTagsResult:
    """What `delete_tags` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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
