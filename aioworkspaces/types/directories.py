"""Directories registered with WorkSpaces and their properties."""

from __future__ import annotations

from collections.abc import Sequence

from ._shape import WireEnum, member, shape
from .common import ReconnectEnum

__all__ = [
    "AGAModeForDirectoryEnum",
    "AGAPreferredProtocolForDirectory",
    "AccessEndpoint",
    "AccessEndpointConfig",
    "AccessEndpointType",
    "AccessPropertyValue",
    "ActiveDirectoryConfig",
    "CertificateBasedAuthProperties",
    "CertificateBasedAuthStatusEnum",
    "DefaultWorkspaceCreationProperties",
    "DeletableCertificateBasedAuthProperty",
    "DeletableSamlProperty",
    "DescribeWorkspaceDirectoriesFilter",
    "DescribeWorkspaceDirectoriesFilterName",
    "EndpointEncryptionMode",
    "GlobalAcceleratorForDirectory",
    "IDCConfig",
    "InternetFallbackProtocol",
    "MicrosoftEntraConfig",
    "SamlProperties",
    "SamlStatusEnum",
    "SelfservicePermissions",
    "StorageConnector",
    "StorageConnectorStatusEnum",
    "StorageConnectorTypeEnum",
    "StreamingExperiencePreferredProtocolEnum",
    "StreamingProperties",
    "Tenancy",
    "UserIdentityType",
    "UserSetting",
    "UserSettingActionEnum",
    "UserSettingPermissionEnum",
    "WorkspaceAccessProperties",
    "WorkspaceCreationProperties",
    "WorkspaceDirectory",
    "WorkspaceDirectoryState",
    "WorkspaceDirectoryType",
    "WorkspaceType",
]


class AGAModeForDirectoryEnum(WireEnum):
    """The AGAModeForDirectoryEnum values the service knows."""

    ENABLED_AUTO = "ENABLED_AUTO"
    DISABLED = "DISABLED"


class AGAPreferredProtocolForDirectory(WireEnum):
    """The AGAPreferredProtocolForDirectory values the service knows."""

    TCP = "TCP"
    NONE = "NONE"


class AccessEndpointType(WireEnum):
    """The AccessEndpointType values the service knows."""

    STREAMING_WSP = "STREAMING_WSP"


class AccessPropertyValue(WireEnum):
    """The AccessPropertyValue values the service knows."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class CertificateBasedAuthStatusEnum(WireEnum):
    """The CertificateBasedAuthStatusEnum values the service knows."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"


class DeletableCertificateBasedAuthProperty(WireEnum):
    """The DeletableCertificateBasedAuthProperty values the service knows."""

    CERTIFICATE_BASED_AUTH_PROPERTIES_CERTIFICATE_AUTHORITY_ARN = (
        "CERTIFICATE_BASED_AUTH_PROPERTIES_CERTIFICATE_AUTHORITY_ARN"
    )


class DeletableSamlProperty(WireEnum):
    """The DeletableSamlProperty values the service knows."""

    SAML_PROPERTIES_USER_ACCESS_URL = "SAML_PROPERTIES_USER_ACCESS_URL"
    SAML_PROPERTIES_RELAY_STATE_PARAMETER_NAME = "SAML_PROPERTIES_RELAY_STATE_PARAMETER_NAME"


class DescribeWorkspaceDirectoriesFilterName(WireEnum):
    """The DescribeWorkspaceDirectoriesFilterName values the service knows."""

    USER_IDENTITY_TYPE = "USER_IDENTITY_TYPE"
    WORKSPACE_TYPE = "WORKSPACE_TYPE"


class EndpointEncryptionMode(WireEnum):
    """The EndpointEncryptionMode values the service knows."""

    STANDARD_TLS = "STANDARD_TLS"
    FIPS_VALIDATED = "FIPS_VALIDATED"


class InternetFallbackProtocol(WireEnum):
    """The InternetFallbackProtocol values the service knows."""

    PCOIP = "PCOIP"


class SamlStatusEnum(WireEnum):
    """The SamlStatusEnum values the service knows."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK = "ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK"


class StorageConnectorStatusEnum(WireEnum):
    """The StorageConnectorStatusEnum values the service knows."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class StorageConnectorTypeEnum(WireEnum):
    """The StorageConnectorTypeEnum values the service knows."""

    HOME_FOLDER = "HOME_FOLDER"


