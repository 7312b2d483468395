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
    """The CreateTagsRequest structure of the model."""

    resource_id: str = member("ResourceId", min=1)
    """The identifier of the WorkSpaces resource."""
    tags: Sequence[Tag] = member("Tags")
    """The tags."""


@shape
class CreateTagsResult:
    """The CreateTagsResult structure of the model."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DeleteTagsRequest:
    """The DeleteTagsRequest structure of the model."""

    resource_id: str = member("ResourceId", min=1)
    """The identifier of the WorkSpaces resource."""
    tag_keys: Sequence[str] = member("TagKeys")
    """The tag keys."""


@shape
class DeleteTagsResult:
    """The DeleteTagsResult structure of the model."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeTagsRequest:
    """The DescribeTagsRequest structure of the model."""

    resource_id: str = member("ResourceId", min=1)
    """The identifier of the WorkSpaces resource."""


@shape
class DescribeTagsResult:
    """The DescribeTagsResult structure of the model."""

    tag_list: list[Tag] | None = member("TagList", default=None)
    """The tags."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
