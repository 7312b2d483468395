"""What `describe_client_properties` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..client import ClientPropertiesResult

__all__ = [
    "DescribeClientPropertiesRequest",
    "DescribeClientPropertiesResult",
]


@shape
class DescribeClientPropertiesRequest:
    """The arguments of `describe_client_properties`."""

    resource_ids: Sequence[str] = member("ResourceIds", min=1)
    """The resource identifier, in the form of directory IDs."""


@shape
class DescribeClientPropertiesResult:
    """What `describe_client_properties` returns."""

    client_properties_list: list[ClientPropertiesResult] | None = member(
        "ClientPropertiesList", default=None
    )
    """Information about the specified Amazon WorkSpaces clients."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
