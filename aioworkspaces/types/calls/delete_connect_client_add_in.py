"""What `delete_connect_client_add_in` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeleteConnectClientAddInRequest",
    "DeleteConnectClientAddInResult",
]


@shape
class DeleteConnectClientAddInRequest:
    """The arguments of `delete_connect_client_add_in`."""

    add_in_id: str = member("AddInId", min=36)
    """The identifier of the client add-in to delete."""
    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which the client add-in is configured."""


@shape
class DeleteConnectClientAddInResult:
    """What `delete_connect_client_add_in` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
