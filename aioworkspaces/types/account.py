"""Account settings (BYOL, management CIDR ranges) and account links."""

from __future__ import annotations

from datetime import datetime

from ._shape import WireEnum, member, shape

__all__ = [
    "AccountLink",
    "AccountLinkStatusEnum",
    "AccountModification",
    "DedicatedTenancyAccountType",
    "DedicatedTenancyModificationStateEnum",
    "DedicatedTenancySupportEnum",
    "DedicatedTenancySupportResultEnum",
]


class AccountLinkStatusEnum(WireEnum):
    """The AccountLinkStatusEnum values the service knows."""

    LINKED = "LINKED"
    LINKING_FAILED = "LINKING_FAILED"
    LINK_NOT_FOUND = "LINK_NOT_FOUND"
    PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT = "PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT"
    REJECTED = "REJECTED"


class DedicatedTenancyAccountType(WireEnum):
    """The DedicatedTenancyAccountType values the service knows."""

    SOURCE_ACCOUNT = "SOURCE_ACCOUNT"
    TARGET_ACCOUNT = "TARGET_ACCOUNT"


class DedicatedTenancyModificationStateEnum(WireEnum):
    """The DedicatedTenancyModificationStateEnum values the service knows."""

    PENDING = "PENDING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class DedicatedTenancySupportEnum(WireEnum):
    """The DedicatedTenancySupportEnum values the service knows."""

    ENABLED = "ENABLED"


class DedicatedTenancySupportResultEnum(WireEnum):
    """The DedicatedTenancySupportResultEnum values the service knows."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


@shape
class AccountLink:
    """Information about about the account link."""

    account_link_id: str | None = member("AccountLinkId", default=None)
    """The identifier of the account link."""
    account_link_status: AccountLinkStatusEnum | None = member("AccountLinkStatus", default=None)
    """The status of the account link."""
    source_account_id: str | None = member("SourceAccountId", default=None)
    """The identifier of the source account."""
    target_account_id: str | None = member("TargetAccountId", default=None)
    """The identifier of the target account."""


@shape
class AccountModification:
    """Describes a modification to the configuration of Bring Your Own License (BYOL) for the
    specified account.
    """

    modification_state: DedicatedTenancyModificationStateEnum | None = member(
        "ModificationState", default=None
    )
    """The state of the modification to the configuration of BYOL."""
    dedicated_tenancy_support: DedicatedTenancySupportResultEnum | None = member(
        "DedicatedTenancySupport", default=None
    )
    """The status of BYOL (whether BYOL is being enabled or disabled)."""
    dedicated_tenancy_management_cidr_range: str | None = member(
        "DedicatedTenancyManagementCidrRange", default=None
    )
    """The IP address range, specified as an IPv4 CIDR block, for the management network
    interface used for the account.
    """
    start_time: datetime | None = member("StartTime", default=None)
    """The timestamp when the modification of the BYOL configuration was started."""
    error_code: str | None = member("ErrorCode", default=None)
    """The error code that is returned if the configuration of BYOL cannot be modified."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message that is returned if the configuration of BYOL cannot be
    modified.
    """
