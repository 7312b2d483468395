"""What `revoke_ip_rules` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape

__all__ = [
    "RevokeIpRulesRequest",
    "RevokeIpRulesResult",
]


@shape
class RevokeIpRulesRequest:
    """The arguments of `revoke_ip_rules`."""

    group_id: str = member("GroupId")
    """The identifier of the group."""
    user_rules: Sequence[str] = member("UserRules")
    """The rules to remove from the group."""


@shape
class RevokeIpRulesResult:
    """What `revoke_ip_rules` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
