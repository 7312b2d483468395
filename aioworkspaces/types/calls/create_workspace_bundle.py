"""What `create_workspace_bundle` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..bundles import ComputeType, RootStorage, UserStorage, WorkspaceBundle
from ..common import Tag

__all__ = [
    "CreateWorkspaceBundleRequest",
    "CreateWorkspaceBundleResult",
]


@shape
class CreateWorkspaceBundleRequest:
    """The arguments of `create_workspace_bundle`."""

    bundle_name: str = member("BundleName", min=1)
    """The name of the bundle."""
    bundle_description: str = member("BundleDescription", min=1)
    """The description of the bundle."""
    image_id: str = member("ImageId")
    """The identifier of the image that is used to create the bundle."""
    compute_type: ComputeType = member("ComputeType")
    user_storage: UserStorage = member("UserStorage")
    root_storage: RootStorage | None = member("RootStorage", default=None)
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags associated with the bundle."""


@shape
class CreateWorkspaceBundleResult:
    """What `create_workspace_bundle` returns."""

    workspace_bundle: WorkspaceBundle | None = member("WorkspaceBundle", default=None)

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
