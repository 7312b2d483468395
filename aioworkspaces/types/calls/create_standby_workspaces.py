"""What `create_standby_workspaces` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import (
    FailedCreateStandbyWorkspacesRequest,
    PendingCreateStandbyWorkspacesRequest,
    StandbyWorkspace,
)

__all__ = [
    "CreateStandbyWorkspacesRequest",
    "CreateStandbyWorkspacesResult",
]


@shape
class CreateStandbyWorkspacesRequest:
    """The arguments of `create_standby_workspaces`."""

    primary_region: str = member("PrimaryRegion", min=1)
    """The Region of the primary WorkSpace."""
    standby_workspaces: Sequence[StandbyWorkspace] = member("StandbyWorkspaces")
    """Information about the standby WorkSpace to be created."""


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
