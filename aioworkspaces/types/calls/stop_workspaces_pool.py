"""What `stop_workspaces_pool` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "StopWorkspacesPoolRequest",
    "StopWorkspacesPoolResult",
]


@shape
class StopWorkspacesPoolRequest:
    """The arguments of `stop_workspaces_pool`."""

    pool_id: str = member("PoolId")
    """The identifier of the pool."""


@shape
class StopWorkspacesPoolResult:
    """What `stop_workspaces_pool` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
