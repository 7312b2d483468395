"""What `delete_tags` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeleteTagsRequest",
    "DeleteTagsResult",
]


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
