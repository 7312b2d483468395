"""What `deploy_workspace_applications` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..applications import WorkSpaceApplicationDeployment

__all__ = [
    "DeployWorkspaceApplicationsRequest",
    "DeployWorkspaceApplicationsResult",
]


@shape
class DeployWorkspaceApplicationsRequest:
    """The arguments of `deploy_workspace_applications`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""
    force: bool | None = member("Force", default=None)
    """Indicates whether the force flag is applied for the specified WorkSpace."""


@shape
class DeployWorkspaceApplicationsResult:
    """What `deploy_workspace_applications` returns."""

    deployment: WorkSpaceApplicationDeployment | None = member("Deployment", default=None)
    """The list of deployed associations and information about them."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
