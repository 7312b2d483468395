"""What `list_account_links` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import AccountLink, AccountLinkStatusEnum

__all__ = [
    "ListAccountLinksRequest",
    "ListAccountLinksResult",
]


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
