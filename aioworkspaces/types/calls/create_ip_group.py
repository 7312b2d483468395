"""What `create_ip_group` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag
from ..ip_groups import IpRuleItem

__all__ = [
    "CreateIpGroupRequest",
    "CreateIpGroupResult",
]


@shape
class CreateIpGroupRequest:
    """The arguments of `create_ip_group`."""

    group_name: str = member("GroupName")
    """The name of the group."""
    group_desc: str | None = member("GroupDesc", default=None)
    """The description of the group."""
    user_rules: Sequence[IpRuleItem] | None = member("UserRules", default=None)
    """The rules to add to the group."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags."""


@shape
class CreateIpGroupResult:
    """What `create_ip_group` returns."""

    group_id: str | None = member("GroupId", default=None)
    """The identifier of the group."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
