"""What `delete_ip_group` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DeleteIpGroupRequest",
    "DeleteIpGroupResult",
]


@shape
class DeleteIpGroupRequest:
    """The arguments of `delete_ip_group`."""

    group_id: str = member("GroupId")
    """The identifier of the IP access control group."""


@shape
class DeleteIpGroupResult:
    """What `delete_ip_group` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
