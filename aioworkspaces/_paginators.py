"""`client.paginate`: a typed `Pager` for each of the operations that take `NextToken`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._pager import Pager

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._operations import Operations
    from .types import (
        AccountLink,
        AccountLinkStatusEnum,
        AccountModification,
        ApplicationAssociatedResourceType,
        ApplicationResourceAssociation,
        Compute,
        ConnectClientAddIn,
        ConnectionAlias,
        ConnectionAliasPermission,
        DescribeAccountModificationsResult,
        DescribeApplicationAssociationsResult,
        DescribeApplicationsResult,
        DescribeConnectClientAddInsResult,
        DescribeConnectionAliasesResult,
        DescribeConnectionAliasPermissionsResult,
        DescribeIpGroupsResult,
        DescribeWorkspaceBundlesResult,
        DescribeWorkspaceDirectoriesFilter,
        DescribeWorkspaceDirectoriesResult,
        DescribeWorkspaceImagePermissionsResult,
        DescribeWorkspaceImagesResult,
        DescribeWorkspacesConnectionStatusResult,
        DescribeWorkspacesPoolSessionsResult,
        DescribeWorkspacesPoolsFilter,
        DescribeWorkspacesPoolsResult,
        DescribeWorkspacesResult,
        ImagePermission,
        ImageType,
        ListAccountLinksResult,
        ListAvailableManagementCidrRangesResult,
        OperatingSystemName,
        Workspace,
        WorkSpaceApplication,
        WorkSpaceApplicationLicenseType,
        WorkspaceBundle,
        WorkspaceConnectionStatus,
        WorkspaceDirectory,
        WorkspaceImage,
        WorkspacesIpGroup,
        WorkspacesPool,
        WorkspacesPoolSession,
    )

__all__ = ["Paginators"]


class Paginators:
    """One method per paginated operation: same keyword arguments minus `next_token`,
    plus `page_size`, `max_items` and `starting_token`."""

    def __init__(self, client: Operations) -> None:
        self._client = client

    def describe_account_modifications(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[AccountModification, DescribeAccountModificationsResult]:
        """Every AccountModification of `describe_account_modifications`, across pages
        (`pages()` gives each DescribeAccountModificationsResult).
        """
        return Pager(
            self._client.describe_account_modifications,
            {},
            items=lambda page: page.account_modifications,
            limit_key=None,
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_application_associations(
        self,
        *,
        max_results: int | None = None,
        application_id: str,
        associated_resource_types: Sequence[ApplicationAssociatedResourceType],
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[ApplicationResourceAssociation, DescribeApplicationAssociationsResult]:
        """Every ApplicationResourceAssociation of `describe_application_associations`, across
        pages (`pages()` gives each DescribeApplicationAssociationsResult).
        """
        return Pager(
            self._client.describe_application_associations,
            {
                "max_results": max_results,
                "application_id": application_id,
                "associated_resource_types": associated_resource_types,
            },
            items=lambda page: page.associations,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_applications(
        self,
        *,
        application_ids: Sequence[str] | None = None,
        compute_type_names: Sequence[Compute] | None = None,
        license_type: WorkSpaceApplicationLicenseType | None = None,
        operating_system_names: Sequence[OperatingSystemName] | None = None,
        owner: str | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkSpaceApplication, DescribeApplicationsResult]:
        """Every WorkSpaceApplication of `describe_applications`, across pages (`pages()` gives
        each DescribeApplicationsResult).
        """
        return Pager(
            self._client.describe_applications,
            {
                "application_ids": application_ids,
                "compute_type_names": compute_type_names,
                "license_type": license_type,
                "operating_system_names": operating_system_names,
                "owner": owner,
                "max_results": max_results,
            },
            items=lambda page: page.applications,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_connect_client_add_ins(
        self,
        *,
        resource_id: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[ConnectClientAddIn, DescribeConnectClientAddInsResult]:
        """Every ConnectClientAddIn of `describe_connect_client_add_ins`, across pages
        (`pages()` gives each DescribeConnectClientAddInsResult).
        """
        return Pager(
            self._client.describe_connect_client_add_ins,
            {"resource_id": resource_id, "max_results": max_results},
            items=lambda page: page.add_ins,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_connection_alias_permissions(
        self,
        *,
        alias_id: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[ConnectionAliasPermission, DescribeConnectionAliasPermissionsResult]:
        """Every ConnectionAliasPermission of `describe_connection_alias_permissions`, across
        pages (`pages()` gives each DescribeConnectionAliasPermissionsResult).
        """
        return Pager(
            self._client.describe_connection_alias_permissions,
            {"alias_id": alias_id, "max_results": max_results},
            items=lambda page: page.connection_alias_permissions,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_connection_aliases(
        self,
        *,
        alias_ids: Sequence[str] | None = None,
        resource_id: str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[ConnectionAlias, DescribeConnectionAliasesResult]:
        """Every ConnectionAlias of `describe_connection_aliases`, across pages (`pages()`
        gives each DescribeConnectionAliasesResult).
        """
        return Pager(
            self._client.describe_connection_aliases,
            {"alias_ids": alias_ids, "resource_id": resource_id, "limit": limit},
            items=lambda page: page.connection_aliases,
            limit_key="limit",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_ip_groups(
        self,
        *,
        group_ids: Sequence[str] | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspacesIpGroup, DescribeIpGroupsResult]:
        """Every WorkspacesIpGroup of `describe_ip_groups`, across pages (`pages()` gives each
        DescribeIpGroupsResult).
        """
        return Pager(
            self._client.describe_ip_groups,
            {"group_ids": group_ids, "max_results": max_results},
            items=lambda page: page.result,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspace_bundles(
        self,
        *,
        bundle_ids: Sequence[str] | None = None,
        owner: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspaceBundle, DescribeWorkspaceBundlesResult]:
        """Every WorkspaceBundle of `describe_workspace_bundles`, across pages (`pages()` gives
        each DescribeWorkspaceBundlesResult).
        """
        return Pager(
            self._client.describe_workspace_bundles,
            {"bundle_ids": bundle_ids, "owner": owner},
            items=lambda page: page.bundles,
            limit_key=None,
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspace_directories(
        self,
        *,
        directory_ids: Sequence[str] | None = None,
        workspace_directory_names: Sequence[str] | None = None,
        limit: int | None = None,
        filters: Sequence[DescribeWorkspaceDirectoriesFilter] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspaceDirectory, DescribeWorkspaceDirectoriesResult]:
        """Every WorkspaceDirectory of `describe_workspace_directories`, across pages
        (`pages()` gives each DescribeWorkspaceDirectoriesResult).
        """
        return Pager(
            self._client.describe_workspace_directories,
            {
                "directory_ids": directory_ids,
                "workspace_directory_names": workspace_directory_names,
                "limit": limit,
                "filters": filters,
            },
            items=lambda page: page.directories,
            limit_key="limit",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspace_image_permissions(
        self,
        *,
        image_id: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[ImagePermission, DescribeWorkspaceImagePermissionsResult]:
        """Every ImagePermission of `describe_workspace_image_permissions`, across pages
        (`pages()` gives each DescribeWorkspaceImagePermissionsResult).
        """
        return Pager(
            self._client.describe_workspace_image_permissions,
            {"image_id": image_id, "max_results": max_results},
            items=lambda page: page.image_permissions,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspace_images(
        self,
        *,
        image_ids: Sequence[str] | None = None,
        image_type: ImageType | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspaceImage, DescribeWorkspaceImagesResult]:
        """Every WorkspaceImage of `describe_workspace_images`, across pages (`pages()` gives
        each DescribeWorkspaceImagesResult).
        """
        return Pager(
            self._client.describe_workspace_images,
            {"image_ids": image_ids, "image_type": image_type, "max_results": max_results},
            items=lambda page: page.images,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspaces(
        self,
        *,
        workspace_ids: Sequence[str] | None = None,
        directory_id: str | None = None,
        user_name: str | None = None,
        bundle_id: str | None = None,
        limit: int | None = None,
        workspace_name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[Workspace, DescribeWorkspacesResult]:
        """Every Workspace of `describe_workspaces`, across pages (`pages()` gives each
        DescribeWorkspacesResult).
        """
        return Pager(
            self._client.describe_workspaces,
            {
                "workspace_ids": workspace_ids,
                "directory_id": directory_id,
                "user_name": user_name,
                "bundle_id": bundle_id,
                "limit": limit,
                "workspace_name": workspace_name,
            },
            items=lambda page: page.workspaces,
            limit_key="limit",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspaces_connection_status(
        self,
        *,
        workspace_ids: Sequence[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspaceConnectionStatus, DescribeWorkspacesConnectionStatusResult]:
        """Every WorkspaceConnectionStatus of `describe_workspaces_connection_status`, across
        pages (`pages()` gives each DescribeWorkspacesConnectionStatusResult).
        """
        return Pager(
            self._client.describe_workspaces_connection_status,
            {"workspace_ids": workspace_ids},
            items=lambda page: page.workspaces_connection_status,
            limit_key=None,
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspaces_pool_sessions(
        self,
        *,
        pool_id: str,
        user_id: str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspacesPoolSession, DescribeWorkspacesPoolSessionsResult]:
        """Every WorkspacesPoolSession of `describe_workspaces_pool_sessions`, across pages
        (`pages()` gives each DescribeWorkspacesPoolSessionsResult).
        """
        return Pager(
            self._client.describe_workspaces_pool_sessions,
            {"pool_id": pool_id, "user_id": user_id, "limit": limit},
            items=lambda page: page.sessions,
            limit_key="limit",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_workspaces_pools(
        self,
        *,
        pool_ids: Sequence[str] | None = None,
        filters: Sequence[DescribeWorkspacesPoolsFilter] | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[WorkspacesPool, DescribeWorkspacesPoolsResult]:
        """Every WorkspacesPool of `describe_workspaces_pools`, across pages (`pages()` gives
        each DescribeWorkspacesPoolsResult).
        """
        return Pager(
            self._client.describe_workspaces_pools,
            {"pool_ids": pool_ids, "filters": filters, "limit": limit},
            items=lambda page: page.workspaces_pools,
            limit_key="limit",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_account_links(
        self,
        *,
        link_status_filter: Sequence[AccountLinkStatusEnum] | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[AccountLink, ListAccountLinksResult]:
        """Every AccountLink of `list_account_links`, across pages (`pages()` gives each
        ListAccountLinksResult).
        """
        return Pager(
            self._client.list_account_links,
            {"link_status_filter": link_status_filter, "max_results": max_results},
            items=lambda page: page.account_links,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_available_management_cidr_ranges(
        self,
        *,
        management_cidr_range_constraint: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Pager[str, ListAvailableManagementCidrRangesResult]:
        """Every str of `list_available_management_cidr_ranges`, across pages (`pages()` gives
        each ListAvailableManagementCidrRangesResult).
        """
        return Pager(
            self._client.list_available_management_cidr_ranges,
            {
                "management_cidr_range_constraint": management_cidr_range_constraint,
                "max_results": max_results,
            },
            items=lambda page: page.management_cidr_ranges,
            limit_key="max_results",
            page_size=page_size,
            max_items=max_items,
            starting_token=starting_token,
        )
