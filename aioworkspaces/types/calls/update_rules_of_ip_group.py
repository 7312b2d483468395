"""What `update_rules_of_ip_group` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..ip_groups import IpRuleItem

__all__ = [
    "UpdateRulesOfIpGroupRequest",
    "UpdateRulesOfIpGroupResult",
]


@shape
class UpdateRulesOfIpGroupRequest:
    """The arguments of `update_rules_of_ip_group`."""

    group_id: str = member("GroupId")
    """The identifier of the group."""
    user_rules: Sequence[IpRuleItem] = member("UserRules")
    """One or more rules."""


@shape
class UpdateRulesOfIpGroupResult:
    """What `update_rules_of_ip_group` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
