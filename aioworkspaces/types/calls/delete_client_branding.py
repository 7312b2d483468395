"""What `delete_client_branding` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..client import ClientDeviceType

__all__ = [
    "DeleteClientBrandingRequest",
    "DeleteClientBrandingResult",
]


@shape
class DeleteClientBrandingRequest:
    """The arguments of `delete_client_branding`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier of the WorkSpace for which you want to delete client branding.
    """
    platforms: Sequence[ClientDeviceType] = member("Platforms", min=1)
    """The device type for which you want to delete client branding."""


@shape
class DeleteClientBrandingResult:
    """What `delete_client_branding` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
