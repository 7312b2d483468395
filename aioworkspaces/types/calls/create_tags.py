"""What `create_tags` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag

__all__ = [
    "CreateTagsRequest",
    "CreateTagsResult",
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
