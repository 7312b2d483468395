"""Client branding, client properties and Amazon Connect client add-ins."""

from __future__ import annotations

from collections.abc import Mapping

from ._shape import WireEnum, member, shape
from .common import ReconnectEnum

__all__ = [
    "ClientDeviceType",
    "ClientProperties",
    "ClientPropertiesResult",
    "ConnectClientAddIn",
    "DefaultClientBrandingAttributes",
    "DefaultImportClientBrandingAttributes",
    "IosClientBrandingAttributes",
    "IosImportClientBrandingAttributes",
    "LogUploadEnum",
]


class ClientDeviceType(WireEnum):
    """The ClientDeviceType values the service knows."""

    DEVICETYPEWINDOWS = "DeviceTypeWindows"
    DEVICETYPEOSX = "DeviceTypeOsx"
    DEVICETYPEANDROID = "DeviceTypeAndroid"
    DEVICETYPEIOS = "DeviceTypeIos"
    DEVICETYPELINUX = "DeviceTypeLinux"
    DEVICETYPEWEB = "DeviceTypeWeb"


class LogUploadEnum(WireEnum):
    """The LogUploadEnum values the service knows."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


@shape
class ClientProperties:
    """Describes an Amazon WorkSpaces client."""

    reconnect_enabled: ReconnectEnum | None = member("ReconnectEnabled", default=None)
    """Specifies whether users can cache their credentials on the Amazon WorkSpaces client.
    """
    log_upload_enabled: LogUploadEnum | None = member("LogUploadEnabled", default=None)
    """Specifies whether users can upload diagnostic log files of Amazon WorkSpaces client
    directly to WorkSpaces to troubleshoot issues when using the WorkSpaces client.
    """
    client_experience_policy: str | None = member("ClientExperiencePolicy", default=None)
    """The client experience policy that determines which client experience the user sees.
    """


@shape
class ClientPropertiesResult:
    """Information about the Amazon WorkSpaces client."""

    resource_id: str | None = member("ResourceId", min=1, default=None)
    """The resource identifier, in the form of a directory ID."""
    client_properties: ClientProperties | None = member("ClientProperties", default=None)
    """Information about the Amazon WorkSpaces client."""


@shape
class ConnectClientAddIn:
    """Describes an Connect Customer client add-in."""

    add_in_id: str | None = member("AddInId", min=36, default=None)
    """The client add-in identifier."""
    resource_id: str | None = member("ResourceId", min=10, default=None)
    """The directory identifier for which the client add-in is configured."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the client add in."""
    url: str | None = member("URL", min=1, default=None)
    """The endpoint URL of the client add-in."""


@shape
class DefaultClientBrandingAttributes:
    """Returns default client branding attributes that were imported."""

    logo_url: str | None = member("LogoUrl", min=1, default=None)
    """The logo."""
    support_email: str | None = member("SupportEmail", min=6, default=None)
    """The support email."""
    support_link: str | None = member("SupportLink", min=1, default=None)
    """The support link."""
    forgot_password_link: str | None = member("ForgotPasswordLink", min=1, default=None)
    """The forgotten password link."""
    login_message: dict[str, str] | None = member("LoginMessage", default=None)
    """The login message."""


@shape
class DefaultImportClientBrandingAttributes:
    """The default client branding attributes to be imported."""

    logo: bytes | None = member("Logo", min=1, default=None)
    """The logo."""
    support_email: str | None = member("SupportEmail", min=6, default=None)
    """The support email."""
    support_link: str | None = member("SupportLink", min=1, default=None)
    """The support link."""
    forgot_password_link: str | None = member("ForgotPasswordLink", min=1, default=None)
    """The forgotten password link."""
    login_message: Mapping[str, str] | None = member("LoginMessage", default=None)
    """The login message."""


@shape
class IosClientBrandingAttributes:
    """The client branding attributes for iOS device types."""

    logo_url: str | None = member("LogoUrl", min=1, default=None)
    """The logo."""
    logo2x_url: str | None = member("Logo2xUrl", min=1, default=None)
    """The @2x version of the logo."""
    logo3x_url: str | None = member("Logo3xUrl", min=1, default=None)
    """The @3x version of the logo."""
    support_email: str | None = member("SupportEmail", min=6, default=None)
    """The support email."""
    support_link: str | None = member("SupportLink", min=1, default=None)
    """The support link."""
    forgot_password_link: str | None = member("ForgotPasswordLink", min=1, default=None)
    """The forgotten password link."""
    login_message: dict[str, str] | None = member("LoginMessage", default=None)
    """The login message."""


@shape
class IosImportClientBrandingAttributes:
    """The client branding attributes to import for iOS device types."""

    logo: bytes | None = member("Logo", min=1, default=None)
    """The logo."""
    logo2x: bytes | None = member("Logo2x", min=1, default=None)
    """The @2x version of the logo."""
    logo3x: bytes | None = member("Logo3x", min=1, default=None)
    """The @3x version of the logo."""
    support_email: str | None = member("SupportEmail", min=6, default=None)
    """The support email."""
    support_link: str | None = member("SupportLink", min=1, default=None)
    """The support link."""
    forgot_password_link: str | None = member("ForgotPasswordLink", min=1, default=None)
    """The forgotten password link."""
    login_message: Mapping[str, str] | None = member("LoginMessage", default=None)
    """The login message."""
