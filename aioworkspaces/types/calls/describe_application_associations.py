"""What `describe_application_associations` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..applications import ApplicationAssociatedResourceType, ApplicationResourceAssociation

__all__ = [
    "DescribeApplicationAssociationsRequest",
    "DescribeApplicationAssociationsResult",
]


@shape
class DescribeApplicationAssociationsRequest:
    """The arguments of `describe_application_associations`."""

    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of associations to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    application_id: str = member("ApplicationId")
    """The identifier of the specified application."""
    associated_resource_types: Sequence[ApplicationAssociatedResourceType] = member(
        "AssociatedResourceTypes"
    )
    """The resource type of the associated resources."""


@shape
class DescribeApplicationAssociationsResult:
    """What `describe_application_associations` returns."""

    associations: list[ApplicationResourceAssociation] | None = member("Associations", default=None)
    """List of associations and information about them."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
