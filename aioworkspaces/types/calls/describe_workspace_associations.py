"""What `describe_workspace_associations` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import WorkSpaceAssociatedResourceType, WorkspaceResourceAssociation

__all__ = [
    "DescribeWorkspaceAssociationsRequest",
    "DescribeWorkspaceAssociationsResult",
]


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
