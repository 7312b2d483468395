"""What `describe_account` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import DedicatedTenancyAccountType, DedicatedTenancySupportResultEnum

__all__ = [
    "DescribeAccountRequest",
    "DescribeAccountResult",
]


@shape
class DescribeAccountRequest:
    """The arguments of `describe_account`."""


@shape
class DescribeAccountResult:
    """What `describe_account` returns."""

    dedicated_tenancy_support: DedicatedTenancySupportResultEnum | None = member(
        "DedicatedTenancySupport", default=None
    )
    """The status of BYOL (whether BYOL is enabled or disabled)."""
    dedicated_tenancy_management_cidr_range: str | None = member(
        "DedicatedTenancyManagementCidrRange", default=None
    )
    """The IP address range, specified as an IPv4 CIDR block, used for the management network
    interface.
    """
    dedicated_tenancy_account_type: DedicatedTenancyAccountType | None = member(
        "DedicatedTenancyAccountType", default=None
    )
    """The type of linked account."""
    message: str | None = member("Message", default=None)
    """The text message to describe the status of BYOL."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
