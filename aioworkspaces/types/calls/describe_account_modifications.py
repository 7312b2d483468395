"""What `describe_account_modifications` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..account import AccountModification

__all__ = [
    "DescribeAccountModificationsRequest",
    "DescribeAccountModificationsResult",
]


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
