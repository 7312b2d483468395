"""What `terminate_workspaces_pool_session` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "TerminateWorkspacesPoolSessionRequest",
    "TerminateWorkspacesPoolSessionResult",
]


@shape
class TerminateWorkspacesPoolSessionRequest:
    """The arguments of `terminate_workspaces_pool_session`."""

    session_id: str = member("SessionId", min=36)
    """The identifier of the pool session."""


@shape
class TerminateWorkspacesPoolSessionResult:
    """What `terminate_workspaces_pool_session` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
