"""What `describe_bundle_associations` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..bundles import BundleAssociatedResourceType, BundleResourceAssociation

__all__ = [
    "DescribeBundleAssociationsRequest",
    "DescribeBundleAssociationsResult",
]


@shape
class DescribeBundleAssociationsRequest:
    """The arguments of `describe_bundle_associations`."""

    bundle_id: str = member("BundleId")
    """The identifier of the bundle."""
    associated_resource_types: Sequence[BundleAssociatedResourceType] = member(
        "AssociatedResourceTypes"
    )
    """The resource types of the associated resource."""


@shape
class DescribeBundleAssociationsResult:
    """What `describe_bundle_associations` returns."""

    associations: list[BundleResourceAssociation] | None = member("Associations", default=None)
    """List of information about the specified associations."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
