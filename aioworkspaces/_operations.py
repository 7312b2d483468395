"""One typed `async def` per WorkSpaces operation, each a thin call into the pipeline.

Arguments are keyword-only and named after the input members; each method builds the
operation's request shape and hands it to `_invoke`, which validates, serializes,
signs, sends, retries and parses (see `pipeline`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from . import types as _types

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .types import (
        AcceptAccountLinkInvitationResult,
        AccountLinkStatusEnum,
        ActiveDirectoryConfig,
        Application,
        ApplicationAssociatedResourceType,
        ApplicationSettingsRequest,
        AssociateConnectionAliasResult,
        AssociateIpGroupsResult,
        AssociateWorkspaceApplicationResult,
        AuthorizeIpRulesResult,
        BundleAssociatedResourceType,
        Capacity,
        CertificateBasedAuthProperties,
        ClientDeviceType,
        ClientProperties,
        Compute,
        ComputeType,
        ConnectionAliasPermission,
        CopyWorkspaceImageResult,
        CreateAccountLinkInvitationResult,
        CreateConnectClientAddInResult,
        CreateConnectionAliasResult,
        CreateIpGroupResult,
        CreateStandbyWorkspacesResult,
        CreateTagsResult,
        CreateUpdatedWorkspaceImageResult,
        CreateWorkspaceBundleResult,
        CreateWorkspaceImageResult,
        CreateWorkspacesPoolResult,
        CreateWorkspacesResult,
        CustomImageProtocol,
        DataReplication,
        DedicatedTenancySupportEnum,
        DefaultImportClientBrandingAttributes,
        DeletableCertificateBasedAuthProperty,
        DeletableSamlProperty,
        DeleteAccountLinkInvitationResult,
        DeleteClientBrandingResult,
        DeleteConnectClientAddInResult,
        DeleteConnectionAliasResult,
        DeleteIpGroupResult,
        DeleteTagsResult,
        DeleteWorkspaceBundleResult,
        DeleteWorkspaceImageResult,
        DeployWorkspaceApplicationsResult,
        DeregisterWorkspaceDirectoryResult,
        DescribeAccountModificationsResult,
        DescribeAccountResult,
        DescribeApplicationAssociationsResult,
        DescribeApplicationsResult,
        DescribeBundleAssociationsResult,
        DescribeClientBrandingResult,
        DescribeClientPropertiesResult,
        DescribeConnectClientAddInsResult,
        DescribeConnectionAliasesResult,
        DescribeConnectionAliasPermissionsResult,
        DescribeCustomWorkspaceImageImportResult,
        DescribeImageAssociationsResult,
        DescribeIpGroupsResult,
        DescribeTagsResult,
        DescribeWorkspaceAssociationsResult,
        DescribeWorkspaceBundlesResult,
        DescribeWorkspaceDirectoriesFilter,
        DescribeWorkspaceDirectoriesResult,
        DescribeWorkspaceImagePermissionsResult,
        DescribeWorkspaceImagesResult,
        DescribeWorkspacesConnectionStatusResult,
        DescribeWorkspaceSnapshotsResult,
        DescribeWorkspacesPoolSessionsResult,
        DescribeWorkspacesPoolsFilter,
        DescribeWorkspacesPoolsResult,
        DescribeWorkspacesResult,
        DisassociateConnectionAliasResult,
        DisassociateIpGroupsResult,
        DisassociateWorkspaceApplicationResult,
        EndpointEncryptionMode,
        GetAccountLinkResult,
        ImageAssociatedResourceType,
        ImageComputeType,
        ImageSourceIdentifier,
        ImageType,
        ImageValidationMode,
        ImportClientBrandingResult,
        ImportCustomWorkspaceImageResult,
        ImportWorkspaceImageResult,
        IosImportClientBrandingAttributes,
        IpRuleItem,
        ListAccountLinksResult,
        ListAvailableManagementCidrRangesResult,
        MicrosoftEntraConfig,
        MigrateWorkspaceResult,
        ModifyAccountResult,
        ModifyCertificateBasedAuthPropertiesResult,
        ModifyClientPropertiesResult,
        ModifyEndpointEncryptionModeResponse,
        ModifySamlPropertiesResult,
        ModifySelfservicePermissionsResult,
        ModifyStreamingPropertiesResult,
        ModifyWorkspaceAccessPropertiesResult,
        ModifyWorkspaceCreationPropertiesResult,
        ModifyWorkspacePropertiesResult,
        ModifyWorkspaceStateResult,
        OperatingSystemName,
        OSVersion,
        Platform,
        PoolsRunningMode,
        RebootRequest,
        RebootWorkspacesResult,
        RebuildRequest,
        RebuildWorkspacesResult,
        RegisterWorkspaceDirectoryResult,
        RejectAccountLinkInvitationResult,
        RestoreWorkspaceResult,
        RevokeIpRulesResult,
        RootStorage,
        SamlProperties,
        SelfservicePermissions,
        StandbyWorkspace,
        StartRequest,
        StartWorkspacesPoolResult,
        StartWorkspacesResult,
        StopRequest,
        StopWorkspacesPoolResult,
        StopWorkspacesResult,
        StreamingProperties,
        Tag,
        TargetWorkspaceState,
        Tenancy,
        TerminateRequest,
        TerminateWorkspacesPoolResult,
        TerminateWorkspacesPoolSessionResult,
        TerminateWorkspacesResult,
        TimeoutSettings,
        UpdateConnectClientAddInResult,
        UpdateConnectionAliasPermissionResult,
        UpdateRulesOfIpGroupResult,
        UpdateWorkspaceBundleResult,
        UpdateWorkspaceImagePermissionResult,
        UpdateWorkspacesPoolResult,
        UserIdentityType,
        UserStorage,
        WorkspaceAccessProperties,
        WorkSpaceApplicationLicenseType,
        WorkSpaceAssociatedResourceType,
        WorkspaceCreationProperties,
        WorkspaceImageIngestionProcess,
        WorkspaceProperties,
        WorkspaceRequest,
        WorkspaceType,
    )

__all__ = ["Operations"]

_R = TypeVar("_R")


class Operations:
    """The operations of the WorkSpaces API; `WorkSpacesClient` supplies `_invoke`."""

    async def _invoke(self, operation: str, request: Any, output: type[_R]) -> _R:
        raise NotImplementedError

    async def accept_account_link_invitation(
        self,
        *,
        link_id: str,
        client_token: str | None = None,
    ) -> AcceptAccountLinkInvitationResult:
        """Accepts the account link invitation."""
        return await self._invoke(
            "AcceptAccountLinkInvitation",
            _types.AcceptAccountLinkInvitationRequest(link_id=link_id, client_token=client_token),
            _types.AcceptAccountLinkInvitationResult,
        )

    async def associate_connection_alias(
        self,
        *,
        alias_id: str,
        resource_id: str,
    ) -> AssociateConnectionAliasResult:
        """Associates the specified connection alias with the specified directory to enable
        cross-Region redirection.
        """
        return await self._invoke(
            "AssociateConnectionAlias",
            _types.AssociateConnectionAliasRequest(alias_id=alias_id, resource_id=resource_id),
            _types.AssociateConnectionAliasResult,
        )

    async def associate_ip_groups(
        self,
        *,
        directory_id: str,
        group_ids: Sequence[str],
    ) -> AssociateIpGroupsResult:
        """Associates the specified IP access control group with the specified directory."""
        return await self._invoke(
            "AssociateIpGroups",
            _types.AssociateIpGroupsRequest(directory_id=directory_id, group_ids=group_ids),
            _types.AssociateIpGroupsResult,
        )

    async def associate_workspace_application(
        self,
        *,
        workspace_id: str,
        application_id: str,
    ) -> AssociateWorkspaceApplicationResult:
        """Associates the specified application to the specified WorkSpace."""
        return await self._invoke(
            "AssociateWorkspaceApplication",
            _types.AssociateWorkspaceApplicationRequest(
                workspace_id=workspace_id,
                application_id=application_id,
            ),
            _types.AssociateWorkspaceApplicationResult,
        )

    async def authorize_ip_rules(
        self,
        *,
        group_id: str,
        user_rules: Sequence[IpRuleItem],
    ) -> AuthorizeIpRulesResult:
        """Adds one or more rules to the specified IP access control group."""
        return await self._invoke(
            "AuthorizeIpRules",
            _types.AuthorizeIpRulesRequest(group_id=group_id, user_rules=user_rules),
            _types.AuthorizeIpRulesResult,
        )

    async def copy_workspace_image(
        self,
        *,
        name: str,
        description: str | None = None,
        source_image_id: str,
        source_region: str,
        tags: Sequence[Tag] | None = None,
    ) -> CopyWorkspaceImageResult:
        """Copies the specified image from the specified Region to the current Region."""
        return await self._invoke(
            "CopyWorkspaceImage",
            _types.CopyWorkspaceImageRequest(
                name=name,
                description=description,
                source_image_id=source_image_id,
                source_region=source_region,
                tags=tags,
            ),
            _types.CopyWorkspaceImageResult,
        )

    async def create_account_link_invitation(
        self,
        *,
        target_account_id: str,
        client_token: str | None = None,
    ) -> CreateAccountLinkInvitationResult:
        """Creates the account link invitation."""
        return await self._invoke(
            "CreateAccountLinkInvitation",
            _types.CreateAccountLinkInvitationRequest(
                target_account_id=target_account_id,
                client_token=client_token,
            ),
            _types.CreateAccountLinkInvitationResult,
        )

    async def create_connect_client_add_in(
        self,
        *,
        resource_id: str,
        name: str,
        url: str,
    ) -> CreateConnectClientAddInResult:
        """Creates a client-add-in for Connect Customer within a directory."""
        return await self._invoke(
            "CreateConnectClientAddIn",
            _types.CreateConnectClientAddInRequest(resource_id=resource_id, name=name, url=url),
            _types.CreateConnectClientAddInResult,
        )

    async def create_connection_alias(
        self,
        *,
        connection_string: str,
        tags: Sequence[Tag] | None = None,
    ) -> CreateConnectionAliasResult:
        """Creates the specified connection alias for use with cross-Region redirection."""
        return await self._invoke(
            "CreateConnectionAlias",
            _types.CreateConnectionAliasRequest(connection_string=connection_string, tags=tags),
            _types.CreateConnectionAliasResult,
        )

    async def create_ip_group(
        self,
        *,
        group_name: str,
        group_desc: str | None = None,
        user_rules: Sequence[IpRuleItem] | None = None,
        tags: Sequence[Tag] | None = None,
    ) -> CreateIpGroupResult:
        """Creates an IP access control group."""
        return await self._invoke(
            "CreateIpGroup",
            _types.CreateIpGroupRequest(
                group_name=group_name,
                group_desc=group_desc,
                user_rules=user_rules,
                tags=tags,
            ),
            _types.CreateIpGroupResult,
        )

    async def create_standby_workspaces(
        self,
        *,
        primary_region: str,
        standby_workspaces: Sequence[StandbyWorkspace],
    ) -> CreateStandbyWorkspacesResult:
        """Creates a standby WorkSpace in a secondary Region."""
        return await self._invoke(
            "CreateStandbyWorkspaces",
            _types.CreateStandbyWorkspacesRequest(
                primary_region=primary_region,
                standby_workspaces=standby_workspaces,
            ),
            _types.CreateStandbyWorkspacesResult,
        )

    async def create_tags(
        self,
        *,
        resource_id: str,
        tags: Sequence[Tag],
    ) -> CreateTagsResult:
        """Creates the specified tags for the specified WorkSpaces resource."""
        return await self._invoke(
            "CreateTags",
            _types.CreateTagsRequest(resource_id=resource_id, tags=tags),
            _types.CreateTagsResult,
        )

    async def create_updated_workspace_image(
        self,
        *,
        name: str,
        description: str,
        source_image_id: str,
        tags: Sequence[Tag] | None = None,
    ) -> CreateUpdatedWorkspaceImageResult:
        """Creates a new updated WorkSpace image based on the specified source image."""
        return await self._invoke(
            "CreateUpdatedWorkspaceImage",
            _types.CreateUpdatedWorkspaceImageRequest(
                name=name,
                description=description,
                source_image_id=source_image_id,
                tags=tags,
            ),
            _types.CreateUpdatedWorkspaceImageResult,
        )

    async def create_workspace_bundle(
        self,
        *,
        bundle_name: str,
        bundle_description: str,
        image_id: str,
        compute_type: ComputeType,
        user_storage: UserStorage,
        root_storage: RootStorage | None = None,
        tags: Sequence[Tag] | None = None,
    ) -> CreateWorkspaceBundleResult:
        """Creates the specified WorkSpace bundle."""
        return await self._invoke(
            "CreateWorkspaceBundle",
            _types.CreateWorkspaceBundleRequest(
                bundle_name=bundle_name,
                bundle_description=bundle_description,
                image_id=image_id,
                compute_type=compute_type,
                user_storage=user_storage,
                root_storage=root_storage,
                tags=tags,
            ),
            _types.CreateWorkspaceBundleResult,
        )

    async def create_workspace_image(
        self,
        *,
        name: str,
        description: str,
        workspace_id: str,
        tags: Sequence[Tag] | None = None,
    ) -> CreateWorkspaceImageResult:
        """Creates a new WorkSpace image from an existing WorkSpace."""
        return await self._invoke(
            "CreateWorkspaceImage",
            _types.CreateWorkspaceImageRequest(
                name=name,
                description=description,
                workspace_id=workspace_id,
                tags=tags,
            ),
            _types.CreateWorkspaceImageResult,
        )

    async def create_workspaces(
        self,
        *,
        workspaces: Sequence[WorkspaceRequest],
    ) -> CreateWorkspacesResult:
        """Creates one or more WorkSpaces."""
        return await self._invoke(
            "CreateWorkspaces",
            _types.CreateWorkspacesRequest(workspaces=workspaces),
            _types.CreateWorkspacesResult,
        )

    async def create_workspaces_pool(
        self,
        *,
        pool_name: str,
        description: str,
        bundle_id: str,
        directory_id: str,
        capacity: Capacity,
        tags: Sequence[Tag] | None = None,
        application_settings: ApplicationSettingsRequest | None = None,
        timeout_settings: TimeoutSettings | None = None,
        running_mode: PoolsRunningMode | None = None,
    ) -> CreateWorkspacesPoolResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "CreateWorkspacesPool",
            _types.CreateWorkspacesPoolRequest(
                pool_name=pool_name,
                description=description,
                bundle_id=bundle_id,
                directory_id=directory_id,
                capacity=capacity,
                tags=tags,
                application_settings=application_settings,
                timeout_settings=timeout_settings,
                running_mode=running_mode,
            ),
            _types.CreateWorkspacesPoolResult,
        )

    async def delete_account_link_invitation(
        self,
        *,
        link_id: str,
        client_token: str | None = None,
    ) -> DeleteAccountLinkInvitationResult:
        """Deletes the account link invitation."""
        return await self._invoke(
            "DeleteAccountLinkInvitation",
            _types.DeleteAccountLinkInvitationRequest(link_id=link_id, client_token=client_token),
            _types.DeleteAccountLinkInvitationResult,
        )

    async def delete_client_branding(
        self,
        *,
        resource_id: str,
        platforms: Sequence[ClientDeviceType],
    ) -> DeleteClientBrandingResult:
        """Deletes customized client branding."""
        return await self._invoke(
            "DeleteClientBranding",
            _types.DeleteClientBrandingRequest(resource_id=resource_id, platforms=platforms),
            _types.DeleteClientBrandingResult,
        )

    async def delete_connect_client_add_in(
        self,
        *,
        add_in_id: str,
        resource_id: str,
    ) -> DeleteConnectClientAddInResult:
        """Deletes a client-add-in for Connect Customer that is configured within a directory."""
        return await self._invoke(
            "DeleteConnectClientAddIn",
            _types.DeleteConnectClientAddInRequest(add_in_id=add_in_id, resource_id=resource_id),
            _types.DeleteConnectClientAddInResult,
        )

    async def delete_connection_alias(
        self,
        *,
        alias_id: str,
    ) -> DeleteConnectionAliasResult:
        """Deletes the specified connection alias."""
        return await self._invoke(
            "DeleteConnectionAlias",
            _types.DeleteConnectionAliasRequest(alias_id=alias_id),
            _types.DeleteConnectionAliasResult,
        )

    async def delete_ip_group(
        self,
        *,
        group_id: str,
    ) -> DeleteIpGroupResult:
        """Deletes the specified IP access control group."""
        return await self._invoke(
            "DeleteIpGroup",
            _types.DeleteIpGroupRequest(group_id=group_id),
            _types.DeleteIpGroupResult,
        )

    async def delete_tags(
        self,
        *,
        resource_id: str,
        tag_keys: Sequence[str],
    ) -> DeleteTagsResult:
        """Deletes the specified tags from the specified WorkSpaces resource."""
        return await self._invoke(
            "DeleteTags",
            _types.DeleteTagsRequest(resource_id=resource_id, tag_keys=tag_keys),
            _types.DeleteTagsResult,
        )

    async def delete_workspace_bundle(
        self,
        *,
        bundle_id: str | None = None,
    ) -> DeleteWorkspaceBundleResult:
        """Deletes the specified WorkSpace bundle."""
        return await self._invoke(
            "DeleteWorkspaceBundle",
            _types.DeleteWorkspaceBundleRequest(bundle_id=bundle_id),
            _types.DeleteWorkspaceBundleResult,
        )

    async def delete_workspace_image(
        self,
        *,
        image_id: str,
    ) -> DeleteWorkspaceImageResult:
        """Deletes the specified image from your account."""
        return await self._invoke(
            "DeleteWorkspaceImage",
            _types.DeleteWorkspaceImageRequest(image_id=image_id),
            _types.DeleteWorkspaceImageResult,
        )

    async def deploy_workspace_applications(
        self,
        *,
        workspace_id: str,
        force: bool | None = None,
    ) -> DeployWorkspaceApplicationsResult:
        """Deploys associated applications to the specified WorkSpace"""
        return await self._invoke(
            "DeployWorkspaceApplications",
            _types.DeployWorkspaceApplicationsRequest(workspace_id=workspace_id, force=force),
            _types.DeployWorkspaceApplicationsResult,
        )

    async def deregister_workspace_directory(
        self,
        *,
        directory_id: str,
    ) -> DeregisterWorkspaceDirectoryResult:
        """Deregisters the specified directory."""
        return await self._invoke(
            "DeregisterWorkspaceDirectory",
            _types.DeregisterWorkspaceDirectoryRequest(directory_id=directory_id),
            _types.DeregisterWorkspaceDirectoryResult,
        )

    async def describe_account(
        self,
    ) -> DescribeAccountResult:
        """Retrieves a list that describes the configuration of Bring Your Own License (BYOL)
        for the specified account.
        """
        return await self._invoke(
            "DescribeAccount",
            _types.DescribeAccountRequest(),
            _types.DescribeAccountResult,
        )

    async def describe_account_modifications(
        self,
        *,
        next_token: str | None = None,
    ) -> DescribeAccountModificationsResult:
        """Retrieves a list that describes modifications to the configuration of Bring Your Own
        License (BYOL) for the specified account.
        """
        return await self._invoke(
            "DescribeAccountModifications",
            _types.DescribeAccountModificationsRequest(next_token=next_token),
            _types.DescribeAccountModificationsResult,
        )

    async def describe_application_associations(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        application_id: str,
        associated_resource_types: Sequence[ApplicationAssociatedResourceType],
    ) -> DescribeApplicationAssociationsResult:
        """Describes the associations between the application and the specified associated
        resources.
        """
        return await self._invoke(
            "DescribeApplicationAssociations",
            _types.DescribeApplicationAssociationsRequest(
                max_results=max_results,
                next_token=next_token,
                application_id=application_id,
                associated_resource_types=associated_resource_types,
            ),
            _types.DescribeApplicationAssociationsResult,
        )

    async def describe_applications(
        self,
        *,
        application_ids: Sequence[str] | None = None,
        compute_type_names: Sequence[Compute] | None = None,
        license_type: WorkSpaceApplicationLicenseType | None = None,
        operating_system_names: Sequence[OperatingSystemName] | None = None,
        owner: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> DescribeApplicationsResult:
        """Describes the specified applications by filtering based on their compute types,
        license availability, operating systems, and owners.
        """
        return await self._invoke(
            "DescribeApplications",
            _types.DescribeApplicationsRequest(
                application_ids=application_ids,
                compute_type_names=compute_type_names,
                license_type=license_type,
                operating_system_names=operating_system_names,
                owner=owner,
                max_results=max_results,
                next_token=next_token,
            ),
            _types.DescribeApplicationsResult,
        )

    async def describe_bundle_associations(
        self,
        *,
        bundle_id: str,
        associated_resource_types: Sequence[BundleAssociatedResourceType],
    ) -> DescribeBundleAssociationsResult:
        """Describes the associations between the applications and the specified bundle."""
        return await self._invoke(
            "DescribeBundleAssociations",
            _types.DescribeBundleAssociationsRequest(
                bundle_id=bundle_id,
                associated_resource_types=associated_resource_types,
            ),
            _types.DescribeBundleAssociationsResult,
        )

    async def describe_client_branding(
        self,
        *,
        resource_id: str,
    ) -> DescribeClientBrandingResult:
        """Describes the specified client branding."""
        return await self._invoke(
            "DescribeClientBranding",
            _types.DescribeClientBrandingRequest(resource_id=resource_id),
            _types.DescribeClientBrandingResult,
        )

    async def describe_client_properties(
        self,
        *,
        resource_ids: Sequence[str],
    ) -> DescribeClientPropertiesResult:
        """Retrieves a list that describes one or more specified Amazon WorkSpaces clients."""
        return await self._invoke(
            "DescribeClientProperties",
            _types.DescribeClientPropertiesRequest(resource_ids=resource_ids),
            _types.DescribeClientPropertiesResult,
        )

    async def describe_connect_client_add_ins(
        self,
        *,
        resource_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> DescribeConnectClientAddInsResult:
        """Retrieves a list of Connect Customer client add-ins that have been created."""
        return await self._invoke(
            "DescribeConnectClientAddIns",
            _types.DescribeConnectClientAddInsRequest(
                resource_id=resource_id,
                next_token=next_token,
                max_results=max_results,
            ),
            _types.DescribeConnectClientAddInsResult,
        )

    async def describe_connection_alias_permissions(
        self,
        *,
        alias_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> DescribeConnectionAliasPermissionsResult:
        """Describes the permissions that the owner of a connection alias has granted to
        another Amazon Web Services account for the specified connection alias.
        """
        return await self._invoke(
            "DescribeConnectionAliasPermissions",
            _types.DescribeConnectionAliasPermissionsRequest(
                alias_id=alias_id,
                next_token=next_token,
                max_results=max_results,
            ),
            _types.DescribeConnectionAliasPermissionsResult,
        )

    async def describe_connection_aliases(
        self,
        *,
        alias_ids: Sequence[str] | None = None,
        resource_id: str | None = None,
        limit: int | None = None,
        next_token: str | None = None,
    ) -> DescribeConnectionAliasesResult:
        """Retrieves a list that describes the connection aliases used for cross-Region
        redirection.
        """
        return await self._invoke(
            "DescribeConnectionAliases",
            _types.DescribeConnectionAliasesRequest(
                alias_ids=alias_ids,
                resource_id=resource_id,
                limit=limit,
                next_token=next_token,
            ),
            _types.DescribeConnectionAliasesResult,
        )

    async def describe_custom_workspace_image_import(
        self,
        *,
        image_id: str,
    ) -> DescribeCustomWorkspaceImageImportResult:
        """Retrieves information about a WorkSpace BYOL image being imported via
        ImportCustomWorkspaceImage.
        """
        return await self._invoke(
            "DescribeCustomWorkspaceImageImport",
            _types.DescribeCustomWorkspaceImageImportRequest(image_id=image_id),
            _types.DescribeCustomWorkspaceImageImportResult,
        )

    async def describe_image_associations(
        self,
        *,
        image_id: str,
        associated_resource_types: Sequence[ImageAssociatedResourceType],
    ) -> DescribeImageAssociationsResult:
        """Describes the associations between the applications and the specified image."""
        return await self._invoke(
            "DescribeImageAssociations",
            _types.DescribeImageAssociationsRequest(
                image_id=image_id,
                associated_resource_types=associated_resource_types,
            ),
            _types.DescribeImageAssociationsResult,
        )

    async def describe_ip_groups(
        self,
        *,
        group_ids: Sequence[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> DescribeIpGroupsResult:
        """Describes one or more of your IP access control groups."""
        return await self._invoke(
            "DescribeIpGroups",
            _types.DescribeIpGroupsRequest(
                group_ids=group_ids,
                next_token=next_token,
                max_results=max_results,
            ),
            _types.DescribeIpGroupsResult,
        )

    async def describe_tags(
        self,
        *,
        resource_id: str,
    ) -> DescribeTagsResult:
        """Describes the specified tags for the specified WorkSpaces resource."""
        return await self._invoke(
            "DescribeTags",
            _types.DescribeTagsRequest(resource_id=resource_id),
            _types.DescribeTagsResult,
        )

    async def describe_workspace_associations(
        self,
        *,
        workspace_id: str,
        associated_resource_types: Sequence[WorkSpaceAssociatedResourceType],
    ) -> DescribeWorkspaceAssociationsResult:
        """Describes the associations betweens applications and the specified WorkSpace."""
        return await self._invoke(
            "DescribeWorkspaceAssociations",
            _types.DescribeWorkspaceAssociationsRequest(
                workspace_id=workspace_id,
                associated_resource_types=associated_resource_types,
            ),
            _types.DescribeWorkspaceAssociationsResult,
        )

    async def describe_workspace_bundles(
        self,
        *,
        bundle_ids: Sequence[str] | None = None,
        owner: str | None = None,
        next_token: str | None = None,
    ) -> DescribeWorkspaceBundlesResult:
        """Retrieves a list that describes the available WorkSpace bundles."""
        return await self._invoke(
            "DescribeWorkspaceBundles",
            _types.DescribeWorkspaceBundlesRequest(
                bundle_ids=bundle_ids,
                owner=owner,
                next_token=next_token,
            ),
            _types.DescribeWorkspaceBundlesResult,
        )

    async def describe_workspace_directories(
        self,
        *,
        directory_ids: Sequence[str] | None = None,
        workspace_directory_names: Sequence[str] | None = None,
        limit: int | None = None,
        next_token: str | None = None,
        filters: Sequence[DescribeWorkspaceDirectoriesFilter] | None = None,
    ) -> DescribeWorkspaceDirectoriesResult:
        """Describes the available directories that are registered with Amazon WorkSpaces."""
        return await self._invoke(
            "DescribeWorkspaceDirectories",
            _types.DescribeWorkspaceDirectoriesRequest(
                directory_ids=directory_ids,
                workspace_directory_names=workspace_directory_names,
                limit=limit,
                next_token=next_token,
                filters=filters,
            ),
            _types.DescribeWorkspaceDirectoriesResult,
        )

    async def describe_workspace_image_permissions(
        self,
        *,
        image_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> DescribeWorkspaceImagePermissionsResult:
        """Describes the permissions that the owner of an image has granted to other Amazon Web
        Services accounts for an image.
        """
        return await self._invoke(
            "DescribeWorkspaceImagePermissions",
            _types.DescribeWorkspaceImagePermissionsRequest(
                image_id=image_id,
                next_token=next_token,
                max_results=max_results,
            ),
            _types.DescribeWorkspaceImagePermissionsResult,
        )

    async def describe_workspace_images(
        self,
        *,
        image_ids: Sequence[str] | None = None,
        image_type: ImageType | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> DescribeWorkspaceImagesResult:
        """Retrieves a list that describes one or more specified images, if the image
        identifiers are provided.
        """
        return await self._invoke(
            "DescribeWorkspaceImages",
            _types.DescribeWorkspaceImagesRequest(
                image_ids=image_ids,
                image_type=image_type,
                next_token=next_token,
                max_results=max_results,
            ),
            _types.DescribeWorkspaceImagesResult,
        )

    async def describe_workspace_snapshots(
        self,
        *,
        workspace_id: str,
    ) -> DescribeWorkspaceSnapshotsResult:
        """Describes the snapshots for the specified WorkSpace."""
        return await self._invoke(
            "DescribeWorkspaceSnapshots",
            _types.DescribeWorkspaceSnapshotsRequest(workspace_id=workspace_id),
            _types.DescribeWorkspaceSnapshotsResult,
        )

    async def describe_workspaces(
        self,
        *,
        workspace_ids: Sequence[str] | None = None,
        directory_id: str | None = None,
        user_name: str | None = None,
        bundle_id: str | None = None,
        limit: int | None = None,
        next_token: str | None = None,
        workspace_name: str | None = None,
    ) -> DescribeWorkspacesResult:
        """Describes the specified WorkSpaces."""
        return await self._invoke(
            "DescribeWorkspaces",
            _types.DescribeWorkspacesRequest(
                workspace_ids=workspace_ids,
                directory_id=directory_id,
                user_name=user_name,
                bundle_id=bundle_id,
                limit=limit,
                next_token=next_token,
                workspace_name=workspace_name,
            ),
            _types.DescribeWorkspacesResult,
        )

    async def describe_workspaces_connection_status(
        self,
        *,
        workspace_ids: Sequence[str] | None = None,
        next_token: str | None = None,
    ) -> DescribeWorkspacesConnectionStatusResult:
        """Describes the connection status of the specified WorkSpaces."""
        return await self._invoke(
            "DescribeWorkspacesConnectionStatus",
            _types.DescribeWorkspacesConnectionStatusRequest(
                workspace_ids=workspace_ids,
                next_token=next_token,
            ),
            _types.DescribeWorkspacesConnectionStatusResult,
        )

    async def describe_workspaces_pool_sessions(
        self,
        *,
        pool_id: str,
        user_id: str | None = None,
        limit: int | None = None,
        next_token: str | None = None,
    ) -> DescribeWorkspacesPoolSessionsResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "DescribeWorkspacesPoolSessions",
            _types.DescribeWorkspacesPoolSessionsRequest(
                pool_id=pool_id,
                user_id=user_id,
                limit=limit,
                next_token=next_token,
            ),
            _types.DescribeWorkspacesPoolSessionsResult,
        )

    async def describe_workspaces_pools(
        self,
        *,
        pool_ids: Sequence[str] | None = None,
        filters: Sequence[DescribeWorkspacesPoolsFilter] | None = None,
        limit: int | None = None,
        next_token: str | None = None,
    ) -> DescribeWorkspacesPoolsResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "DescribeWorkspacesPools",
            _types.DescribeWorkspacesPoolsRequest(
                pool_ids=pool_ids,
                filters=filters,
                limit=limit,
                next_token=next_token,
            ),
            _types.DescribeWorkspacesPoolsResult,
        )

    async def disassociate_connection_alias(
        self,
        *,
        alias_id: str,
    ) -> DisassociateConnectionAliasResult:
        """Disassociates a connection alias from a directory."""
        return await self._invoke(
            "DisassociateConnectionAlias",
            _types.DisassociateConnectionAliasRequest(alias_id=alias_id),
            _types.DisassociateConnectionAliasResult,
        )

    async def disassociate_ip_groups(
        self,
        *,
        directory_id: str,
        group_ids: Sequence[str],
    ) -> DisassociateIpGroupsResult:
        """Disassociates the specified IP access control group from the specified directory."""
        return await self._invoke(
            "DisassociateIpGroups",
            _types.DisassociateIpGroupsRequest(directory_id=directory_id, group_ids=group_ids),
            _types.DisassociateIpGroupsResult,
        )

    async def disassociate_workspace_application(
        self,
        *,
        workspace_id: str,
        application_id: str,
    ) -> DisassociateWorkspaceApplicationResult:
        """Disassociates the specified application from a WorkSpace."""
        return await self._invoke(
            "DisassociateWorkspaceApplication",
            _types.DisassociateWorkspaceApplicationRequest(
                workspace_id=workspace_id,
                application_id=application_id,
            ),
            _types.DisassociateWorkspaceApplicationResult,
        )

    async def get_account_link(
        self,
        *,
        link_id: str | None = None,
        linked_account_id: str | None = None,
    ) -> GetAccountLinkResult:
        """Retrieves account link information."""
        return await self._invoke(
            "GetAccountLink",
            _types.GetAccountLinkRequest(link_id=link_id, linked_account_id=linked_account_id),
            _types.GetAccountLinkResult,
        )

    async def import_client_branding(
        self,
        *,
        resource_id: str,
        device_type_windows: DefaultImportClientBrandingAttributes | None = None,
        device_type_osx: DefaultImportClientBrandingAttributes | None = None,
        device_type_android: DefaultImportClientBrandingAttributes | None = None,
        device_type_ios: IosImportClientBrandingAttributes | None = None,
        device_type_linux: DefaultImportClientBrandingAttributes | None = None,
        device_type_web: DefaultImportClientBrandingAttributes | None = None,
    ) -> ImportClientBrandingResult:
        """Imports client branding."""
        return await self._invoke(
            "ImportClientBranding",
            _types.ImportClientBrandingRequest(
                resource_id=resource_id,
                device_type_windows=device_type_windows,
                device_type_osx=device_type_osx,
                device_type_android=device_type_android,
                device_type_ios=device_type_ios,
                device_type_linux=device_type_linux,
                device_type_web=device_type_web,
            ),
            _types.ImportClientBrandingResult,
        )

    async def import_custom_workspace_image(
        self,
        *,
        image_name: str,
        image_description: str,
        compute_type: ImageComputeType,
        protocol: CustomImageProtocol,
        image_source: ImageSourceIdentifier,
        infrastructure_configuration_arn: str,
        platform: Platform,
        os_version: OSVersion,
        tags: Sequence[Tag] | None = None,
        image_validation_mode: ImageValidationMode | None = None,
    ) -> ImportCustomWorkspaceImageResult:
        """Imports the specified Windows 10 or 11 Bring Your Own License (BYOL) image into
        Amazon WorkSpaces using EC2 Image Builder.
        """
        return await self._invoke(
            "ImportCustomWorkspaceImage",
            _types.ImportCustomWorkspaceImageRequest(
                image_name=image_name,
                image_description=image_description,
                compute_type=compute_type,
                protocol=protocol,
                image_source=image_source,
                infrastructure_configuration_arn=infrastructure_configuration_arn,
                platform=platform,
                os_version=os_version,
                tags=tags,
                image_validation_mode=image_validation_mode,
            ),
            _types.ImportCustomWorkspaceImageResult,
        )

    async def import_workspace_image(
        self,
        *,
        ec2_image_id: str,
        ingestion_process: WorkspaceImageIngestionProcess,
        image_name: str,
        image_description: str,
        tags: Sequence[Tag] | None = None,
        applications: Sequence[Application] | None = None,
    ) -> ImportWorkspaceImageResult:
        """Imports the specified Windows 10 or 11 Bring Your Own License (BYOL) image into
        Amazon WorkSpaces.
        """
        return await self._invoke(
            "ImportWorkspaceImage",
            _types.ImportWorkspaceImageRequest(
                ec2_image_id=ec2_image_id,
                ingestion_process=ingestion_process,
                image_name=image_name,
                image_description=image_description,
                tags=tags,
                applications=applications,
            ),
            _types.ImportWorkspaceImageResult,
        )

    async def list_account_links(
        self,
        *,
        link_status_filter: Sequence[AccountLinkStatusEnum] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListAccountLinksResult:
        """Lists all account links."""
        return await self._invoke(
            "ListAccountLinks",
            _types.ListAccountLinksRequest(
                link_status_filter=link_status_filter,
                next_token=next_token,
                max_results=max_results,
            ),
            _types.ListAccountLinksResult,
        )

    async def list_available_management_cidr_ranges(
        self,
        *,
        management_cidr_range_constraint: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListAvailableManagementCidrRangesResult:
        """Retrieves a list of IP address ranges, specified as IPv4 CIDR blocks, that you can
        use for the network management interface when you enable Bring Your Own License
        (BYOL).
        """
        return await self._invoke(
            "ListAvailableManagementCidrRanges",
            _types.ListAvailableManagementCidrRangesRequest(
                management_cidr_range_constraint=management_cidr_range_constraint,
                max_results=max_results,
                next_token=next_token,
            ),
            _types.ListAvailableManagementCidrRangesResult,
        )

    async def migrate_workspace(
        self,
        *,
        source_workspace_id: str,
        bundle_id: str,
    ) -> MigrateWorkspaceResult:
        """Migrates a WorkSpace from one operating system or bundle type to another, while
        retaining the data on the user volume.
        """
        return await self._invoke(
            "MigrateWorkspace",
            _types.MigrateWorkspaceRequest(
                source_workspace_id=source_workspace_id,
                bundle_id=bundle_id,
            ),
            _types.MigrateWorkspaceResult,
        )

    async def modify_account(
        self,
        *,
        dedicated_tenancy_support: DedicatedTenancySupportEnum | None = None,
        dedicated_tenancy_management_cidr_range: str | None = None,
    ) -> ModifyAccountResult:
        """Modifies the configuration of Bring Your Own License (BYOL) for the specified
        account.
        """
        return await self._invoke(
            "ModifyAccount",
            _types.ModifyAccountRequest(
                dedicated_tenancy_support=dedicated_tenancy_support,
                dedicated_tenancy_management_cidr_range=dedicated_tenancy_management_cidr_range,
            ),
            _types.ModifyAccountResult,
        )

    async def modify_certificate_based_auth_properties(
        self,
        *,
        resource_id: str,
        certificate_based_auth_properties: CertificateBasedAuthProperties | None = None,
        properties_to_delete: Sequence[DeletableCertificateBasedAuthProperty] | None = None,
    ) -> ModifyCertificateBasedAuthPropertiesResult:
        """Modifies the properties of the certificate-based authentication you want to use with
        your WorkSpaces.
        """
        return await self._invoke(
            "ModifyCertificateBasedAuthProperties",
            _types.ModifyCertificateBasedAuthPropertiesRequest(
                resource_id=resource_id,
                certificate_based_auth_properties=certificate_based_auth_properties,
                properties_to_delete=properties_to_delete,
            ),
            _types.ModifyCertificateBasedAuthPropertiesResult,
        )

    async def modify_client_properties(
        self,
        *,
        resource_id: str,
        client_properties: ClientProperties,
    ) -> ModifyClientPropertiesResult:
        """Modifies the properties of the specified Amazon WorkSpaces clients."""
        return await self._invoke(
            "ModifyClientProperties",
            _types.ModifyClientPropertiesRequest(
                resource_id=resource_id,
                client_properties=client_properties,
            ),
            _types.ModifyClientPropertiesResult,
        )

    async def modify_endpoint_encryption_mode(
        self,
        *,
        directory_id: str,
        endpoint_encryption_mode: EndpointEncryptionMode,
    ) -> ModifyEndpointEncryptionModeResponse:
        """Modifies the endpoint encryption mode that allows you to configure the specified
        directory between Standard TLS and FIPS 140-2 validated mode.
        """
        return await self._invoke(
            "ModifyEndpointEncryptionMode",
            _types.ModifyEndpointEncryptionModeRequest(
                directory_id=directory_id,
                endpoint_encryption_mode=endpoint_encryption_mode,
            ),
            _types.ModifyEndpointEncryptionModeResponse,
        )

    async def modify_saml_properties(
        self,
        *,
        resource_id: str,
        saml_properties: SamlProperties | None = None,
        properties_to_delete: Sequence[DeletableSamlProperty] | None = None,
    ) -> ModifySamlPropertiesResult:
        """Modifies multiple properties related to SAML 2.0 authentication, including the
        enablement status, user access URL, and relay state parameter name that are used for
        configuring federation with an SAML 2.0 identity provider.
        """
        return await self._invoke(
            "ModifySamlProperties",
            _types.ModifySamlPropertiesRequest(
                resource_id=resource_id,
                saml_properties=saml_properties,
                properties_to_delete=properties_to_delete,
            ),
            _types.ModifySamlPropertiesResult,
        )

    async def modify_selfservice_permissions(
        self,
        *,
        resource_id: str,
        selfservice_permissions: SelfservicePermissions,
    ) -> ModifySelfservicePermissionsResult:
        """Modifies the self-service WorkSpace management capabilities for your users."""
        return await self._invoke(
            "ModifySelfservicePermissions",
            _types.ModifySelfservicePermissionsRequest(
                resource_id=resource_id,
                selfservice_permissions=selfservice_permissions,
            ),
            _types.ModifySelfservicePermissionsResult,
        )

    async def modify_streaming_properties(
        self,
        *,
        resource_id: str,
        streaming_properties: StreamingProperties | None = None,
    ) -> ModifyStreamingPropertiesResult:
        """Modifies the specified streaming properties."""
        return await self._invoke(
            "ModifyStreamingProperties",
            _types.ModifyStreamingPropertiesRequest(
                resource_id=resource_id,
                streaming_properties=streaming_properties,
            ),
            _types.ModifyStreamingPropertiesResult,
        )

    async def modify_workspace_access_properties(
        self,
        *,
        resource_id: str,
        workspace_access_properties: WorkspaceAccessProperties,
    ) -> ModifyWorkspaceAccessPropertiesResult:
        """Specifies which devices and operating systems users can use to access their
        WorkSpaces.
        """
        return await self._invoke(
            "ModifyWorkspaceAccessProperties",
            _types.ModifyWorkspaceAccessPropertiesRequest(
                resource_id=resource_id,
                workspace_access_properties=workspace_access_properties,
            ),
            _types.ModifyWorkspaceAccessPropertiesResult,
        )

    async def modify_workspace_creation_properties(
        self,
        *,
        resource_id: str,
        workspace_creation_properties: WorkspaceCreationProperties,
    ) -> ModifyWorkspaceCreationPropertiesResult:
        """Modify the default properties used to create WorkSpaces."""
        return await self._invoke(
            "ModifyWorkspaceCreationProperties",
            _types.ModifyWorkspaceCreationPropertiesRequest(
                resource_id=resource_id,
                workspace_creation_properties=workspace_creation_properties,
            ),
            _types.ModifyWorkspaceCreationPropertiesResult,
        )

    async def modify_workspace_properties(
        self,
        *,
        workspace_id: str,
        workspace_properties: WorkspaceProperties | None = None,
        data_replication: DataReplication | None = None,
    ) -> ModifyWorkspacePropertiesResult:
        """Modifies the specified WorkSpace properties."""
        return await self._invoke(
            "ModifyWorkspaceProperties",
            _types.ModifyWorkspacePropertiesRequest(
                workspace_id=workspace_id,
                workspace_properties=workspace_properties,
                data_replication=data_replication,
            ),
            _types.ModifyWorkspacePropertiesResult,
        )

    async def modify_workspace_state(
        self,
        *,
        workspace_id: str,
        workspace_state: TargetWorkspaceState,
    ) -> ModifyWorkspaceStateResult:
        """Sets the state of the specified WorkSpace."""
        return await self._invoke(
            "ModifyWorkspaceState",
            _types.ModifyWorkspaceStateRequest(
                workspace_id=workspace_id,
                workspace_state=workspace_state,
            ),
            _types.ModifyWorkspaceStateResult,
        )

    async def reboot_workspaces(
        self,
        *,
        reboot_workspace_requests: Sequence[RebootRequest],
    ) -> RebootWorkspacesResult:
        """Reboots the specified WorkSpaces."""
        return await self._invoke(
            "RebootWorkspaces",
            _types.RebootWorkspacesRequest(reboot_workspace_requests=reboot_workspace_requests),
            _types.RebootWorkspacesResult,
        )

    async def rebuild_workspaces(
        self,
        *,
        rebuild_workspace_requests: Sequence[RebuildRequest],
    ) -> RebuildWorkspacesResult:
        """Rebuilds the specified WorkSpace."""
        return await self._invoke(
            "RebuildWorkspaces",
            _types.RebuildWorkspacesRequest(rebuild_workspace_requests=rebuild_workspace_requests),
            _types.RebuildWorkspacesResult,
        )

    async def register_workspace_directory(
        self,
        *,
        directory_id: str | None = None,
        subnet_ids: Sequence[str] | None = None,
        enable_self_service: bool | None = None,
        tenancy: Tenancy | None = None,
        tags: Sequence[Tag] | None = None,
        workspace_directory_name: str | None = None,
        workspace_directory_description: str | None = None,
        user_identity_type: UserIdentityType | None = None,
        idc_instance_arn: str | None = None,
        microsoft_entra_config: MicrosoftEntraConfig | None = None,
        workspace_type: WorkspaceType | None = None,
        active_directory_config: ActiveDirectoryConfig | None = None,
    ) -> RegisterWorkspaceDirectoryResult:
        """Registers the specified directory."""
        return await self._invoke(
            "RegisterWorkspaceDirectory",
            _types.RegisterWorkspaceDirectoryRequest(
                directory_id=directory_id,
                subnet_ids=subnet_ids,
                enable_self_service=enable_self_service,
                tenancy=tenancy,
                tags=tags,
                workspace_directory_name=workspace_directory_name,
                workspace_directory_description=workspace_directory_description,
                user_identity_type=user_identity_type,
                idc_instance_arn=idc_instance_arn,
                microsoft_entra_config=microsoft_entra_config,
                workspace_type=workspace_type,
                active_directory_config=active_directory_config,
            ),
            _types.RegisterWorkspaceDirectoryResult,
        )

    async def reject_account_link_invitation(
        self,
        *,
        link_id: str,
        client_token: str | None = None,
    ) -> RejectAccountLinkInvitationResult:
        """Rejects the account link invitation."""
        return await self._invoke(
            "RejectAccountLinkInvitation",
            _types.RejectAccountLinkInvitationRequest(link_id=link_id, client_token=client_token),
            _types.RejectAccountLinkInvitationResult,
        )

    async def restore_workspace(
        self,
        *,
        workspace_id: str,
    ) -> RestoreWorkspaceResult:
        """Restores the specified WorkSpace to its last known healthy state."""
        return await self._invoke(
            "RestoreWorkspace",
            _types.RestoreWorkspaceRequest(workspace_id=workspace_id),
            _types.RestoreWorkspaceResult,
        )

    async def revoke_ip_rules(
        self,
        *,
        group_id: str,
        user_rules: Sequence[str],
    ) -> RevokeIpRulesResult:
        """Removes one or more rules from the specified IP access control group."""
        return await self._invoke(
            "RevokeIpRules",
            _types.RevokeIpRulesRequest(group_id=group_id, user_rules=user_rules),
            _types.RevokeIpRulesResult,
        )

    async def start_workspaces(
        self,
        *,
        start_workspace_requests: Sequence[StartRequest],
    ) -> StartWorkspacesResult:
        """Starts the specified WorkSpaces."""
        return await self._invoke(
            "StartWorkspaces",
            _types.StartWorkspacesRequest(start_workspace_requests=start_workspace_requests),
            _types.StartWorkspacesResult,
        )

    async def start_workspaces_pool(
        self,
        *,
        pool_id: str,
    ) -> StartWorkspacesPoolResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "StartWorkspacesPool",
            _types.StartWorkspacesPoolRequest(pool_id=pool_id),
            _types.StartWorkspacesPoolResult,
        )

    async def stop_workspaces(
        self,
        *,
        stop_workspace_requests: Sequence[StopRequest],
    ) -> StopWorkspacesResult:
        """Stops the specified WorkSpaces."""
        return await self._invoke(
            "StopWorkspaces",
            _types.StopWorkspacesRequest(stop_workspace_requests=stop_workspace_requests),
            _types.StopWorkspacesResult,
        )

    async def stop_workspaces_pool(
        self,
        *,
        pool_id: str,
    ) -> StopWorkspacesPoolResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "StopWorkspacesPool",
            _types.StopWorkspacesPoolRequest(pool_id=pool_id),
            _types.StopWorkspacesPoolResult,
        )

    async def terminate_workspaces(
        self,
        *,
        terminate_workspace_requests: Sequence[TerminateRequest],
    ) -> TerminateWorkspacesResult:
        """Terminates the specified WorkSpaces."""
        return await self._invoke(
            "TerminateWorkspaces",
            _types.TerminateWorkspacesRequest(
                terminate_workspace_requests=terminate_workspace_requests,
            ),
            _types.TerminateWorkspacesResult,
        )

    async def terminate_workspaces_pool(
        self,
        *,
        pool_id: str,
    ) -> TerminateWorkspacesPoolResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "TerminateWorkspacesPool",
            _types.TerminateWorkspacesPoolRequest(pool_id=pool_id),
            _types.TerminateWorkspacesPoolResult,
        )

    async def terminate_workspaces_pool_session(
        self,
        *,
        session_id: str,
    ) -> TerminateWorkspacesPoolSessionResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "TerminateWorkspacesPoolSession",
            _types.TerminateWorkspacesPoolSessionRequest(session_id=session_id),
            _types.TerminateWorkspacesPoolSessionResult,
        )

    async def update_connect_client_add_in(
        self,
        *,
        add_in_id: str,
        resource_id: str,
        name: str | None = None,
        url: str | None = None,
    ) -> UpdateConnectClientAddInResult:
        """Updates a Connect Customer client add-in."""
        return await self._invoke(
            "UpdateConnectClientAddIn",
            _types.UpdateConnectClientAddInRequest(
                add_in_id=add_in_id,
                resource_id=resource_id,
                name=name,
                url=url,
            ),
            _types.UpdateConnectClientAddInResult,
        )

    async def update_connection_alias_permission(
        self,
        *,
        alias_id: str,
        connection_alias_permission: ConnectionAliasPermission,
    ) -> UpdateConnectionAliasPermissionResult:
        """Shares or unshares a connection alias with one account by specifying whether that
        account has permission to associate the connection alias with a directory.
        """
        return await self._invoke(
            "UpdateConnectionAliasPermission",
            _types.UpdateConnectionAliasPermissionRequest(
                alias_id=alias_id,
                connection_alias_permission=connection_alias_permission,
            ),
            _types.UpdateConnectionAliasPermissionResult,
        )

    async def update_rules_of_ip_group(
        self,
        *,
        group_id: str,
        user_rules: Sequence[IpRuleItem],
    ) -> UpdateRulesOfIpGroupResult:
        """Replaces the current rules of the specified IP access control group with the
        specified rules.
        """
        return await self._invoke(
            "UpdateRulesOfIpGroup",
            _types.UpdateRulesOfIpGroupRequest(group_id=group_id, user_rules=user_rules),
            _types.UpdateRulesOfIpGroupResult,
        )

    async def update_workspace_bundle(
        self,
        *,
        bundle_id: str | None = None,
        image_id: str | None = None,
    ) -> UpdateWorkspaceBundleResult:
        """Updates a WorkSpace bundle with a new image."""
        return await self._invoke(
            "UpdateWorkspaceBundle",
            _types.UpdateWorkspaceBundleRequest(bundle_id=bundle_id, image_id=image_id),
            _types.UpdateWorkspaceBundleResult,
        )

    async def update_workspace_image_permission(
        self,
        *,
        image_id: str,
        allow_copy_image: bool,
        shared_account_id: str,
    ) -> UpdateWorkspaceImagePermissionResult:
        """Shares or unshares an image with one account in the same Amazon Web Services Region
        by specifying whether that account has permission to copy the image.
        """
        return await self._invoke(
            "UpdateWorkspaceImagePermission",
            _types.UpdateWorkspaceImagePermissionRequest(
                image_id=image_id,
                allow_copy_image=allow_copy_image,
                shared_account_id=shared_account_id,
            ),
            _types.UpdateWorkspaceImagePermissionResult,
        )

    async def update_workspaces_pool(
        self,
        *,
        pool_id: str,
        description: str | None = None,
        bundle_id: str | None = None,
        directory_id: str | None = None,
        capacity: Capacity | None = None,
        application_settings: ApplicationSettingsRequest | None = None,
        timeout_settings: TimeoutSettings | None = None,
        running_mode: PoolsRunningMode | None = None,
    ) -> UpdateWorkspacesPoolResult:
        """End of support notice: On December 31, 2027, Amazon Web Services will end support
        for Amazon WorkSpaces Pools.
        """
        return await self._invoke(
            "UpdateWorkspacesPool",
            _types.UpdateWorkspacesPoolRequest(
                pool_id=pool_id,
                description=description,
                bundle_id=bundle_id,
                directory_id=directory_id,
                capacity=capacity,
                application_settings=application_settings,
                timeout_settings=timeout_settings,
                running_mode=running_mode,
            ),
            _types.UpdateWorkspacesPoolResult,
        )
