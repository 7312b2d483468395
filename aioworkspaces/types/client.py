"""Client branding, client properties and Amazon Connect client add-ins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._shape import NO_METADATA, ResponseMetadata, WireEnum, member, metadata_member, shape
from .common import ReconnectEnum

__all__ = [
    "ClientDeviceType",
    "ClientProperties",
    "ClientPropertiesResult",
    "ConnectClientAddIn",
    "CreateConnectClientAddInRequest",
    "CreateConnectClientAddInResult",
    "DefaultClientBrandingAttributes",
    "DefaultImportClientBrandingAttributes",
    "DeleteClientBrandingRequest",
    "DeleteClientBrandingResult",
    "DeleteConnectClientAddInRequest",
    "DeleteConnectClientAddInResult",
    "DescribeClientBrandingRequest",
    "DescribeClientBrandingResult",
    "DescribeClientPropertiesRequest",
    "DescribeClientPropertiesResult",
    "DescribeConnectClientAddInsRequest",
    "DescribeConnectClientAddInsResult",
    "ImportClientBrandingRequest",
    "ImportClientBrandingResult",
    "IosClientBrandingAttributes",
    "IosImportClientBrandingAttributes",
    "LogUploadEnum",
    "ModifyClientPropertiesRequest",
    "ModifyClientPropertiesResult",
    "UpdateConnectClientAddInRequest",
    "UpdateConnectClientAddInResult",
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
class CreateConnectClientAddInRequest:
    """The arguments of `create_connect_client_add_in`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which to configure the client add-in."""
    name: str = member("Name", min=1)
    """The name of the client add-in."""
    url: str = member("URL", min=1)
    """The endpoint URL of the Connect Customer client add-in."""


@shape
class CreateConnectClientAddInResult:
    """What `create_connect_client_add_in` returns."""

    add_in_id: str | None = member("AddInId", min=36, default=None)
    """The client add-in identifier."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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


@shape
class DeleteConnectClientAddInRequest:
    """The arguments of `delete_connect_client_add_in`."""

    add_in_id: str = member("AddInId", min=36)
    """The identifier of the client add-in to delete."""
    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which the client add-in is configured."""


@shape
class DeleteConnectClientAddInResult:
    """What `delete_connect_client_add_in` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeClientBrandingRequest:
    """The arguments of `describe_client_branding`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier of the WorkSpace for which you want to view client branding
    information.
    """


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


@shape
class DescribeConnectClientAddInsRequest:
    """The arguments of `describe_connect_client_add_ins`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which the client add-in is configured."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class DescribeConnectClientAddInsResult:
    """What `describe_connect_client_add_ins` returns."""

    add_ins: list[ConnectClientAddIn] | None = member("AddIns", default=None)
    """Information about client add-ins."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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


@shape
class UpdateConnectClientAddInRequest:
    """The arguments of `update_connect_client_add_in`."""

    add_in_id: str = member("AddInId", min=36)
    """The identifier of the client add-in to update."""
    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which the client add-in is configured."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the client add-in."""
    url: str | None = member("URL", min=1, default=None)
    """The endpoint URL of the Connect Customer client add-in."""


@shape
class UpdateConnectClientAddInResult:
    """What `update_connect_client_add_in` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
