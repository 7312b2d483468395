"""What `modify_account` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import DedicatedTenancySupportEnum

__all__ = [
    "ModifyAccountRequest",
    "ModifyAccountResult",
]


@shape
class ModifyAccountRequest:
    """The arguments of `modify_account`."""

    dedicated_tenancy_support: DedicatedTenancySupportEnum | None = member(
        "DedicatedTenancySupport", default=None
    )
    """The status of BYOL."""
    dedicated_tenancy_management_cidr_range: str | None = member(
        "DedicatedTenancyManagementCidrRange", default=None
    )
    """The IP address range, specified as an IPv4 CIDR block, for the management network
    interface.
    """


@shape
class ModifyAccountResult:
    """What `modify_account` returns."""

    message: str | None = member("Message", default=None)
    """The text message to describe the status of BYOL modification."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
