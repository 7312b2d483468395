"""What `associate_workspace_application` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import WorkspaceResourceAssociation

__all__ = [
    "AssociateWorkspaceApplicationRequest",
    "AssociateWorkspaceApplicationResult",
]


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
