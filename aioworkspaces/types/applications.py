"""Applications and their associations with WorkSpaces, bundles and images."""

from __future__ import annotations

from datetime import datetime

from ._shape import WireEnum, member, shape
from .common import (
    AssociationState,
    AssociationStateReason,
    Compute,
    OperatingSystemName,
    WorkspaceResourceAssociation,
)

__all__ = [
    "ApplicationAssociatedResourceType",
    "ApplicationResourceAssociation",
    "WorkSpaceApplication",
    "WorkSpaceApplicationDeployment",
    "WorkSpaceApplicationLicenseType",
    "WorkSpaceApplicationState",
]


class ApplicationAssociatedResourceType(WireEnum):
    """The ApplicationAssociatedResourceType values the service knows."""

    WORKSPACE = "WORKSPACE"
    BUNDLE = "BUNDLE"
    IMAGE = "IMAGE"


class WorkSpaceApplicationLicenseType(WireEnum):
    """The WorkSpaceApplicationLicenseType values the service knows."""

    LICENSED = "LICENSED"
    UNLICENSED = "UNLICENSED"


class WorkSpaceApplicationState(WireEnum):
    """The WorkSpaceApplicationState values the service knows."""

    PENDING = "PENDING"
    ERROR = "ERROR"
    AVAILABLE = "AVAILABLE"
    UNINSTALL_ONLY = "UNINSTALL_ONLY"


@shape
class ApplicationResourceAssociation:
    """Describes the association between an application and an application resource."""

    application_id: str | None = member("ApplicationId", default=None)
    """The identifier of the application."""
    associated_resource_id: str | None = member("AssociatedResourceId", min=1, default=None)
    """The identifier of the associated resource."""
    associated_resource_type: ApplicationAssociatedResourceType | None = member(
        "AssociatedResourceType", default=None
    )
    """The resource type of the associated resource."""
    created: datetime | None = member("Created", default=None)
    """The time the association was created."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The time the association status was last updated."""
    state: AssociationState | None = member("State", default=None)
    """The status of the application resource association."""
    state_reason: AssociationStateReason | None = member("StateReason", default=None)
    """The reason the association deployment failed."""


@shape
class WorkSpaceApplication:
    """Describes the WorkSpace application."""

    application_id: str | None = member("ApplicationId", default=None)
    """The identifier of the application."""
    created: datetime | None = member("Created", default=None)
    """The time the application is created."""
    description: str | None = member("Description", min=0, default=None)
    """The description of the WorkSpace application."""
    license_type: WorkSpaceApplicationLicenseType | None = member("LicenseType", default=None)
    """The license availability for the applications."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the WorkSpace application."""
    owner: str | None = member("Owner", default=None)
    """The owner of the WorkSpace application."""
    state: WorkSpaceApplicationState | None = member("State", default=None)
    """The status of WorkSpace application."""
    supported_compute_type_names: list[Compute] | None = member(
        "SupportedComputeTypeNames", default=None
    )
    """The supported compute types of the WorkSpace application."""
    supported_operating_system_names: list[OperatingSystemName] | None = member(
        "SupportedOperatingSystemNames", default=None
    )
    """The supported operating systems of the WorkSpace application."""


@shape
class WorkSpaceApplicationDeployment:
    """Describes the WorkSpace application deployment."""

    associations: list[WorkspaceResourceAssociation] | None = member("Associations", default=None)
    """The associations between the applications and the associated resources."""
