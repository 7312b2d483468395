"""IP access control groups and their rules."""

from __future__ import annotations

from collections.abc import Sequence

from ._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from .common import Tag

__all__ = [
    "AssociateIpGroupsRequest",
    "AssociateIpGroupsResult",
    "AuthorizeIpRulesRequest",
    "AuthorizeIpRulesResult",
    "CreateIpGroupRequest",
    "CreateIpGroupResult",
    "DeleteIpGroupRequest",
    "DeleteIpGroupResult",
    "DescribeIpGroupsRequest",
    "DescribeIpGroupsResult",
    "DisassociateIpGroupsRequest",
    "DisassociateIpGroupsResult",
    "IpRuleItem",
    "RevokeIpRulesRequest",
    "RevokeIpRulesResult",
    "UpdateRulesOfIpGroupRequest",
    "UpdateRulesOfIpGroupResult",
    "WorkspacesIpGroup",
]


@shape
class AssociateIpGroupsRequest:
    """The arguments of `associate_ip_groups`."""

    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory."""
    group_ids: Sequence[str] = member("GroupIds")
    """The identifiers of one or more IP access control groups."""


@shape
class AssociateIpGroupsResult:
    """What `associate_ip_groups` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class IpRuleItem:
    """Describes a rule for an IP access control group."""

    ip_rule: str | None = member("ipRule", default=None)
    """The IP address range, in CIDR notation."""
    rule_desc: str | None = member("ruleDesc", default=None)
    """The description."""


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


@shape
class DeleteIpGroupRequest:
    """The arguments of `delete_ip_group`."""

    group_id: str = member("GroupId")
    """The identifier of the IP access control group."""


@shape
class DeleteIpGroupResult:
    """What `delete_ip_group` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeIpGroupsRequest:
    """The arguments of `describe_ip_groups`."""

    group_ids: Sequence[str] | None = member("GroupIds", default=None)
    """The identifiers of one or more IP access control groups."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


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


@shape
class DescribeIpGroupsResult:
    """What `describe_ip_groups` returns."""

    result: list[WorkspacesIpGroup] | None = member("Result", default=None)
    """Information about the IP access control groups."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DisassociateIpGroupsRequest:
    """The arguments of `disassociate_ip_groups`."""

    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory."""
    group_ids: Sequence[str] = member("GroupIds")
    """The identifiers of one or more IP access control groups."""


@shape
class DisassociateIpGroupsResult:
    """What `disassociate_ip_groups` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


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
