"""What `update_workspaces_pool` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..pools import (
    ApplicationSettingsRequest,
    Capacity,
    PoolsRunningMode,
    TimeoutSettings,
    WorkspacesPool,
)

__all__ = [
    "UpdateWorkspacesPoolRequest",
    "UpdateWorkspacesPoolResult",
]


@shape
class UpdateWorkspacesPoolRequest:
    """The arguments of `update_workspaces_pool`."""

    pool_id: str = member("PoolId")
    """The identifier of the specified pool to update."""
    description: str | None = member("Description", min=1, default=None)
    """Describes the specified pool to update."""
    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""
    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the directory."""
    capacity: Capacity | None = member("Capacity", default=None)
    """The desired capacity for the pool."""
    application_settings: ApplicationSettingsRequest | None = member(
        "ApplicationSettings", default=None
    )
    """The persistent application settings for users in the pool."""
    timeout_settings: TimeoutSettings | None = member("TimeoutSettings", default=None)
    """Indicates the timeout settings of the specified pool."""
    running_mode: PoolsRunningMode | None = member("RunningMode", default=None)
    """The desired running mode for the pool."""


@shape
class UpdateWorkspacesPoolResult:
    """What `update_workspaces_pool` returns."""

    workspaces_pool: WorkspacesPool | None = member("WorkspacesPool", default=None)
    """Describes the specified pool."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
