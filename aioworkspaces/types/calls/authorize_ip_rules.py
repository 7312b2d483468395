"""What `authorize_ip_rules` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..ip_groups import IpRuleItem

__all__ = [
    "AuthorizeIpRulesRequest",
    "AuthorizeIpRulesResult",
]


@shape
class AuthorizeIpRulesRequest:
    """The arguments of `authorize_ip_rules`."""

    group_id: str = member("GroupId")
    """The identifier of the group."""
    user_rules: Sequence[IpRuleItem] = member("UserRules")
    """The rules to add to the group."""


@shape
class AuthorizeIpRulesResult:
    """What `authorize_ip_rules` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
