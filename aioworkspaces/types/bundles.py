"""Bundles: the hardware and software a WorkSpace is launched from."""

from __future__ import annotations

from datetime import datetime

from ._shape import WireEnum, member, shape
from .common import AssociationState, AssociationStateReason, Compute

__all__ = [
    "BundleAssociatedResourceType",
    "BundleResourceAssociation",
    "BundleType",
    "ComputeType",
    "RootStorage",
    "UserStorage",
    "WorkspaceBundle",
    "WorkspaceBundleState",
]


class BundleAssociatedResourceType(WireEnum):
    """The BundleAssociatedResourceType values the service knows."""

    APPLICATION = "APPLICATION"


class BundleType(WireEnum):
    """The BundleType values the service knows."""

    REGULAR = "REGULAR"
    STANDBY = "STANDBY"


class WorkspaceBundleState(WireEnum):
    """The WorkspaceBundleState values the service knows."""

    AVAILABLE = "AVAILABLE"
    PENDING = "PENDING"
    ERROR = "ERROR"


@shape
class BundleResourceAssociation:
    """Describes the association between an application and a bundle resource."""

    associated_resource_id: str | None = member("AssociatedResourceId", min=1, default=None)
    """The identifier of the associated resource."""
    associated_resource_type: BundleAssociatedResourceType | None = member(
        "AssociatedResourceType", default=None
    )
    """The resource type of the associated resources."""
    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""
    created: datetime | None = member("Created", default=None)
    """The time the association is created."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The time the association status was last updated."""
    state: AssociationState | None = member("State", default=None)
    """The status of the bundle resource association."""
    state_reason: AssociationStateReason | None = member("StateReason", default=None)
    """The reason the association deployment failed."""


@shape
class ComputeType:
    """Describes the compute type of the bundle."""

    name: Compute | None = member("Name", default=None)
    """The compute type."""


@shape
class RootStorage:
    """Describes the root volume for a WorkSpace bundle."""

    capacity: str = member("Capacity", min=1)
    """The size of the root volume."""


@shape
class UserStorage:
    """Describes the user volume for a WorkSpace bundle."""

    capacity: str = member("Capacity", min=1)
    """The size of the user volume."""


@shape
class WorkspaceBundle:
    """Describes a WorkSpace bundle."""

    bundle_id: str | None = member("BundleId", default=None)
    """The identifier of the bundle."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the bundle."""
    owner: str | None = member("Owner", default=None)
    """The owner of the bundle."""
    description: str | None = member("Description", default=None)
    """The description of the bundle."""
    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image that was used to create the bundle."""
    root_storage: RootStorage | None = member("RootStorage", default=None)
    """The size of the root volume."""
    user_storage: UserStorage | None = member("UserStorage", default=None)
    """The size of the user volume."""
    compute_type: ComputeType | None = member("ComputeType", default=None)
    """The compute type of the bundle."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The last time that the bundle was updated."""
    creation_time: datetime | None = member("CreationTime", default=None)
    """The time when the bundle was created."""
    state: WorkspaceBundleState | None = member("State", default=None)
    """The state of the WorkSpace bundle."""
    bundle_type: BundleType | None = member("BundleType", default=None)
    """The type of WorkSpace bundle."""
