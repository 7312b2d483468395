"""What `import_client_branding` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..client import (
    DefaultClientBrandingAttributes,
    DefaultImportClientBrandingAttributes,
    IosClientBrandingAttributes,
    IosImportClientBrandingAttributes,
)

__all__ = [
    "ImportClientBrandingRequest",
    "ImportClientBrandingResult",
]


@shape
class ImportClientBrandingRequest:
    """The arguments of `import_client_branding`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier of the WorkSpace for which you want to import client branding.
    """
    device_type_windows: DefaultImportClientBrandingAttributes | None = member(
        "DeviceTypeWindows", default=None
    )
    """The branding information to import for Windows devices."""
    device_type_osx: DefaultImportClientBrandingAttributes | None = member(
        "DeviceTypeOsx", default=None
    )
    """The branding information to import for macOS devices."""
    device_type_android: DefaultImportClientBrandingAttributes | None = member(
        "DeviceTypeAndroid", default=None
    )
    """The branding information to import for Android devices."""
    device_type_ios: IosImportClientBrandingAttributes | None = member(
        "DeviceTypeIos", default=None
    )
    """The branding information to import for iOS devices."""
    device_type_linux: DefaultImportClientBrandingAttributes | None = member(
        "DeviceTypeLinux", default=None
    )
    """The branding information to import for Linux devices."""
    device_type_web: DefaultImportClientBrandingAttributes | None = member(
        "DeviceTypeWeb", default=None
    )
    """The branding information to import for web access."""


@shape
class ImportClientBrandingResult:
    """What `import_client_branding` returns."""

    device_type_windows: DefaultClientBrandingAttributes | None = member(
        "DeviceTypeWindows", default=None
    )
    """The branding information configured for Windows devices."""
    device_type_osx: DefaultClientBrandingAttributes | None = member("DeviceTypeOsx", default=None)
    """The branding information configured for macOS devices."""
    device_type_android: DefaultClientBrandingAttributes | None = member(
        "DeviceTypeAndroid", default=None
    )
    """The branding information configured for Android devices."""
    device_type_ios: IosClientBrandingAttributes | None = member("DeviceTypeIos", default=None)
    """The branding information configured for iOS devices."""
    device_type_linux: DefaultClientBrandingAttributes | None = member(
        "DeviceTypeLinux", default=None
    )
    """The branding information configured for Linux devices."""
    device_type_web: DefaultClientBrandingAttributes | None = member("DeviceTypeWeb", default=None)
    """The branding information configured for web access."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
