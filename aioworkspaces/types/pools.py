"""WorkSpaces pools and their sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._shape import WireEnum, member, shape

__all__ = [
    "ApplicationSettingsRequest",
    "ApplicationSettingsResponse",
    "ApplicationSettingsStatusEnum",
    "AuthenticationType",
    "Capacity",
    "CapacityStatus",
    "DescribeWorkspacesPoolsFilter",
    "DescribeWorkspacesPoolsFilterName",
    "DescribeWorkspacesPoolsFilterOperator",
    "NetworkAccessConfiguration",
    "PoolsRunningMode",
    "SessionConnectionState",
    "TimeoutSettings",
    "WorkspacesPool",
    "WorkspacesPoolError",
    "WorkspacesPoolErrorCode",
    "WorkspacesPoolSession",
    "WorkspacesPoolState",
]


class ApplicationSettingsStatusEnum(WireEnum):
    """The ApplicationSettingsStatusEnum values the service knows."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"


class AuthenticationType(WireEnum):
    """The AuthenticationType values the service knows."""

    SAML = "SAML"


class DescribeWorkspacesPoolsFilterName(WireEnum):
    """The DescribeWorkspacesPoolsFilterName values the service knows."""

    POOLNAME = "PoolName"


class DescribeWorkspacesPoolsFilterOperator(WireEnum):
    """The DescribeWorkspacesPoolsFilterOperator values the service knows."""

    EQUALS = "EQUALS"
    NOTEQUALS = "NOTEQUALS"
    CONTAINS = "CONTAINS"
    NOTCONTAINS = "NOTCONTAINS"


class PoolsRunningMode(WireEnum):
    """The PoolsRunningMode values the service knows."""

    AUTO_STOP = "AUTO_STOP"
    ALWAYS_ON = "ALWAYS_ON"


class SessionConnectionState(WireEnum):
    """The SessionConnectionState values the service knows."""

    CONNECTED = "CONNECTED"
    NOT_CONNECTED = "NOT_CONNECTED"


