"""WorkSpaces: create, describe, modify, start, stop, reboot, rebuild, restore, migrate and terminate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._shape import WireEnum, member, shape
from .common import Compute, OperatingSystemName, Tag

__all__ = [
    "AGAModeForWorkSpaceEnum",
    "AGAPreferredProtocolForWorkSpace",
    "ConnectionState",
    "DataReplication",
    "DataReplicationSettings",
    "FailedCreateStandbyWorkspacesRequest",
    "FailedCreateWorkspaceRequest",
    "FailedWorkspaceChangeRequest",
    "GlobalAcceleratorForWorkSpace",
    "ModificationResourceEnum",
    "ModificationState",
    "ModificationStateEnum",
    "PendingCreateStandbyWorkspacesRequest",
    "Protocol",
    "RebootRequest",
    "RebuildRequest",
    "RelatedWorkspaceProperties",
    "RunningMode",
    "Snapshot",
    "StandbyWorkspace",
    "StandbyWorkspaceRelationshipType",
    "StandbyWorkspacesProperties",
    "StartRequest",
    "StopRequest",
    "TargetWorkspaceState",
    "TerminateRequest",
    "Workspace",
    "WorkspaceConnectionStatus",
    "WorkspaceProperties",
    "WorkspaceRequest",
    "WorkspaceState",
]


class AGAModeForWorkSpaceEnum(WireEnum):
    """The AGAModeForWorkSpaceEnum values the service knows."""

    ENABLED_AUTO = "ENABLED_AUTO"
    DISABLED = "DISABLED"
    INHERITED = "INHERITED"


class AGAPreferredProtocolForWorkSpace(WireEnum):
    """The AGAPreferredProtocolForWorkSpace values the service knows."""

    TCP = "TCP"
    NONE = "NONE"
    INHERITED = "INHERITED"


class ConnectionState(WireEnum):
    """The ConnectionState values the service knows."""

    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"
    UNKNOWN = "UNKNOWN"


class DataReplication(WireEnum):
    """The DataReplication values the service knows."""

    NO_REPLICATION = "NO_REPLICATION"
    PRIMARY_AS_SOURCE = "PRIMARY_AS_SOURCE"


class ModificationResourceEnum(WireEnum):
    """The ModificationResourceEnum values the service knows."""

    ROOT_VOLUME = "ROOT_VOLUME"
    USER_VOLUME = "USER_VOLUME"
    COMPUTE_TYPE = "COMPUTE_TYPE"
    PROTOCOL = "PROTOCOL"
    NESTED_VIRTUALIZATION = "NESTED_VIRTUALIZATION"


class ModificationStateEnum(WireEnum):
    """The ModificationStateEnum values the service knows."""

    UPDATE_INITIATED = "UPDATE_INITIATED"
    UPDATE_IN_PROGRESS = "UPDATE_IN_PROGRESS"
    UPDATE_FAILED = "UPDATE_FAILED"


class Protocol(WireEnum):
    """The Protocol values the service knows."""

    PCOIP = "PCOIP"
    WSP = "WSP"


class RunningMode(WireEnum):
    """The RunningMode values the service knows."""

    AUTO_STOP = "AUTO_STOP"
    ALWAYS_ON = "ALWAYS_ON"
    MANUAL = "MANUAL"


class StandbyWorkspaceRelationshipType(WireEnum):
    """The StandbyWorkspaceRelationshipType values the service knows."""

    PRIMARY = "PRIMARY"
    STANDBY = "STANDBY"


class TargetWorkspaceState(WireEnum):
    """The TargetWorkspaceState values the service knows."""

    AVAILABLE = "AVAILABLE"
    ADMIN_MAINTENANCE = "ADMIN_MAINTENANCE"


class WorkspaceState(WireEnum):
    """The WorkspaceState values the service knows."""

    PENDING = "PENDING"
    AVAILABLE = "AVAILABLE"
    IMPAIRED = "IMPAIRED"
    UNHEALTHY = "UNHEALTHY"
    REBOOTING = "REBOOTING"
    STARTING = "STARTING"
    REBUILDING = "REBUILDING"
    RESTORING = "RESTORING"
    MAINTENANCE = "MAINTENANCE"
    ADMIN_MAINTENANCE = "ADMIN_MAINTENANCE"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    SUSPENDED = "SUSPENDED"
    UPDATING = "UPDATING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"
    ERROR = "ERROR"


@shape
class DataReplicationSettings:
    """Describes the data replication settings."""

    data_replication: DataReplication | None = member("DataReplication", default=None)
    """Indicates whether data replication is enabled, and if enabled, the type of data
    replication.
    """
    recovery_snapshot_time: datetime | None = member("RecoverySnapshotTime", default=None)
    """The date and time at which the last successful snapshot was taken of the primary
    WorkSpace used for replicating data.
    """


@shape
class StandbyWorkspace:
    """Describes a standby WorkSpace."""

    primary_workspace_id: str = member("PrimaryWorkspaceId")
    """The identifier of the standby WorkSpace."""
    volume_encryption_key: str | None = member("VolumeEncryptionKey", default=None)
    """The volume encryption key of the standby WorkSpace."""
    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory for the standby WorkSpace."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags associated with the standby WorkSpace."""
    data_replication: DataReplication | None = member("DataReplication", default=None)
    """Indicates whether data replication is enabled, and if enabled, the type of data
    replication.
    """


