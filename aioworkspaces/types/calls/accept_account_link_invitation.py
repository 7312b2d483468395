"""What `accept_account_link_invitation` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import AccountLink

__all__ = [
    "AcceptAccountLinkInvitationRequest",
    "AcceptAccountLinkInvitationResult",
]


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
class AcceptAccountLinkInvitationResult:
    """What `accept_account_link_invitation` returns."""

    account_link: AccountLink | None = member("AccountLink", default=None)
    """Information about the account link."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
