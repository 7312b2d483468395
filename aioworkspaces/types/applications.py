"""Applications and their associations with WorkSpaces, bundles and images."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._shape import NO_METADATA, ResponseMetadata, WireEnum, member, metadata_member, shape
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
    "AssociateWorkspaceApplicationRequest",
    "AssociateWorkspaceApplicationResult",
    "DeployWorkspaceApplicationsRequest",
    "DeployWorkspaceApplicationsResult",
    "DescribeApplicationAssociationsRequest",
    "DescribeApplicationAssociationsResult",
    "DescribeApplicationsRequest",
    "DescribeApplicationsResult",
    "DisassociateWorkspaceApplicationRequest",
    "DisassociateWorkspaceApplicationResult",
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
class AssociateWorkspaceApplicationRequest:
    """The arguments of `associate_workspace_application`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    application_id: str = member("ApplicationId")
    """The identifier of the application."""


@shape
class AssociateWorkspaceApplicationResult:
    """What `associate_workspace_application` returns."""

    association: WorkspaceResourceAssociation | None = member("Association", default=None)
    """Information about the association between the specified WorkSpace and the specified
    application.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DeployWorkspaceApplicationsRequest:
    """The arguments of `deploy_workspace_applications`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    force: bool | None = member("Force", default=None)
    """Indicates whether the force flag is applied for the specified WorkSpace."""


@shape
class WorkSpaceApplicationDeployment:
    """Describes the WorkSpace application deployment."""

    associations: list[WorkspaceResourceAssociation] | None = member("Associations", default=None)
    """The associations between the applications and the associated resources."""


@shape
class DeployWorkspaceApplicationsResult:
    """What `deploy_workspace_applications` returns."""

    deployment: WorkSpaceApplicationDeployment | None = member("Deployment", default=None)
    """The list of deployed associations and information about them."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeApplicationAssociationsRequest:
    """The arguments of `describe_application_associations`."""

    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of associations to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    application_id: str = member("ApplicationId")
    """The identifier of the specified application."""
    associated_resource_types: Sequence[ApplicationAssociatedResourceType] = member(
        "AssociatedResourceTypes"
    )
    """The resource type of the associated resources."""


@shape
class DescribeApplicationAssociationsResult:
    """What `describe_application_associations` returns."""

    associations: list[ApplicationResourceAssociation] | None = member("Associations", default=None)
    """List of associations and information about them."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeApplicationsRequest:
    """The arguments of `describe_applications`."""

    application_ids: Sequence[str] | None = member("ApplicationIds", min=1, default=None)
    """The identifiers of one or more applications."""
    compute_type_names: Sequence[Compute] | None = member("ComputeTypeNames", default=None)
    """The compute types supported by the applications."""
    license_type: WorkSpaceApplicationLicenseType | None = member("LicenseType", default=None)
    """The license availability for the applications."""
    operating_system_names: Sequence[OperatingSystemName] | None = member(
        "OperatingSystemNames", default=None
    )
    """The operating systems supported by the applications."""
    owner: str | None = member("Owner", default=None)
    """The owner of the applications."""
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of applications to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


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
class DescribeApplicationsResult:
    """What `describe_applications` returns."""

    applications: list[WorkSpaceApplication] | None = member("Applications", default=None)
    """List of information about the specified applications."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DisassociateWorkspaceApplicationRequest:
    """The arguments of `disassociate_workspace_application`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    application_id: str = member("ApplicationId")
    """The identifier of the application."""


@shape
class DisassociateWorkspaceApplicationResult:
    """What `disassociate_workspace_application` returns."""

    association: WorkspaceResourceAssociation | None = member("Association", default=None)
    """Information about the targeted association."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
