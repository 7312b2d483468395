"""WorkSpaces: create, describe, modify, start, stop, reboot, rebuild, restore, migrate and terminate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._shape import NO_METADATA, ResponseMetadata, WireEnum, member, metadata_member, shape
from .common import (
    Compute,
    OperatingSystemName,
    Tag,
    WorkSpaceAssociatedResourceType,
    WorkspaceResourceAssociation,
)

__all__ = [
    "AGAModeForWorkSpaceEnum",
    "AGAPreferredProtocolForWorkSpace",
    "ConnectionState",
    "CreateStandbyWorkspacesRequest",
    "CreateStandbyWorkspacesResult",
    "CreateWorkspacesRequest",
    "CreateWorkspacesResult",
    "DataReplication",
    "DataReplicationSettings",
    "DescribeWorkspaceAssociationsRequest",
    "DescribeWorkspaceAssociationsResult",
    "DescribeWorkspaceSnapshotsRequest",
    "DescribeWorkspaceSnapshotsResult",
    "DescribeWorkspacesConnectionStatusRequest",
    "DescribeWorkspacesConnectionStatusResult",
    "DescribeWorkspacesRequest",
    "DescribeWorkspacesResult",
    "FailedCreateStandbyWorkspacesRequest",
    "FailedCreateWorkspaceRequest",
    "FailedWorkspaceChangeRequest",
    "GlobalAcceleratorForWorkSpace",
    "MigrateWorkspaceRequest",
    "MigrateWorkspaceResult",
    "ModificationResourceEnum",
    "ModificationState",
    "ModificationStateEnum",
    "ModifyWorkspacePropertiesRequest",
    "ModifyWorkspacePropertiesResult",
    "ModifyWorkspaceStateRequest",
    "ModifyWorkspaceStateResult",
    "PendingCreateStandbyWorkspacesRequest",
    "Protocol",
    "RebootRequest",
    "RebootWorkspacesRequest",
    "RebootWorkspacesResult",
    "RebuildRequest",
    "RebuildWorkspacesRequest",
    "RebuildWorkspacesResult",
    "RelatedWorkspaceProperties",
    "RestoreWorkspaceRequest",
    "RestoreWorkspaceResult",
    "RunningMode",
    "Snapshot",
    "StandbyWorkspace",
    "StandbyWorkspaceRelationshipType",
    "StandbyWorkspacesProperties",
    "StartRequest",
    "StartWorkspacesRequest",
    "StartWorkspacesResult",
    "StopRequest",
    "StopWorkspacesRequest",
    "StopWorkspacesResult",
    "TargetWorkspaceState",
    "TerminateRequest",
    "TerminateWorkspacesRequest",
    "TerminateWorkspacesResult",
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
class CreateStandbyWorkspacesRequest:
    """The arguments of `create_standby_workspaces`."""

    primary_region: str = member("PrimaryRegion", min=1)
    """The Region of the primary WorkSpace."""
    standby_workspaces: Sequence[StandbyWorkspace] = member("StandbyWorkspaces")
    """Information about the standby WorkSpace to be created."""


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
class CreateStandbyWorkspacesResult:
    """What `create_standby_workspaces` returns."""

    failed_standby_requests: list[FailedCreateStandbyWorkspacesRequest] | None = member(
        "FailedStandbyRequests", default=None
    )
    """Information about the standby WorkSpace that could not be created."""
    pending_standby_requests: list[PendingCreateStandbyWorkspacesRequest] | None = member(
        "PendingStandbyRequests", default=None
    )
    """Information about the standby WorkSpace that was created."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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
