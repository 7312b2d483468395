"""What `describe_client_branding` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..client import DefaultClientBrandingAttributes, IosClientBrandingAttributes

__all__ = [
    "DescribeClientBrandingRequest",
    "DescribeClientBrandingResult",
]


@shape
class DescribeClientBrandingRequest:
    """The arguments of `describe_client_branding`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier of the WorkSpace for which you want to view client branding
    information.
    """


@shape
class DescribeClientBrandingResult:
    """What `describe_client_branding` returns."""

    device_type_windows: DefaultClientBrandingAttributes | None = member(
        "DeviceTypeWindows", default=None
    )
    """The branding information for Windows devices."""
    device_type_osx: DefaultClientBrandingAttributes | None = member("DeviceTypeOsx", default=None)
    """The branding information for macOS devices."""
    device_type_android: DefaultClientBrandingAttributes | None = member(
        "DeviceTypeAndroid", default=None
    )
    """The branding information for Android devices."""
    device_type_ios: IosClientBrandingAttributes | None = member("DeviceTypeIos", default=None)
    """The branding information for iOS devices."""
    device_type_linux: DefaultClientBrandingAttributes | None = member(
        "DeviceTypeLinux", default=None
    )
    """The branding information for Linux devices."""
    device_type_web: DefaultClientBrandingAttributes | None = member("DeviceTypeWeb", default=None)
    """The branding information for Web access."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
