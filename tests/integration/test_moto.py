"""Integration with moto's WorkSpaces server, for the operations moto implements."""

from __future__ import annotations

import asyncio

import pytest

from aioworkspaces import WorkSpacesClient
from aioworkspaces.errors import ServiceError
from aioworkspaces.types import (
    ClientProperties,
    ClientPropertiesResult,
    ReconnectEnum,
    SelfservicePermissions,
    Tag,
    TerminateRequest,
    WorkspaceCreationProperties,
    WorkspaceDirectoryState,
    WorkspaceRequest,
    WorkspaceState,
)


@pytest.fixture
async def directory_id(moto_endpoint: str, moto_client: WorkSpacesClient) -> str:
    from tests.support.moto import create_moto_directory

    directory = await asyncio.to_thread(create_moto_directory, moto_endpoint)
    await moto_client.register_workspace_directory(directory_id=directory)
    return directory


async def test_directory_lifecycle(moto_client: WorkSpacesClient, directory_id: str) -> None:
    result = await moto_client.describe_workspace_directories(directory_ids=[directory_id])
    (directory,) = result.directories or []
    assert directory.directory_id == directory_id
    assert directory.state == WorkspaceDirectoryState.REGISTERED
    assert result.response_metadata.http_status == 200

    await moto_client.modify_workspace_creation_properties(
        resource_id=directory_id,
        workspace_creation_properties=WorkspaceCreationProperties(enable_internet_access=True),
    )
    await moto_client.modify_selfservice_permissions(
        resource_id=directory_id,
        selfservice_permissions=SelfservicePermissions(restart_workspace="ENABLED"),  # type: ignore[arg-type]
    )
    await moto_client.modify_client_properties(
        resource_id=directory_id,
        client_properties=ClientProperties(reconnect_enabled=ReconnectEnum.DISABLED),
    )
    properties = await moto_client.describe_client_properties(resource_ids=[directory_id])
    (entry,) = properties.client_properties_list or []
    assert isinstance(entry, ClientPropertiesResult) and entry.resource_id == directory_id
    assert entry.client_properties is not None
    assert entry.client_properties.reconnect_enabled == ReconnectEnum.DISABLED

    await moto_client.deregister_workspace_directory(directory_id=directory_id)
    after = await moto_client.describe_workspace_directories(directory_ids=[directory_id])
    assert not after.directories


async def test_workspaces_create_describe_tag_terminate(
    moto_client: WorkSpacesClient, directory_id: str
) -> None:
    created = await moto_client.create_workspaces(
        workspaces=[
            WorkspaceRequest(
                directory_id=directory_id,
                user_name=name,
                bundle_id="wsb-12345678",
                tags=[Tag(key="owner", value=name)],
            )
            for name in ("ann", "ben")
        ]
    )
    ids = [w.workspace_id for w in created.pending_requests or [] if w.workspace_id]
    assert len(ids) == 2 and not created.failed_requests

    described = await moto_client.describe_workspaces(workspace_ids=ids)
    assert {w.workspace_id for w in described.workspaces or []} == set(ids)
    assert {w.state for w in described.workspaces or []} == {WorkspaceState.AVAILABLE}
    ready = await moto_client.wait.workspaces_available(ids, min_delay=0.01, max_delay=0.01)
    assert [w.user_name for w in ready] == ["ann", "ben"]

    await moto_client.create_tags(resource_id=ids[0], tags=[Tag(key="team", value="vdi")])
    tags = await moto_client.describe_tags(resource_id=ids[0])
    assert Tag(key="team", value="vdi") in (tags.tag_list or [])

    terminated = await moto_client.terminate_workspaces(
        terminate_workspace_requests=[TerminateRequest(workspace_id=i) for i in ids]
    )
    assert not terminated.failed_requests
    await moto_client.wait.workspaces_terminated(ids, min_delay=0.01, max_delay=0.01)


async def test_a_moto_error_is_a_typed_service_error(moto_client: WorkSpacesClient) -> None:
    with pytest.raises(ServiceError) as caught:
        await moto_client.describe_workspaces(workspace_ids=["ws-1"], directory_id="d-1234567890")
    assert caught.value.code == "InvalidParameterValuesException"
    assert caught.value.http_status == 400
    assert caught.value.operation == "DescribeWorkspaces"


async def test_images_and_their_permissions(
    moto_client: WorkSpacesClient, directory_id: str
) -> None:
    created = await moto_client.create_workspaces(
        workspaces=[WorkspaceRequest(directory_id=directory_id, user_name="img", bundle_id="wsb-1")]
    )
    (workspace,) = created.pending_requests or []
    assert workspace.workspace_id is not None
    image = await moto_client.create_workspace_image(
        name="golden", description="the golden image", workspace_id=workspace.workspace_id
    )
    assert image.image_id is not None and image.name == "golden"
    ready = await moto_client.wait.images_available(
        [image.image_id], min_delay=0.01, max_delay=0.01
    )
    assert [i.image_id for i in ready] == [image.image_id]

    await moto_client.update_workspace_image_permission(
        image_id=image.image_id, allow_copy_image=True, shared_account_id="111122223333"
    )
    permissions = await moto_client.describe_workspace_image_permissions(image_id=image.image_id)
    assert [p.shared_account_id for p in permissions.image_permissions or []] == ["111122223333"]

    with pytest.raises(ServiceError) as caught:
        await moto_client.create_workspace_image(
            name="golden", description="again", workspace_id=workspace.workspace_id
        )
    assert caught.value.code == "ResourceAlreadyExistsException"
    assert type(caught.value).__name__ == "ResourceAlreadyExistsException"
