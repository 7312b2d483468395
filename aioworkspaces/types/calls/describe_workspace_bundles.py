"""What `describe_workspace_bundles` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..bundles import WorkspaceBundle

__all__ = [
    "DescribeWorkspaceBundlesRequest",
    "DescribeWorkspaceBundlesResult",
]


@shape
class DescribeWorkspaceBundlesRequest:
    """The arguments of `describe_workspace_bundles`."""

    bundle_ids: Sequence[str] | None = member("BundleIds", min=1, default=None)
    """The identifiers of the bundles."""
    owner: str | None = member("Owner", default=None)
    """The owner of the bundles."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token for the next set of results."""


@shape
class DescribeWorkspaceBundlesResult:
    """What `describe_workspace_bundles` returns."""

    bundles: list[WorkspaceBundle] | None = member("Bundles", default=None)
    """Information about the bundles."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