class WorkspacesPoolErrorCode(WireEnum):
    """The WorkspacesPoolErrorCode values the service knows."""

    IAM_SERVICE_ROLE_IS_MISSING = "IAM_SERVICE_ROLE_IS_MISSING"
    IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION = "IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION"
    IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION = "IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION"
    IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION = "IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION"
    NETWORK_INTERFACE_LIMIT_EXCEEDED = "NETWORK_INTERFACE_LIMIT_EXCEEDED"
    INTERNAL_SERVICE_ERROR = "INTERNAL_SERVICE_ERROR"
    MACHINE_ROLE_IS_MISSING = "MACHINE_ROLE_IS_MISSING"
    STS_DISABLED_IN_REGION = "STS_DISABLED_IN_REGION"
    SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES = "SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES"
    IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION = (
        "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION"
    )
    SUBNET_NOT_FOUND = "SUBNET_NOT_FOUND"
    IMAGE_NOT_FOUND = "IMAGE_NOT_FOUND"
    INVALID_SUBNET_CONFIGURATION = "INVALID_SUBNET_CONFIGURATION"
    SECURITY_GROUPS_NOT_FOUND = "SECURITY_GROUPS_NOT_FOUND"
    IGW_NOT_ATTACHED = "IGW_NOT_ATTACHED"
    IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION = (
        "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION"
    )
    WORKSPACES_POOL_STOPPED = "WORKSPACES_POOL_STOPPED"
    WORKSPACES_POOL_INSTANCE_PROVISIONING_FAILURE = "WORKSPACES_POOL_INSTANCE_PROVISIONING_FAILURE"
    DOMAIN_JOIN_ERROR_FILE_NOT_FOUND = "DOMAIN_JOIN_ERROR_FILE_NOT_FOUND"
    DOMAIN_JOIN_ERROR_ACCESS_DENIED = "DOMAIN_JOIN_ERROR_ACCESS_DENIED"
    DOMAIN_JOIN_ERROR_LOGON_FAILURE = "DOMAIN_JOIN_ERROR_LOGON_FAILURE"
    DOMAIN_JOIN_ERROR_INVALID_PARAMETER = "DOMAIN_JOIN_ERROR_INVALID_PARAMETER"
    DOMAIN_JOIN_ERROR_MORE_DATA = "DOMAIN_JOIN_ERROR_MORE_DATA"
    DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN = "DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN"
    DOMAIN_JOIN_ERROR_NOT_SUPPORTED = "DOMAIN_JOIN_ERROR_NOT_SUPPORTED"
    DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME = "DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME"
    DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED = "DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED"
    DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED = (
        "DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED"
    )
    DOMAIN_JOIN_NERR_PASSWORD_EXPIRED = "DOMAIN_JOIN_NERR_PASSWORD_EXPIRED"
    DOMAIN_JOIN_INTERNAL_SERVICE_ERROR = "DOMAIN_JOIN_INTERNAL_SERVICE_ERROR"
    DOMAIN_JOIN_ERROR_SECRET_ACTION_PERMISSION_IS_MISSING = (
        "DOMAIN_JOIN_ERROR_SECRET_ACTION_PERMISSION_IS_MISSING"
    )
    DOMAIN_JOIN_ERROR_SECRET_DECRYPTION_FAILURE = "DOMAIN_JOIN_ERROR_SECRET_DECRYPTION_FAILURE"
    DOMAIN_JOIN_ERROR_SECRET_STATE_INVALID = "DOMAIN_JOIN_ERROR_SECRET_STATE_INVALID"
    DOMAIN_JOIN_ERROR_SECRET_NOT_FOUND = "DOMAIN_JOIN_ERROR_SECRET_NOT_FOUND"
    DOMAIN_JOIN_ERROR_SECRET_VALUE_KEY_NOT_FOUND = "DOMAIN_JOIN_ERROR_SECRET_VALUE_KEY_NOT_FOUND"
    DOMAIN_JOIN_ERROR_SECRET_INVALID = "DOMAIN_JOIN_ERROR_SECRET_INVALID"
    BUNDLE_NOT_FOUND = "BUNDLE_NOT_FOUND"
    DIRECTORY_NOT_FOUND = "DIRECTORY_NOT_FOUND"
    INSUFFICIENT_PERMISSIONS_ERROR = "INSUFFICIENT_PERMISSIONS_ERROR"
    DEFAULT_OU_IS_MISSING = "DEFAULT_OU_IS_MISSING"


class WorkspacesPoolState(WireEnum):
    """The WorkspacesPoolState values the service knows."""

    CREATING = "CREATING"
    DELETING = "DELETING"
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"
    UPDATING = "UPDATING"


@shape
class ApplicationSettingsRequest:
    """The persistent application settings for WorkSpaces Pools users."""

    status: ApplicationSettingsStatusEnum = member("Status")
    """Enables or disables persistent application settings for users during their pool
    sessions.
    """
    settings_group: str | None = member("SettingsGroup", default=None)
    """The path prefix for the S3 bucket where users’ persistent application settings are
    stored.
    """


@shape
class ApplicationSettingsResponse:
    """Describes the persistent application settings for WorkSpaces Pools users."""

    status: ApplicationSettingsStatusEnum = member("Status")
    """Specifies whether persistent application settings are enabled for users during their
    pool sessions.
    """
    settings_group: str | None = member("SettingsGroup", default=None)
    """The path prefix for the S3 bucket where users’ persistent application settings are
    stored.
    """
    s3_bucket_name: str | None = member("S3BucketName", min=3, default=None)
    """The S3 bucket where users’ persistent application settings are stored."""


@shape
class Capacity:
    """Describes the user capacity for a pool of WorkSpaces."""

    desired_user_sessions: int = member("DesiredUserSessions", min=0)
    """The desired number of user sessions for the WorkSpaces in the pool."""


@shape
class CapacityStatus:
    """Describes the capacity status for a pool of WorkSpaces."""

    available_user_sessions: int = member("AvailableUserSessions", min=0)
    """The number of user sessions currently available for streaming from your pool."""
    desired_user_sessions: int = member("DesiredUserSessions", min=0)
    """The total number of sessions slots that are either running or pending."""
    actual_user_sessions: int = member("ActualUserSessions", min=0)
    """The total number of user sessions that are available for streaming or are currently
    streaming in your pool.
    """
    active_user_sessions: int = member("ActiveUserSessions", min=0)
    """The number of user sessions currently being used for your pool."""


