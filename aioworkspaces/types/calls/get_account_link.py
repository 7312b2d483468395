"""What `get_account_link` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import AccountLink

__all__ = [
    "GetAccountLinkRequest",
    "GetAccountLinkResult",
]


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
