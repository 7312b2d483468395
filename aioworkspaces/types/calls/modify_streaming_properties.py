"""What `modify_streaming_properties` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import StreamingProperties

__all__ = [
    "ModifyStreamingPropertiesRequest",
    "ModifyStreamingPropertiesResult",
]


@shape
class ModifyStreamingPropertiesRequest:
    """The arguments of `modify_streaming_properties`."""

    resource_id: str = member("ResourceId", min=10)
    """The identifier of the resource."""
    streaming_properties: StreamingProperties | None = member("StreamingProperties", default=None)
    """The streaming properties to configure."""


@shape
class ModifyStreamingPropertiesResult:
    """What `modify_streaming_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