@shape
class FailedCreateStandbyWorkspacesRequest:
    """Describes the standby WorkSpace that could not be created."""

    standby_workspace_request: StandbyWorkspace | None = member(
        "StandbyWorkspaceRequest", default=None
    )
    """Information about the standby WorkSpace that could not be created."""
    error_code: str | None = member("ErrorCode", default=None)
    """The error code that is returned if the standby WorkSpace could not be created."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message that is returned if the standby WorkSpace could not be
    created.
    """


@shape
class GlobalAcceleratorForWorkSpace:
    """Describes the Global Accelerator for WorkSpaces."""

    mode: AGAModeForWorkSpaceEnum = member("Mode")
    """Indicates if Global Accelerator for WorkSpaces is enabled, disabled, or the same mode as
    the associated directory.
    """
    preferred_protocol: AGAPreferredProtocolForWorkSpace | None = member(
        "PreferredProtocol", default=None
    )
    """Indicates the preferred protocol for Global Accelerator."""


@shape
class WorkspaceProperties:
    """Describes a WorkSpace."""

    running_mode: RunningMode | None = member("RunningMode", default=None)
    """The running mode."""
    running_mode_auto_stop_timeout_in_minutes: int | None = member(
        "RunningModeAutoStopTimeoutInMinutes", default=None
    )
    """The time after a user logs off when WorkSpaces are automatically stopped."""
    root_volume_size_gib: int | None = member("RootVolumeSizeGib", default=None)
    """The size of the root volume."""
    user_volume_size_gib: int | None = member("UserVolumeSizeGib", default=None)
    """The size of the user storage."""
    compute_type_name: Compute | None = member("ComputeTypeName", default=None)
    """The compute type."""
    protocols: Sequence[Protocol] | None = member("Protocols", default=None)
    """The protocol."""
    operating_system_name: OperatingSystemName | None = member("OperatingSystemName", default=None)
    """The name of the operating system."""
    global_accelerator: GlobalAcceleratorForWorkSpace | None = member(
        "GlobalAccelerator", default=None
    )
    """Indicates the Global Accelerator properties."""
    nested_virtualization_enabled: bool | None = member("NestedVirtualizationEnabled", default=None)
    """Specifies whether nested virtualization is enabled for the WorkSpace."""


@shape
class WorkspaceRequest:
    """Describes the information used to create a WorkSpace."""

    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the Directory Service directory for the WorkSpace."""
    user_name: str = member("UserName", min=1)
    """The user name of the user for the WorkSpace."""
    bundle_id: str = member("BundleId")
    """The identifier of the bundle for the WorkSpace."""
    volume_encryption_key: str | None = member("VolumeEncryptionKey", default=None)
    """The ARN of the symmetric KMS key used to encrypt data stored on your WorkSpace."""
    user_volume_encryption_enabled: bool | None = member(
        "UserVolumeEncryptionEnabled", default=None
    )
    """Indicates whether the data stored on the user volume is encrypted."""
    root_volume_encryption_enabled: bool | None = member(
        "RootVolumeEncryptionEnabled", default=None
    )
    """Indicates whether the data stored on the root volume is encrypted."""
    workspace_properties: WorkspaceProperties | None = member("WorkspaceProperties", default=None)
    """The WorkSpace properties."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags for the WorkSpace."""
    workspace_name: str | None = member("WorkspaceName", default=None)
    """The name of the user-decoupled WorkSpace."""
    ipv6_address: str | None = member("Ipv6Address", default=None)
    """The IPv6 address for the WorkSpace."""


@shape
class FailedCreateWorkspaceRequest:
    """Describes a WorkSpace that cannot be created."""

    workspace_request: WorkspaceRequest | None = member("WorkspaceRequest", default=None)
    """Information about the WorkSpace."""
    error_code: str | None = member("ErrorCode", default=None)
    """The error code that is returned if the WorkSpace cannot be created."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message that is returned if the WorkSpace cannot be created."""


