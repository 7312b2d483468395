"""The local service against moto, on the 16 operations moto implements.

The same boto3 script runs against both servers; each step's outcome is either the
error code or the answer's shape (the members present, recursively, for the members
moto fills). They must agree, except for these deliberate differences:

- moto makes a directory REGISTERED and a WorkSpace AVAILABLE at once; the local
  service goes through REGISTERING and PENDING first (the script lets time pass on it
  where AWS would make a user wait).
- moto's TerminateWorkspaces reports an unknown id with ErrorCode "400"; the local
  service says "ResourceNotFound.Workspace".
- moto answers ModifyWorkspaceCreationProperties for an unknown directory with
  ValidationException "The request is invalid."; the local service with
  ResourceNotFoundException, which the model lists for that operation.
- moto adds the default WorkspaceProperties to the request a failed creation echoes;
  the local service echoes the request as it came.
- moto fills members with empty strings ("IpAddress": "", "SubnetId": "") where the
  service leaves them out; empty members are ignored in the comparison.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from aioworkspaces.simulator import LocalWorkSpaces
from tests.support import REGION

BUNDLE = "wsb-92tn3b7gx"
#: Members moto sends that the local service deliberately does not (see above), by step.
MOTO_ONLY = {"create": ["FailedRequests.WorkspaceRequest.WorkspaceProperties"]}
Step = tuple[str, Any]


def shape_of(value: Any) -> Any:
    """The members present, recursively; lists by their first item; empty values dropped."""
    if isinstance(value, dict):
        return {k: shape_of(v) for k, v in value.items() if v not in ("", None, [], {})}
    if isinstance(value, list):
        return [shape_of(value[0])] if value else []
    return type(value).__name__


def covered(local: Any, moto: Any) -> list[str]:
    """Where moto's answer has a member the local answer lacks (or of another type)."""
    if isinstance(moto, dict):
        if not isinstance(local, dict):
            return [f"{moto!r} vs {local!r}"]
        missing = [k for k in moto if k not in local]
        nested = [f"{k}.{m}" for k in moto if k in local for m in covered(local[k], moto[k])]
        return missing + nested
    if isinstance(moto, list):
        return covered(local[0], moto[0]) if moto and local else []
    return [] if moto == local else [f"{moto} vs {local}"]


def script(client: Any, directory_id: str, settle: Callable[[], None]) -> list[Step]:
    """The same requests for either server: (step, error code or answer)."""
    outcomes: list[Step] = []
    name = f"golden-{uuid.uuid4().hex[:8]}"  # moto's server lives for the whole session

    def step(name: str, call: Callable[[], Any]) -> Any:
        try:
            answer = call()
        except client.exceptions.ClientError as exc:
            outcomes.append((name, exc.response["Error"]["Code"]))
            return None
        answer.pop("ResponseMetadata", None)
        outcomes.append((name, answer))
        return answer

    step("register", lambda: client.register_workspace_directory(DirectoryId=directory_id))
    settle()
    step("directories", lambda: client.describe_workspace_directories(DirectoryIds=[directory_id]))
    created = step(
        "create",
        lambda: client.create_workspaces(
            Workspaces=[
                {"DirectoryId": directory_id, "UserName": "alice", "BundleId": BUNDLE},
                {"DirectoryId": "d-0000000000", "UserName": "bob", "BundleId": BUNDLE},
            ]
        ),
    )
    workspace_id = created["PendingRequests"][0]["WorkspaceId"]
    settle()
    step("describe", lambda: client.describe_workspaces(DirectoryId=directory_id))
    step("describe by id", lambda: client.describe_workspaces(WorkspaceIds=[workspace_id]))
    step(
        "describe two filters",
        lambda: client.describe_workspaces(DirectoryId=directory_id, WorkspaceIds=[workspace_id]),
    )
    step("describe user alone", lambda: client.describe_workspaces(UserName="alice"))
    step(
        "tag",
        lambda: client.create_tags(ResourceId=workspace_id, Tags=[{"Key": "team", "Value": "a"}]),
    )
    step("tags", lambda: client.describe_tags(ResourceId=workspace_id))
    step(
        "client properties",
        lambda: client.modify_client_properties(
            ResourceId=directory_id, ClientProperties={"ReconnectEnabled": "DISABLED"}
        ),
    )
    step(
        "read client properties",
        lambda: client.describe_client_properties(ResourceIds=[directory_id]),
    )
    step(
        "self-service",
        lambda: client.modify_selfservice_permissions(
            ResourceId=directory_id, SelfservicePermissions={"RestartWorkspace": "ENABLED"}
        ),
    )
    step(
        "creation properties",
        lambda: client.modify_workspace_creation_properties(
            ResourceId=directory_id,
            WorkspaceCreationProperties={"EnableInternetAccess": True},
        ),
    )
    image = step(
        "image",
        lambda: client.create_workspace_image(
            Name=name, Description="golden", WorkspaceId=workspace_id
        ),
    )
    step(
        "same image name",
        lambda: client.create_workspace_image(
            Name=name, Description="again", WorkspaceId=workspace_id
        ),
    )
    step(
        "image of nothing",
        lambda: client.create_workspace_image(
            Name=f"{name}-other", Description="x", WorkspaceId="ws-000000000"
        ),
    )
    step("images", lambda: client.describe_workspace_images(ImageIds=[image["ImageId"]]))
    step(
        "share image",
        lambda: client.update_workspace_image_permission(
            ImageId=image["ImageId"], AllowCopyImage=True, SharedAccountId="111122223333"
        ),
    )
    step(
        "image permissions",
        lambda: client.describe_workspace_image_permissions(ImageId=image["ImageId"]),
    )
    step(
        "terminate",
        lambda: client.terminate_workspaces(
            TerminateWorkspaceRequests=[{"WorkspaceId": workspace_id}]
        ),
    )
    settle()
    step("deregister", lambda: client.deregister_workspace_directory(DirectoryId=directory_id))
    return outcomes


