"""What `create_workspaces_pool` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag
from ..pools import (
    ApplicationSettingsRequest,
    Capacity,
    PoolsRunningMode,
    TimeoutSettings,
    WorkspacesPool,
)

__all__ = [
    "CreateWorkspacesPoolRequest",
    "CreateWorkspacesPoolResult",
]


@shape
class CreateWorkspacesPoolRequest:
    """The arguments of `create_workspaces_pool`."""

    pool_name: str = member("PoolName")
    """The name of the pool."""
    description: str = member("Description", min=1)
    """The pool description."""
    bundle_id: str = member("BundleId")
    """The identifier of the bundle for the pool."""
    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory for the pool."""
    capacity: Capacity = member("Capacity")
    """The user capacity of the pool."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags for the pool."""
    application_settings: ApplicationSettingsRequest | None = member(
        "ApplicationSettings", default=None
    )
    """Indicates the application settings of the pool."""
    timeout_settings: TimeoutSettings | None = member("TimeoutSettings", default=None)
    """Indicates the timeout settings of the pool."""
    running_mode: PoolsRunningMode | None = member("RunningMode", default=None)
    """The running mode for the pool."""


@shape
class CreateWorkspacesPoolResult:
    """What `create_workspaces_pool` returns."""

    workspaces_pool: WorkspacesPool | None = member("WorkspacesPool", default=None)
    """Indicates the pool to create."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