class StreamingExperiencePreferredProtocolEnum(WireEnum):
    """The StreamingExperiencePreferredProtocolEnum values the service knows."""

    TCP = "TCP"
    UDP = "UDP"


class Tenancy(WireEnum):
    """The Tenancy values the service knows."""

    DEDICATED = "DEDICATED"
    SHARED = "SHARED"


class UserIdentityType(WireEnum):
    """The UserIdentityType values the service knows."""

    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    AWS_DIRECTORY_SERVICE = "AWS_DIRECTORY_SERVICE"
    AWS_IAM_IDENTITY_CENTER = "AWS_IAM_IDENTITY_CENTER"


class UserSettingActionEnum(WireEnum):
    """The UserSettingActionEnum values the service knows."""

    CLIPBOARD_COPY_FROM_LOCAL_DEVICE = "CLIPBOARD_COPY_FROM_LOCAL_DEVICE"
    CLIPBOARD_COPY_TO_LOCAL_DEVICE = "CLIPBOARD_COPY_TO_LOCAL_DEVICE"
    PRINTING_TO_LOCAL_DEVICE = "PRINTING_TO_LOCAL_DEVICE"
    SMART_CARD = "SMART_CARD"


class UserSettingPermissionEnum(WireEnum):
    """The UserSettingPermissionEnum values the service knows."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class WorkspaceDirectoryState(WireEnum):
    """The WorkspaceDirectoryState values the service knows."""

    REGISTERING = "REGISTERING"
    REGISTERED = "REGISTERED"
    DEREGISTERING = "DEREGISTERING"
    DEREGISTERED = "DEREGISTERED"
    ERROR = "ERROR"


class WorkspaceDirectoryType(WireEnum):
    """The WorkspaceDirectoryType values the service knows."""

    SIMPLE_AD = "SIMPLE_AD"
    AD_CONNECTOR = "AD_CONNECTOR"
    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    AWS_IAM_IDENTITY_CENTER = "AWS_IAM_IDENTITY_CENTER"


class WorkspaceType(WireEnum):
    """The WorkspaceType values the service knows."""

    PERSONAL = "PERSONAL"
    POOLS = "POOLS"


@shape
class AccessEndpoint:
    """Describes the access type and endpoint for a WorkSpace."""

    access_endpoint_type: AccessEndpointType | None = member("AccessEndpointType", default=None)
    """Indicates the type of access endpoint."""
    vpc_endpoint_id: str | None = member("VpcEndpointId", default=None)
    """Indicates the VPC endpoint to use for access."""


@shape
class AccessEndpointConfig:
    """Describes the access endpoint configuration for a WorkSpace."""

    access_endpoints: Sequence[AccessEndpoint] = member("AccessEndpoints")
    """Indicates a list of access endpoints associated with this directory."""
    internet_fallback_protocols: Sequence[InternetFallbackProtocol] | None = member(
        "InternetFallbackProtocols", default=None
    )
    """Indicates a list of protocols that fallback to using the public Internet when streaming
    over a VPC endpoint is not available.
    """


@shape
class ActiveDirectoryConfig:
    """Information about the Active Directory config."""

    domain_name: str = member("DomainName")
    """The name of the domain."""
    service_account_secret_arn: str = member("ServiceAccountSecretArn")
    """Indicates the secret ARN on the service account."""


@shape
class CertificateBasedAuthProperties:
    """Describes the properties of the certificate-based authentication you want to use with
    your WorkSpaces.
    """

    status: CertificateBasedAuthStatusEnum | None = member("Status", default=None)
    """The status of the certificate-based authentication properties."""
    certificate_authority_arn: str | None = member("CertificateAuthorityArn", min=5, default=None)
    """The Amazon Resource Name (ARN) of the Amazon Web Services Certificate Manager Private CA
    resource.
    """


@shape
class DefaultWorkspaceCreationProperties:
    """Describes the default values that are used to create WorkSpaces."""

    enable_internet_access: bool | None = member("EnableInternetAccess", default=None)
    """Specifies whether to automatically assign an Elastic public IP address to WorkSpaces in
    this directory by default.
    """
    default_ou: str | None = member("DefaultOu", default=None)
    """The organizational unit (OU) in the directory for the WorkSpace machine accounts."""
    custom_security_group_id: str | None = member("CustomSecurityGroupId", min=11, default=None)
    """The identifier of the default security group to apply to WorkSpaces when they are
    created.
    """
    user_enabled_as_local_administrator: bool | None = member(
        "UserEnabledAsLocalAdministrator", default=None
    )
    """Specifies whether WorkSpace users are local administrators on their WorkSpaces."""
    enable_maintenance_mode: bool | None = member("EnableMaintenanceMode", default=None)
    """Specifies whether maintenance mode is enabled for WorkSpaces."""
    instance_iam_role_arn: str | None = member("InstanceIamRoleArn", default=None)
    """Indicates the IAM role ARN of the instance."""


@shape
class DescribeWorkspaceDirectoriesFilter:
    """Describes the filter conditions for the WorkSpaces to return."""

    name: DescribeWorkspaceDirectoriesFilterName = member("Name")
    """The name of the WorkSpaces to filter."""
    values: Sequence[str] = member("Values", min=1)
    """The values for filtering WorkSpaces"""


@shape
class GlobalAcceleratorForDirectory:
    """Describes the Global Accelerator for directory"""

    mode: AGAModeForDirectoryEnum = member("Mode")
    """Indicates if Global Accelerator for directory is enabled or disabled."""
    preferred_protocol: AGAPreferredProtocolForDirectory | None = member(
        "PreferredProtocol", default=None
    )
    """Indicates the preferred protocol for Global Accelerator."""


@shape
class IDCConfig:
    """Specifies the configurations of the identity center."""

    instance_arn: str | None = member("InstanceArn", default=None)
    """The Amazon Resource Name (ARN) of the identity center instance."""
    application_arn: str | None = member("ApplicationArn", default=None)
    """The Amazon Resource Name (ARN) of the application."""


@shape
class MicrosoftEntraConfig:
    """Specifies the configurations of the Microsoft Entra."""

    tenant_id: str | None = member("TenantId", default=None)
    """The identifier of the tenant."""
    application_config_secret_arn: str | None = member("ApplicationConfigSecretArn", default=None)
    """The Amazon Resource Name (ARN) of the application config."""


@shape
class SamlProperties:
    """Describes the enablement status, user access URL, and relay state parameter name that
    are used for configuring federation with an SAML 2.0 identity provider.
    """

    status: SamlStatusEnum | None = member("Status", default=None)
    """Indicates the status of SAML 2.0 authentication."""
    user_access_url: str | None = member("UserAccessUrl", min=8, default=None)
    """The SAML 2.0 identity provider (IdP) user access URL is the URL a user would navigate to
    in their web browser in order to federate from the IdP and directly access the
    application, without any SAML 2.0 service provider (SP) bindings.
    """
    relay_state_parameter_name: str | None = member("RelayStateParameterName", min=1, default=None)
    """The relay state parameter name supported by the SAML 2.0 identity provider (IdP)."""


@shape
class SelfservicePermissions:
    """Describes the self-service permissions for a directory."""

    restart_workspace: ReconnectEnum | None = member("RestartWorkspace", default=None)
    """Specifies whether users can restart their WorkSpace."""
    increase_volume_size: ReconnectEnum | None = member("IncreaseVolumeSize", default=None)
    """Specifies whether users can increase the volume size of the drives on their WorkSpace.
    """
    change_compute_type: ReconnectEnum | None = member("ChangeComputeType", default=None)
    """Specifies whether users can change the compute type (bundle) for their WorkSpace."""
    switch_running_mode: ReconnectEnum | None = member("SwitchRunningMode", default=None)
    """Specifies whether users can switch the running mode of their WorkSpace."""
    rebuild_workspace: ReconnectEnum | None = member("RebuildWorkspace", default=None)
    """Specifies whether users can rebuild the operating system of a WorkSpace to its original
    state.
    """


@shape
class StorageConnector:
    """Describes the storage connector."""

    connector_type: StorageConnectorTypeEnum = member("ConnectorType")
    """The type of connector used to save user files."""
    status: StorageConnectorStatusEnum = member("Status")
    """Indicates if the storage connetor is enabled or disabled."""


@shape
class UserSetting:
    """Information about the user's permission settings."""

    action: UserSettingActionEnum = member("Action")
    """Indicates the type of action."""
    permission: UserSettingPermissionEnum = member("Permission")
    """Indicates if the setting is enabled or disabled."""
    maximum_length: int | None = member("MaximumLength", min=0, default=None)
    """Indicates the maximum character length for the specified user setting."""


