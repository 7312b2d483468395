"""What `register_workspace_directory` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..common import Tag
from ..directories import (
    ActiveDirectoryConfig,
    MicrosoftEntraConfig,
    Tenancy,
    UserIdentityType,
    WorkspaceDirectoryState,
    WorkspaceType,
)

__all__ = [
    "RegisterWorkspaceDirectoryRequest",
    "RegisterWorkspaceDirectoryResult",
]


@shape
class RegisterWorkspaceDirectoryRequest:
    """The arguments of `register_workspace_directory`."""

    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the directory."""
    subnet_ids: Sequence[str] | None = member("SubnetIds", default=None)
    """The identifiers of the subnets for your virtual private cloud (VPC)."""
    enable_self_service: bool | None = member("EnableSelfService", default=None)
    """Indicates whether self-service capabilities are enabled or disabled."""
    tenancy: Tenancy | None = member("Tenancy", default=None)
    """Indicates whether your WorkSpace directory is dedicated or shared."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags associated with the directory."""
    workspace_directory_name: str | None = member("WorkspaceDirectoryName", default=None)
    """The name of the directory to register."""
    workspace_directory_description: str | None = member(
        "WorkspaceDirectoryDescription", default=None
    )
    """Description of the directory to register."""
    user_identity_type: UserIdentityType | None = member("UserIdentityType", default=None)
    """The type of identity management the user is using."""
    idc_instance_arn: str | None = member("IdcInstanceArn", default=None)
    """The Amazon Resource Name (ARN) of the identity center instance."""
    microsoft_entra_config: MicrosoftEntraConfig | None = member(
        "MicrosoftEntraConfig", default=None
    )
    """The details about Microsoft Entra config."""
    workspace_type: WorkspaceType | None = member("WorkspaceType", default=None)
    """Indicates whether the directory's WorkSpace type is personal or pools."""
    active_directory_config: ActiveDirectoryConfig | None = member(
        "ActiveDirectoryConfig", default=None
    )
    """The active directory config of the directory."""


@shape
class RegisterWorkspaceDirectoryResult:
    """What `register_workspace_directory` returns."""

    directory_id: str | None = member("DirectoryId", min=10, default=None)
    """The identifier of the directory."""
    state: WorkspaceDirectoryState | None = member("State", default=None)
    """The registration status of the WorkSpace directory."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
