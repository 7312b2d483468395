"""What `migrate_workspace` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "MigrateWorkspaceRequest",
    "MigrateWorkspaceResult",
]


@shape
class MigrateWorkspaceRequest:
    """The arguments of `migrate_workspace`."""

    source_workspace_id: str = member("SourceWorkspaceId")
    """The identifier of the WorkSpace to migrate from."""
    bundle_id: str = member("BundleId")
    """The identifier of the target bundle type to migrate the WorkSpace to."""


@shape
class MigrateWorkspaceResult:
    """What `migrate_workspace` returns."""

    source_workspace_id: str | None = member("SourceWorkspaceId", default=None)
    """The original identifier of the WorkSpace that is being migrated."""
    target_workspace_id: str | None = member("TargetWorkspaceId", default=None)
    """The new identifier of the WorkSpace that is being migrated."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