def boto3_client(endpoint: str) -> Any:
    import boto3

    return boto3.client(
        "workspaces",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


async def test_the_same_requests_get_the_same_answers_from_moto_and_the_local_service(
    moto_endpoint: str,
) -> None:
    from tests.support.moto import create_moto_directory

    directory_id = await asyncio.to_thread(create_moto_directory, moto_endpoint)
    moto = await asyncio.to_thread(script, boto3_client(moto_endpoint), directory_id, lambda: None)
    async with LocalWorkSpaces(throttle=False) as local:
        ours = await asyncio.to_thread(
            script, boto3_client(local.endpoint), directory_id, lambda: local.advance(86_400)
        )

    assert [name for name, _ in ours] == [name for name, _ in moto]
    for (name, local_outcome), (_, moto_outcome) in zip(ours, moto, strict=True):
        if isinstance(moto_outcome, str) or isinstance(local_outcome, str):
            assert local_outcome == moto_outcome, name  # the same error code
        else:
            missing = covered(shape_of(local_outcome), shape_of(moto_outcome))
            assert missing == MOTO_ONLY.get(name, []), name

    answers = {name: outcome for name, outcome in ours}
    assert answers["create"]["FailedRequests"][0]["ErrorCode"] == "ResourceNotFound.Directory"
    assert answers["tags"]["TagList"] == [{"Key": "team", "Value": "a"}]
    assert [w["State"] for w in answers["describe"]["Workspaces"]] == ["AVAILABLE"]


@pytest.mark.parametrize(
    ("call", "moto_code", "local_code"),
    [
        (
            lambda c: c.terminate_workspaces(
                TerminateWorkspaceRequests=[{"WorkspaceId": "ws-000000000"}]
            )["FailedRequests"][0]["ErrorCode"],
            "400",
            "ResourceNotFound.Workspace",
        ),
        (
            lambda c: c.modify_workspace_creation_properties(
                ResourceId="d-0000000000",
                WorkspaceCreationProperties={"EnableInternetAccess": True},
            ),
            "ValidationException",
            "ResourceNotFoundException",
        ),
    ],
)
async def test_the_documented_differences(
    moto_endpoint: str, call: Callable[[Any], Any], moto_code: str, local_code: str
) -> None:
    def outcome(client: Any) -> str:
        try:
            return str(call(client))
        except client.exceptions.ClientError as exc:
            return str(exc.response["Error"]["Code"])

    assert await asyncio.to_thread(outcome, boto3_client(moto_endpoint)) == moto_code
    async with LocalWorkSpaces(throttle=False) as local:
        assert await asyncio.to_thread(outcome, boto3_client(local.endpoint)) == local_code
