"""What `update_workspace_bundle` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "UpdateWorkspaceBundleRequest",
    "UpdateWorkspaceBundleResult",
]


@shape
class UpdateWorkspaceBundleRequest:
    """The arguments of `update_workspace_bundle`."""

    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""
    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""


@shape
class UpdateWorkspaceBundleResult:
    """What `update_workspace_bundle` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
