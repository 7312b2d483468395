"""What `create_connect_client_add_in` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "CreateConnectClientAddInRequest",
    "CreateConnectClientAddInResult",
]


@shape
class CreateConnectClientAddInRequest:
    """The arguments of `create_connect_client_add_in`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which to configure the client add-in."""
    name: str = member("Name", min=1)
    """The name of the client add-in."""
    url: str = member("URL", min=1)
    """The endpoint URL of the Connect Customer client add-in."""


@shape
class CreateConnectClientAddInResult:
    """What `create_connect_client_add_in` returns."""

    add_in_id: str | None = member("AddInId", min=36, default=None)
    """The client add-in identifier."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
