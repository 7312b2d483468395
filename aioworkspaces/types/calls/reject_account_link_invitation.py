"""What `reject_account_link_invitation` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import AccountLink

__all__ = [
    "RejectAccountLinkInvitationRequest",
    "RejectAccountLinkInvitationResult",
]


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
