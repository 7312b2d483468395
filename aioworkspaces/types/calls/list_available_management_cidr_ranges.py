"""What `list_available_management_cidr_ranges` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "ListAvailableManagementCidrRangesRequest",
    "ListAvailableManagementCidrRangesResult",
]


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