class CreateWorkspacesRequest:
    """The arguments of `create_workspaces`."""

    workspaces: Sequence[WorkspaceRequest] = member("Workspaces", min=1)
    """The WorkSpaces to create."""


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
class ModificationState:
    """Describes a WorkSpace modification."""

    resource: ModificationResourceEnum | None = member("Resource", default=None)
    """The WorkSpace property being modified."""
    state: ModificationStateEnum | None = member("State", default=None)
    """The modification state."""


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
class CreateWorkspacesResult:
    """What `create_workspaces` returns."""

    failed_requests: list[FailedCreateWorkspaceRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be created."""
    pending_requests: list[Workspace] | None = member("PendingRequests", default=None)
    """Information about the WorkSpaces that were created."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeWorkspaceAssociationsRequest:
    """The arguments of `describe_workspace_associations`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    associated_resource_types: Sequence[WorkSpaceAssociatedResourceType] = member(
        "AssociatedResourceTypes"
    )
    """The resource types of the associated resources."""


@shape
class DescribeWorkspaceAssociationsResult:
    """What `describe_workspace_associations` returns."""

    associations: list[WorkspaceResourceAssociation] | None = member("Associations", default=None)
    """List of information about the specified associations."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeWorkspaceSnapshotsRequest:
    """The arguments of `describe_workspace_snapshots`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class Snapshot:
    """Describes a snapshot."""

    snapshot_time: datetime | None = member("SnapshotTime", default=None)
    """The time when the snapshot was created."""


@shape
class DescribeWorkspaceSnapshotsResult:
    """What `describe_workspace_snapshots` returns."""

    rebuild_snapshots: list[Snapshot] | None = member("RebuildSnapshots", default=None)
    """Information about the snapshots that can be used to rebuild a WorkSpace."""
    restore_snapshots: list[Snapshot] | None = member("RestoreSnapshots", default=None)
    """Information about the snapshots that can be used to restore a WorkSpace."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeWorkspacesConnectionStatusRequest:
    """The arguments of `describe_workspaces_connection_status`."""

    workspace_ids: Sequence[str] | None = member("WorkspaceIds", min=1, default=None)
    """The identifiers of the WorkSpaces."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


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


@shape
class DescribeWorkspacesConnectionStatusResult:
    """What `describe_workspaces_connection_status` returns."""

    workspaces_connection_status: list[WorkspaceConnectionStatus] | None = member(
        "WorkspacesConnectionStatus", default=None
    )
    """Information about the connection status of the WorkSpace."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeWorkspacesRequest:
    """The arguments of `describe_workspaces`."""

    workspace_ids: Sequence[str] | None = member("WorkspaceIds", min=1, default=None)
    """The identifiers of the WorkSpaces."""
    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the directory."""
    user_name: str | None = member("UserName", min=1, default=None)
    """The name of the directory user."""
    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""
    limit: int | None = member("Limit", min=1, default=None)
    """The maximum number of items to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    workspace_name: str | None = member("WorkspaceName", default=None)
    """The name of the user-decoupled WorkSpace."""


@shape
class DescribeWorkspacesResult:
    """What `describe_workspaces` returns."""

    workspaces: list[Workspace] | None = member("Workspaces", default=None)
    """Information about the WorkSpaces."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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
class MigrateWorkspaceRequest:
    """The arguments of `migrate_workspace`."""

    source_workspace_id: str = member("SourceWorkspaceId")
    """The identifier of the WorkSpace to migrate from."""
    bundle_id: str = member("BundleId")
    """The identifier of the target bundle type to migrate the WorkSpace to."""


@shape
class MigrateWorkspaceResult:
    """What `migrate_workspace` returns."""

    source_workspace_id: str | None = member("SourceWorkspaceId", default=None)
    """The original identifier of the WorkSpace that is being migrated."""
    target_workspace_id: str | None = member("TargetWorkspaceId", default=None)
    """The new identifier of the WorkSpace that is being migrated."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class ModifyWorkspacePropertiesRequest:
    """The arguments of `modify_workspace_properties`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    workspace_properties: WorkspaceProperties | None = member("WorkspaceProperties", default=None)
    """The properties of the WorkSpace."""
    data_replication: DataReplication | None = member("DataReplication", default=None)
    """Indicates the data replication status."""


@shape
class ModifyWorkspacePropertiesResult:
    """What `modify_workspace_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class ModifyWorkspaceStateRequest:
    """The arguments of `modify_workspace_state`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    workspace_state: TargetWorkspaceState = member("WorkspaceState")
    """The WorkSpace state."""


@shape
class ModifyWorkspaceStateResult:
    """What `modify_workspace_state` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class RebootRequest:
    """Describes the information used to reboot a WorkSpace."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class RebootWorkspacesRequest:
    """The arguments of `reboot_workspaces`."""

    reboot_workspace_requests: Sequence[RebootRequest] = member("RebootWorkspaceRequests", min=1)
    """The WorkSpaces to reboot."""


@shape
class RebootWorkspacesResult:
    """What `reboot_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be rebooted."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class RebuildRequest:
    """Describes the information used to rebuild a WorkSpace."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class RebuildWorkspacesRequest:
    """The arguments of `rebuild_workspaces`."""

    rebuild_workspace_requests: Sequence[RebuildRequest] = member("RebuildWorkspaceRequests", min=1)
    """The WorkSpace to rebuild."""


@shape
class RebuildWorkspacesResult:
    """What `rebuild_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpace that could not be rebuilt."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class RestoreWorkspaceRequest:
    """The arguments of `restore_workspace`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class RestoreWorkspaceResult:
    """What `restore_workspace` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class StartRequest:
    """Information used to start a WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""


@shape
class StartWorkspacesRequest:
    """The arguments of `start_workspaces`."""

    start_workspace_requests: Sequence[StartRequest] = member("StartWorkspaceRequests", min=1)
    """The WorkSpaces to start."""


@shape
class StartWorkspacesResult:
    """What `start_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be started."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class StopRequest:
    """Describes the information used to stop a WorkSpace."""

    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""


@shape
class StopWorkspacesRequest:
    """The arguments of `stop_workspaces`."""

    stop_workspace_requests: Sequence[StopRequest] = member("StopWorkspaceRequests", min=1)
    """The WorkSpaces to stop."""


@shape
class StopWorkspacesResult:
    """What `stop_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be stopped."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class TerminateRequest:
    """Describes the information used to terminate a WorkSpace."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class TerminateWorkspacesRequest:
    """The arguments of `terminate_workspaces`."""

    terminate_workspace_requests: Sequence[TerminateRequest] = member(
        "TerminateWorkspaceRequests", min=1
    )
    """The WorkSpaces to terminate."""


@shape
class TerminateWorkspacesResult:
    """What `terminate_workspaces` returns."""

    failed_requests: list[FailedWorkspaceChangeRequest] | None = member(
        "FailedRequests", default=None
    )
    """Information about the WorkSpaces that could not be terminated."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