@shape
class FailedWorkspaceChangeRequest:
    """Describes a WorkSpace that could not be rebooted."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""
    error_code: str | None = member("ErrorCode", default=None)
    """The error code that is returned if the WorkSpace cannot be rebooted."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message that is returned if the WorkSpace cannot be rebooted.
    """


@shape
class ModificationState:
    """Describes a WorkSpace modification."""

    resource: ModificationResourceEnum | None = member("Resource", default=None)
    """The WorkSpace property being modified."""
    state: ModificationStateEnum | None = member("State", default=None)
    """The modification state."""


@shape
class PendingCreateStandbyWorkspacesRequest:
    """Information about the standby WorkSpace."""

    user_name: str | None = member("UserName", min=1, default=None)
    """Describes the standby WorkSpace that was created."""
    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the directory for the standby WorkSpace."""
    state: WorkspaceState | None = member("State", default=None)
    """The operational state of the standby WorkSpace."""
    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the standby WorkSpace."""


@shape
class RebootRequest:
    """Describes the information used to reboot a WorkSpace."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class RebuildRequest:
    """Describes the information used to rebuild a WorkSpace."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class RelatedWorkspaceProperties:
    """Describes the related WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the related WorkSpace."""
    region: str | None = member("Region", min=1, default=None)
    """The Region of the related WorkSpace."""
    state: WorkspaceState | None = member("State", default=None)
    """Indicates the state of the WorkSpace."""
    type: StandbyWorkspaceRelationshipType | None = member("Type", default=None)
    """Indicates the type of WorkSpace."""


@shape
class Snapshot:
    """Describes a snapshot."""

    snapshot_time: datetime | None = member("SnapshotTime", default=None)
    """The time when the snapshot was created."""


@shape
class StandbyWorkspacesProperties:
    """Describes the properties of the related standby WorkSpaces."""

    standby_workspace_id: str | None = member("StandbyWorkspaceId", default=None)
    """The identifier of the standby WorkSpace"""
    data_replication: DataReplication | None = member("DataReplication", default=None)
    """Indicates whether data replication is enabled, and if enabled, the type of data
    replication.
    """
    recovery_snapshot_time: datetime | None = member("RecoverySnapshotTime", default=None)
    """The date and time at which the last successful snapshot was taken of the primary
    WorkSpace used for replicating data.
    """


@shape
class StartRequest:
    """Information used to start a WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""


@shape
class StopRequest:
    """Describes the information used to stop a WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""


@shape
class TerminateRequest:
    """Describes the information used to terminate a WorkSpace."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class Workspace:
    """Describes a WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""
    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the Directory Service directory for the WorkSpace."""
    user_name: str | None = member("UserName", min=1, default=None)
    """The user for the WorkSpace."""
    ip_address: str | None = member("IpAddress", default=None)
    """The IP address of the WorkSpace."""
    ipv6_address: str | None = member("Ipv6Address", default=None)
    """The IPv6 address of the WorkSpace."""
    state: WorkspaceState | None = member("State", default=None)
    """The operational state of the WorkSpace."""
    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle used to create the WorkSpace."""
    subnet_id: str | None = member("SubnetId", min=15, default=None)
    """The identifier of the subnet for the WorkSpace."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message that is returned if the WorkSpace cannot be created."""
    error_code: str | None = member("ErrorCode", default=None)
    """The error code that is returned if the WorkSpace cannot be created."""
    computer_name: str | None = member("ComputerName", default=None)
    """The name of the WorkSpace, as seen by the operating system."""
    volume_encryption_key: str | None = member("VolumeEncryptionKey", default=None)
    """The ARN of the symmetric KMS key used to encrypt data stored on your WorkSpace."""
    user_volume_encryption_enabled: bool | None = member(
        "UserVolumeEncryptionEnabled", default=None
    )
    """Indicates whether the data stored on the user volume is encrypted."""
    root_volume_encryption_enabled: bool | None = member(
        "RootVolumeEncryptionEnabled", default=None
    )
    """Indicates whether the data stored on the root volume is encrypted."""
    workspace_name: str | None = member("WorkspaceName", default=None)
    """The name of the user-decoupled WorkSpace."""
    workspace_properties: WorkspaceProperties | None = member("WorkspaceProperties", default=None)
    """The properties of the WorkSpace."""
    modification_states: list[ModificationState] | None = member("ModificationStates", default=None)
    """The modification states of the WorkSpace."""
    related_workspaces: list[RelatedWorkspaceProperties] | None = member(
        "RelatedWorkspaces", default=None
    )
    """The standby WorkSpace or primary WorkSpace related to the specified WorkSpace."""
    data_replication_settings: DataReplicationSettings | None = member(
        "DataReplicationSettings", default=None
    )
    """Indicates the settings of the data replication."""
    standby_workspaces_properties: list[StandbyWorkspacesProperties] | None = member(
        "StandbyWorkspacesProperties", default=None
    )
    """The properties of the standby WorkSpace"""


@shape
class WorkspaceConnectionStatus:
    """Describes the connection status of a WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""
    connection_state: ConnectionState | None = member("ConnectionState", default=None)
    """The connection state of the WorkSpace."""
    connection_state_check_timestamp: datetime | None = member(
        "ConnectionStateCheckTimestamp", default=None
    )
    """The timestamp of the connection status check."""
    last_known_user_connection_timestamp: datetime | None = member(
        "LastKnownUserConnectionTimestamp", default=None
    )
    """The timestamp of the last known user connection."""
