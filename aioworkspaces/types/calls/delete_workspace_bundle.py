"""What `delete_workspace_bundle` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeleteWorkspaceBundleRequest",
    "DeleteWorkspaceBundleResult",
]


@shape
class DeleteWorkspaceBundleRequest:
    """The arguments of `delete_workspace_bundle`."""

    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""


@shape
class DeleteWorkspaceBundleResult:
    """What `delete_workspace_bundle` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
