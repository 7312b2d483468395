"""What `describe_workspace_snapshots` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..workspaces import Snapshot

__all__ = [
    "DescribeWorkspaceSnapshotsRequest",
    "DescribeWorkspaceSnapshotsResult",
]


@shape
class DescribeWorkspaceSnapshotsRequest:
    """The arguments of `describe_workspace_snapshots`."""

    workspace_id: str = member("WorkspaceId")
    """The identifier of the WorkSpace."""


@shape
class DescribeWorkspaceSnapshotsResult:
    """What `describe_workspace_snapshots` returns."""

    rebuild_snapshots: list[Snapshot] | None = member("RebuildSnapshots", default=None)
    """Information about the snapshots that can be used to rebuild a WorkSpace."""
    restore_snapshots: list[Snapshot] | None = member("RestoreSnapshots", default=None)
    """Information about the snapshots that can be used to restore a WorkSpace."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
