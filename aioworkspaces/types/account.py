"""Account settings (BYOL, management CIDR ranges) and account links."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._shape import NO_METADATA, ResponseMetadata, WireEnum, member, metadata_member, shape

__all__ = [
    "AcceptAccountLinkInvitationRequest",
    "AcceptAccountLinkInvitationResult",
    "AccountLink",
    "AccountLinkStatusEnum",
    "AccountModification",
    "CreateAccountLinkInvitationRequest",
    "CreateAccountLinkInvitationResult",
    "DedicatedTenancyAccountType",
    "DedicatedTenancyModificationStateEnum",
    "DedicatedTenancySupportEnum",
    "DedicatedTenancySupportResultEnum",
    "DeleteAccountLinkInvitationRequest",
    "DeleteAccountLinkInvitationResult",
    "DescribeAccountModificationsRequest",
    "DescribeAccountModificationsResult",
    "DescribeAccountRequest",
    "DescribeAccountResult",
    "GetAccountLinkRequest",
    "GetAccountLinkResult",
    "ListAccountLinksRequest",
    "ListAccountLinksResult",
    "ListAvailableManagementCidrRangesRequest",
    "ListAvailableManagementCidrRangesResult",
    "ModifyAccountRequest",
    "ModifyAccountResult",
    "RejectAccountLinkInvitationRequest",
    "RejectAccountLinkInvitationResult",
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
class AcceptAccountLinkInvitationRequest:
    """The arguments of `accept_account_link_invitation`."""

    link_id: str = member("LinkId")
    """The identifier of the account link."""
    client_token: str | None = member("ClientToken", default=None)
    """A string of up to 64 ASCII characters that Amazon WorkSpaces uses to ensure idempotent
    creation.
    """


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
class AcceptAccountLinkInvitationResult:
    """What `accept_account_link_invitation` returns."""

    account_link: AccountLink | None = member("AccountLink", default=None)
    """Information about the account link."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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


@shape
class CreateAccountLinkInvitationRequest:
    """The arguments of `create_account_link_invitation`."""

    target_account_id: str = member("TargetAccountId")
    """The identifier of the target account."""
    client_token: str | None = member("ClientToken", default=None)
    """A string of up to 64 ASCII characters that Amazon WorkSpaces uses to ensure idempotent
    creation.
    """


@shape
class CreateAccountLinkInvitationResult:
    """What `create_account_link_invitation` returns."""

    account_link: AccountLink | None = member("AccountLink", default=None)
    """Information about the account link."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DeleteAccountLinkInvitationRequest:
    """The arguments of `delete_account_link_invitation`."""

    link_id: str = member("LinkId")
    """The identifier of the account link."""
    client_token: str | None = member("ClientToken", default=None)
    """A string of up to 64 ASCII characters that Amazon WorkSpaces uses to ensure idempotent
    creation.
    """


@shape
class DeleteAccountLinkInvitationResult:
    """What `delete_account_link_invitation` returns."""

    account_link: AccountLink | None = member("AccountLink", default=None)
    """Information about the account link."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeAccountModificationsRequest:
    """The arguments of `describe_account_modifications`."""

    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class DescribeAccountModificationsResult:
    """What `describe_account_modifications` returns."""

    account_modifications: list[AccountModification] | None = member(
        "AccountModifications", default=None
    )
    """The list of modifications to the configuration of BYOL."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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


@shape
class GetAccountLinkRequest:
    """The arguments of `get_account_link`."""

    link_id: str | None = member("LinkId", default=None)
    """The identifier of the account to link."""
    linked_account_id: str | None = member("LinkedAccountId", default=None)
    """The identifier of the account link"""


@shape
class GetAccountLinkResult:
    """What `get_account_link` returns."""

    account_link: AccountLink | None = member("AccountLink", default=None)
    """The account link of the account link to retrieve."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class ListAccountLinksRequest:
    """The arguments of `list_account_links`."""

    link_status_filter: Sequence[AccountLinkStatusEnum] | None = member(
        "LinkStatusFilter", default=None
    )
    """Filters the account based on their link status."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of accounts to return."""


@shape
class ListAccountLinksResult:
    """What `list_account_links` returns."""

    account_links: list[AccountLink] | None = member("AccountLinks", default=None)
    """Information about the account links."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class ListAvailableManagementCidrRangesRequest:
    """The arguments of `list_available_management_cidr_ranges`."""

    management_cidr_range_constraint: str = member("ManagementCidrRangeConstraint")
    """The IP address range to search."""
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class ListAvailableManagementCidrRangesResult:
    """What `list_available_management_cidr_ranges` returns."""

    management_cidr_ranges: list[str] | None = member("ManagementCidrRanges", default=None)
    """The list of available IP address ranges, specified as IPv4 CIDR blocks."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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


@shape
class RejectAccountLinkInvitationRequest:
    """The arguments of `reject_account_link_invitation`."""

    link_id: str = member("LinkId")
    """The identifier of the account link"""
    client_token: str | None = member("ClientToken", default=None)
    """The client token of the account link invitation to reject."""


@shape
class RejectAccountLinkInvitationResult:
    """What `reject_account_link_invitation` returns."""

    account_link: AccountLink | None = member("AccountLink", default=None)
    """Information about the account link."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