@shape
class DescribeWorkspacesPoolsFilter:
    """Describes the filter conditions for WorkSpaces Pools to return."""

    name: DescribeWorkspacesPoolsFilterName = member("Name")
    """The name of the pool to filter."""
    values: Sequence[str] = member("Values", min=1)
    """The values for filtering WorkSpaces Pools."""
    operator: DescribeWorkspacesPoolsFilterOperator = member("Operator")
    """The operator values for filtering WorkSpaces Pools."""


@shape
class NetworkAccessConfiguration:
    """Describes the network details of a WorkSpaces Pool."""

    eni_private_ip_address: str | None = member("EniPrivateIpAddress", min=1, default=None)
    """The private IP address of the elastic network interface that is attached to instances in
    your VPC.
    """
    eni_id: str | None = member("EniId", min=1, default=None)
    """The resource identifier of the elastic network interface that is attached to instances
    in your VPC.
    """


@shape
class TimeoutSettings:
    """Describes the timeout settings for a pool of WorkSpaces."""

    disconnect_timeout_in_seconds: int | None = member(
        "DisconnectTimeoutInSeconds", min=60, default=None
    )
    """Specifies the amount of time, in seconds, that a streaming session remains active after
    users disconnect.
    """
    idle_disconnect_timeout_in_seconds: int | None = member(
        "IdleDisconnectTimeoutInSeconds", min=0, default=None
    )
    """The amount of time in seconds a connection will stay active while idle."""
    max_user_duration_in_seconds: int | None = member(
        "MaxUserDurationInSeconds", min=600, default=None
    )
    """Specifies the maximum amount of time, in seconds, that a streaming session can remain
    active.
    """


@shape
class WorkspacesPoolError:
    """Describes a pool error."""

    error_code: WorkspacesPoolErrorCode | None = member("ErrorCode", default=None)
    """The error code."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The error message."""


@shape
class WorkspacesPool:
    """Describes a pool of WorkSpaces."""

    pool_id: str = member("PoolId")
    """The identifier of a pool."""
    pool_arn: str = member("PoolArn")
    """The Amazon Resource Name (ARN) for the pool."""
    capacity_status: CapacityStatus = member("CapacityStatus")
    """The capacity status for the pool"""
    pool_name: str = member("PoolName")
    """The name of the pool."""
    description: str | None = member("Description", min=1, default=None)
    """The description of the pool."""
    state: WorkspacesPoolState = member("State")
    """The current state of the pool."""
    created_at: datetime = member("CreatedAt")
    """The time the pool was created."""
    bundle_id: str = member("BundleId")
    """The identifier of the bundle used by the pool."""
    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory used by the pool."""
    errors: list[WorkspacesPoolError] | None = member("Errors", default=None)
    """The pool errors."""
    application_settings: ApplicationSettingsResponse | None = member(
        "ApplicationSettings", default=None
    )
    """The persistent application settings for users of the pool."""
    timeout_settings: TimeoutSettings | None = member("TimeoutSettings", default=None)
    """The amount of time that a pool session remains active after users disconnect."""
    running_mode: PoolsRunningMode = member("RunningMode")
    """The running mode of the pool."""


@shape
class WorkspacesPoolSession:
    """Describes a pool session."""

    authentication_type: AuthenticationType | None = member("AuthenticationType", default=None)
    """The authentication method."""
    connection_state: SessionConnectionState | None = member("ConnectionState", default=None)
    """Specifies whether a user is connected to the pool session."""
    session_id: str = member("SessionId", min=36)
    """The identifier of the session."""
    instance_id: str | None = member("InstanceId", default=None)
    """The identifier for the instance hosting the session."""
    pool_id: str = member("PoolId")
    """The identifier of the pool."""
    expiration_time: datetime | None = member("ExpirationTime", default=None)
    """The time that the pool session ended."""
    network_access_configuration: NetworkAccessConfiguration | None = member(
        "NetworkAccessConfiguration", default=None
    )
    """Describes the network details of the pool."""
    start_time: datetime | None = member("StartTime", default=None)
    """The time that the pool sission started."""
    user_id: str = member("UserId", min=2)
    """The identifier of the user."""