@shape
class StreamingProperties:
    """Describes the streaming properties."""

    streaming_experience_preferred_protocol: StreamingExperiencePreferredProtocolEnum | None = (
        member("StreamingExperiencePreferredProtocol", default=None)
    )
    """Indicates the type of preferred protocol for the streaming experience."""
    user_settings: Sequence[UserSetting] | None = member("UserSettings", min=1, default=None)
    """Indicates the permission settings asscoiated with the user."""
    storage_connectors: Sequence[StorageConnector] | None = member(
        "StorageConnectors", min=1, default=None
    )
    """Indicates the storage connector used"""
    global_accelerator: GlobalAcceleratorForDirectory | None = member(
        "GlobalAccelerator", default=None
    )
    """Indicates the Global Accelerator properties."""


@shape
class WorkspaceAccessProperties:
    """The device types and operating systems that can be used to access a WorkSpace."""

    device_type_windows: AccessPropertyValue | None = member("DeviceTypeWindows", default=None)
    """Indicates whether users can use Windows clients to access their WorkSpaces."""
    device_type_osx: AccessPropertyValue | None = member("DeviceTypeOsx", default=None)
    """Indicates whether users can use macOS clients to access their WorkSpaces."""
    device_type_web: AccessPropertyValue | None = member("DeviceTypeWeb", default=None)
    """Indicates whether users can access their WorkSpaces through a web browser."""
    device_type_ios: AccessPropertyValue | None = member("DeviceTypeIos", default=None)
    """Indicates whether users can use iOS devices to access their WorkSpaces."""
    device_type_android: AccessPropertyValue | None = member("DeviceTypeAndroid", default=None)
    """Indicates whether users can use Android and Android-compatible Chrome OS devices to
    access their WorkSpaces.
    """
    device_type_chrome_os: AccessPropertyValue | None = member("DeviceTypeChromeOs", default=None)
    """Indicates whether users can use Chromebooks to access their WorkSpaces."""
    device_type_zero_client: AccessPropertyValue | None = member(
        "DeviceTypeZeroClient", default=None
    )
    """Indicates whether users can use zero client devices to access their WorkSpaces."""
    device_type_linux: AccessPropertyValue | None = member("DeviceTypeLinux", default=None)
    """Indicates whether users can use Linux clients to access their WorkSpaces."""
    device_type_work_spaces_thin_client: AccessPropertyValue | None = member(
        "DeviceTypeWorkSpacesThinClient", default=None
    )
    """Indicates whether users can access their WorkSpaces through a WorkSpaces Thin Client.
    """
    access_endpoint_config: AccessEndpointConfig | None = member(
        "AccessEndpointConfig", default=None
    )
    """Specifies the configuration for accessing the WorkSpace."""


