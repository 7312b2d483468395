"""IP access control groups and their rules."""

from __future__ import annotations

from ._shape import member, shape

__all__ = [
    "IpRuleItem",
    "WorkspacesIpGroup",
]


@shape
class IpRuleItem:
    """Describes a rule for an IP access control group."""

    ip_rule: str | None = member("ipRule", default=None)
    """The IP address range, in CIDR notation."""
    rule_desc: str | None = member("ruleDesc", default=None)
    """The description."""


@shape
class WorkspacesIpGroup:
    """Describes an IP access control group."""

    group_id: str | None = member("groupId", default=None)
    """The identifier of the group."""
    group_name: str | None = member("groupName", default=None)
    """The name of the group."""
    group_desc: str | None = member("groupDesc", default=None)
    """The description of the group."""
    user_rules: list[IpRuleItem] | None = member("userRules", default=None)
    """The rules."""
