"""What `modify_client_properties` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..client import ClientProperties

__all__ = [
    "ModifyClientPropertiesRequest",
    "ModifyClientPropertiesResult",
]


@shape
class ModifyClientPropertiesRequest:
    """The arguments of `modify_client_properties`."""

    resource_id: str = member("ResourceId", min=1)
    """The resource identifiers, in the form of directory IDs."""
    client_properties: ClientProperties = member("ClientProperties")
    """Information about the Amazon WorkSpaces client."""


@shape
class ModifyClientPropertiesResult:
    """What `modify_client_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