@shape
class WorkspaceCreationProperties:
    """Describes the default properties that are used for creating WorkSpaces."""

    enable_internet_access: bool | None = member("EnableInternetAccess", default=None)
    """Indicates whether internet access is enabled for your WorkSpaces."""
    default_ou: str | None = member("DefaultOu", default=None)
    """The default organizational unit (OU) for your WorkSpaces directories."""
    custom_security_group_id: str | None = member("CustomSecurityGroupId", min=11, default=None)
    """The identifier of your custom security group."""
    user_enabled_as_local_administrator: bool | None = member(
        "UserEnabledAsLocalAdministrator", default=None
    )
    """Indicates whether users are local administrators of their WorkSpaces."""
    enable_maintenance_mode: bool | None = member("EnableMaintenanceMode", default=None)
    """Indicates whether maintenance mode is enabled for your WorkSpaces."""
    instance_iam_role_arn: str | None = member("InstanceIamRoleArn", default=None)
    """Indicates the IAM role ARN of the instance."""


@shape
class WorkspaceDirectory:
    """Describes a directory that is used with Amazon WorkSpaces."""

    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The directory identifier."""
    alias: str | None = member("Alias", default=None)
    """The directory alias."""
    directory_name: str | None = member("DirectoryName", default=None)
    """The name of the directory."""
    registration_code: str | None = member("RegistrationCode", min=1, default=None)
    """The registration code for the directory."""
    subnet_ids: list[str] | None = member("SubnetIds", default=None)
    """The identifiers of the subnets used with the directory."""
    dns_ip_addresses: list[str] | None = member("DnsIpAddresses", default=None)
    """The IP addresses of the DNS servers for the directory."""
    dns_ipv6_addresses: list[str] | None = member("DnsIpv6Addresses", default=None)
    """The IPv6 addresses of the DNS servers for the directory."""
    customer_user_name: str | None = member("CustomerUserName", min=1, default=None)
    """The user name for the service account."""
    iam_role_id: str | None = member("IamRoleId", default=None)
    """The identifier of the IAM role."""
    directory_type: WorkspaceDirectoryType | None = member("DirectoryType", default=None)
    """The directory type."""
    workspace_security_group_id: str | None = member(
        "WorkspaceSecurityGroupId", min=11, default=None
    )
    """The identifier of the security group that is assigned to new WorkSpaces."""
    state: WorkspaceDirectoryState | None = member("State", default=None)
    """The state of the directory's registration with Amazon WorkSpaces."""
    workspace_creation_properties: DefaultWorkspaceCreationProperties | None = member(
        "WorkspaceCreationProperties", default=None
    )
    """The default creation properties for all WorkSpaces in the directory."""
    ip_group_ids: list[str] | None = member("ipGroupIds", default=None)
    """The identifiers of the IP access control groups associated with the directory."""
    workspace_access_properties: WorkspaceAccessProperties | None = member(
        "WorkspaceAccessProperties", default=None
    )
    """The devices and operating systems that users can use to access WorkSpaces."""
    tenancy: Tenancy | None = member("Tenancy", default=None)
    """Specifies whether the directory is dedicated or shared."""
    selfservice_permissions: SelfservicePermissions | None = member(
        "SelfservicePermissions", default=None
    )
    """The default self-service permissions for WorkSpaces in the directory."""
    saml_properties: SamlProperties | None = member("SamlProperties", default=None)
    """Describes the enablement status, user access URL, and relay state parameter name that
    are used for configuring federation with an SAML 2.0 identity provider.
    """
    certificate_based_auth_properties: CertificateBasedAuthProperties | None = member(
        "CertificateBasedAuthProperties", default=None
    )
    """The certificate-based authentication properties used to authenticate SAML 2.0 Identity
    Provider (IdP) user identities to Active Directory for WorkSpaces login.
    """
    endpoint_encryption_mode: EndpointEncryptionMode | None = member(
        "EndpointEncryptionMode", default=None
    )
    """Endpoint encryption mode that allows you to configure the specified directory between
    Standard TLS and FIPS 140-2 validated mode.
    """
    microsoft_entra_config: MicrosoftEntraConfig | None = member(
        "MicrosoftEntraConfig", default=None
    )
    """Specifies details about Microsoft Entra configurations."""
    workspace_directory_name: str | None = member("WorkspaceDirectoryName", default=None)
    """The name fo the WorkSpace directory."""
    workspace_directory_description: str | None = member(
        "WorkspaceDirectoryDescription", default=None
    )
    """The description of the WorkSpace directory"""
    user_identity_type: UserIdentityType | None = member("UserIdentityType", default=None)
    """Indicates the identity type of the specifired user."""
    workspace_type: WorkspaceType | None = member("WorkspaceType", default=None)
    """Indicates whether the directory's WorkSpace type is personal or pools."""
    idc_config: IDCConfig | None = member("IDCConfig", default=None)
    """Specifies details about identity center configurations."""
    active_directory_config: ActiveDirectoryConfig | None = member(
        "ActiveDirectoryConfig", default=None
    )
    """Information about the Active Directory config."""
    streaming_properties: StreamingProperties | None = member("StreamingProperties", default=None)
    """The streaming properties to configure."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The error message returned."""
