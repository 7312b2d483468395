"""What `disassociate_ip_groups` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "DisassociateIpGroupsRequest",
    "DisassociateIpGroupsResult",
]


@shape
class DisassociateIpGroupsRequest:
    """The arguments of `disassociate_ip_groups`."""

    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory."""
    group_ids: Sequence[str] = member("GroupIds")
    """The identifiers of one or more IP access control groups."""


@shape
class DisassociateIpGroupsResult:
    """What `disassociate_ip_groups` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
