"""Shapes several parts of the API share."""

from __future__ import annotations

from datetime import datetime

from ._shape import WireEnum, member, shape

__all__ = [
    "AssociationErrorCode",
    "AssociationState",
    "AssociationStateReason",
    "Compute",
    "OperatingSystemName",
    "ReconnectEnum",
    "Tag",
    "WorkSpaceAssociatedResourceType",
    "WorkspaceResourceAssociation",
]


class AssociationErrorCode(WireEnum):
    """The AssociationErrorCode values the service knows."""

    VALIDATIONERROR_INSUFFICIENTDISKSPACE = "ValidationError.InsufficientDiskSpace"
    VALIDATIONERROR_INSUFFICIENTMEMORY = "ValidationError.InsufficientMemory"
    VALIDATIONERROR_UNSUPPORTEDOPERATINGSYSTEM = "ValidationError.UnsupportedOperatingSystem"
    DEPLOYMENTERROR_INTERNALSERVERERROR = "DeploymentError.InternalServerError"
    DEPLOYMENTERROR_WORKSPACEUNREACHABLE = "DeploymentError.WorkspaceUnreachable"
    VALIDATIONERROR_APPLICATIONOLDVERSIONEXISTS = "ValidationError.ApplicationOldVersionExists"


class AssociationState(WireEnum):
    """The AssociationState values the service knows."""

    PENDING_INSTALL = "PENDING_INSTALL"
    PENDING_INSTALL_DEPLOYMENT = "PENDING_INSTALL_DEPLOYMENT"
    PENDING_UNINSTALL = "PENDING_UNINSTALL"
    PENDING_UNINSTALL_DEPLOYMENT = "PENDING_UNINSTALL_DEPLOYMENT"
    INSTALLING = "INSTALLING"
    UNINSTALLING = "UNINSTALLING"
    ERROR = "ERROR"
    COMPLETED = "COMPLETED"
    REMOVED = "REMOVED"


class Compute(WireEnum):
    """The Compute values the service knows."""

    VALUE = "VALUE"
    STANDARD = "STANDARD"
    PERFORMANCE = "PERFORMANCE"
    POWER = "POWER"
    GRAPHICS = "GRAPHICS"
    POWERPRO = "POWERPRO"
    GENERALPURPOSE_4XLARGE = "GENERALPURPOSE_4XLARGE"
    GENERALPURPOSE_8XLARGE = "GENERALPURPOSE_8XLARGE"
    GRAPHICSPRO = "GRAPHICSPRO"
    GRAPHICS_G4DN = "GRAPHICS_G4DN"
    GRAPHICSPRO_G4DN = "GRAPHICSPRO_G4DN"
    GRAPHICS_G6_XLARGE = "GRAPHICS_G6_XLARGE"
    GRAPHICS_G6_2XLARGE = "GRAPHICS_G6_2XLARGE"
    GRAPHICS_G6_4XLARGE = "GRAPHICS_G6_4XLARGE"
    GRAPHICS_G6_8XLARGE = "GRAPHICS_G6_8XLARGE"
    GRAPHICS_G6_16XLARGE = "GRAPHICS_G6_16XLARGE"
    GRAPHICS_GR6_4XLARGE = "GRAPHICS_GR6_4XLARGE"
    GRAPHICS_GR6_8XLARGE = "GRAPHICS_GR6_8XLARGE"
    GRAPHICS_G6F_LARGE = "GRAPHICS_G6F_LARGE"
    GRAPHICS_G6F_XLARGE = "GRAPHICS_G6F_XLARGE"
    GRAPHICS_G6F_2XLARGE = "GRAPHICS_G6F_2XLARGE"
    GRAPHICS_G6F_4XLARGE = "GRAPHICS_G6F_4XLARGE"
    GRAPHICS_GR6F_4XLARGE = "GRAPHICS_GR6F_4XLARGE"
    GRAPHICS_G7_2XLARGE = "GRAPHICS_G7_2XLARGE"
    GRAPHICS_G7_4XLARGE = "GRAPHICS_G7_4XLARGE"
    GRAPHICS_G7_8XLARGE = "GRAPHICS_G7_8XLARGE"
    GRAPHICS_G7_12XLARGE = "GRAPHICS_G7_12XLARGE"


class OperatingSystemName(WireEnum):
    """The OperatingSystemName values the service knows."""

    AMAZON_LINUX_2 = "AMAZON_LINUX_2"
    UBUNTU_18_04 = "UBUNTU_18_04"
    UBUNTU_20_04 = "UBUNTU_20_04"
    UBUNTU_22_04 = "UBUNTU_22_04"
    UNKNOWN = "UNKNOWN"
    WINDOWS_10 = "WINDOWS_10"
    WINDOWS_11 = "WINDOWS_11"
    WINDOWS_7 = "WINDOWS_7"
    WINDOWS_SERVER_2016 = "WINDOWS_SERVER_2016"
    WINDOWS_SERVER_2019 = "WINDOWS_SERVER_2019"
    WINDOWS_SERVER_2022 = "WINDOWS_SERVER_2022"
    WINDOWS_SERVER_2025 = "WINDOWS_SERVER_2025"
    RHEL_8 = "RHEL_8"
    ROCKY_8 = "ROCKY_8"
    UBUNTU_24_04 = "UBUNTU_24_04"
    RHEL_9 = "RHEL_9"
    ROCKY_9 = "ROCKY_9"
    UBUNTU_26_04 = "UBUNTU_26_04"
    RHEL_10 = "RHEL_10"
    ROCKY_10 = "ROCKY_10"


class ReconnectEnum(WireEnum):
    """The ReconnectEnum values the service knows."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class WorkSpaceAssociatedResourceType(WireEnum):
    """The WorkSpaceAssociatedResourceType values the service knows."""

    APPLICATION = "APPLICATION"


@shape
class AssociationStateReason:
    """Indicates the reason that the association deployment failed, including the error code
    and error message.
    """

    error_code: AssociationErrorCode | None = member("ErrorCode", default=None)
    """The error code of the association deployment failure."""
    error_message: str | None = member("ErrorMessage", min=0, default=None)
    """The error message of the association deployment failure."""


@shape
class Tag:
    """Describes a tag."""

    key: str = member("Key", min=1)
    """The key of the tag."""
    value: str | None = member("Value", default=None)
    """The value of the tag."""


@shape
class WorkspaceResourceAssociation:
    """Describes the association between an application and a WorkSpace resource."""

    associated_resource_id: str | None = member("AssociatedResourceId", min=1, default=None)
    """The identifier of the associated resource."""
    associated_resource_type: WorkSpaceAssociatedResourceType | None = member(
        "AssociatedResourceType", default=None
    )
    """The resource types of the associated resource."""
    created: datetime | None = member("Created", default=None)
    """The time the association is created."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The time the association status was last updated."""
    state: AssociationState | None = member("State", default=None)
    """The status of the WorkSpace resource association."""
    state_reason: AssociationStateReason | None = member("StateReason", default=None)
    """The reason the association deployment failed."""
    workspace_id: str | None = member("WorkspaceId", default=None)
    """The identifier of the WorkSpace."""
