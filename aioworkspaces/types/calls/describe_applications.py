"""What `describe_applications` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..applications import WorkSpaceApplication, WorkSpaceApplicationLicenseType
from ..common import Compute, OperatingSystemName

__all__ = [
    "DescribeApplicationsRequest",
    "DescribeApplicationsResult",
]


@shape
class DescribeApplicationsRequest:
    """The arguments of `describe_applications`."""

    application_ids: Sequence[str] | None = member("ApplicationIds", min=1, default=None)
    """The identifiers of one or more applications."""
    compute_type_names: Sequence[Compute] | None = member("ComputeTypeNames", default=None)
    """The compute types supported by the applications."""
    license_type: WorkSpaceApplicationLicenseType | None = member("LicenseType", default=None)
    """The license availability for the applications."""
    operating_system_names: Sequence[OperatingSystemName] | None = member(
        "OperatingSystemNames", default=None
    )
    """The operating systems supported by the applications."""
    owner: str | None = member("Owner", default=None)
    """The owner of the applications."""
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of applications to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """


@shape
class DescribeApplicationsResult:
    """What `describe_applications` returns."""

    applications: list[WorkSpaceApplication] | None = member("Applications", default=None)
    """List of information about the specified applications."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
