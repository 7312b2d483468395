"""What `disassociate_workspace_application` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import WorkspaceResourceAssociation

__all__ = [
    "DisassociateWorkspaceApplicationRequest",
    "DisassociateWorkspaceApplicationResult",
]


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
