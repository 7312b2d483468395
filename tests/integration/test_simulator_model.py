"""The local service answers every operation of the model, and validates requests from it.

Requests are built from botocore's copy of the model (not from the service's generated
tables), sent on the wire as any AWS client sends them, and the answers are checked
against the operation's output shape.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from aioworkspaces.simulator import LocalWorkSpaces
from tests.support import REGION
from tests.support.model import operations, shapes

#: A valid value for each string shape with a pattern (or meaning) the sample needs.
VALUES: dict[str, Any] = {
    "AddInName": "helpdesk",
    "AddInUrl": "https://example.com/add-in",
    "AwsAccount": "111122223333",
    "ConnectionString": "www.example.com",
    "Ec2ImageId": "ami-0123456789abcdef0",
    "Ec2ImportTaskId": "import-ami-0123456789abcdef0",
    "InfrastructureConfigurationArn": (
        "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/config"
    ),
    "IpGroupName": "office",
    "ManagementCidrRangeConstraint": "10.0.0.0/8",
    "Region": REGION,
    "UpdateDescription": "a pool",
    "WorkSpaceApplicationId": "wsa-7hlq2r9ny",
    "WorkspaceBundleDescription": "a bundle",
    "WorkspaceBundleName": "my-bundle",
    "WorkspaceImageDescription": "an image",
    "WorkspaceImageName": "my-image",
    "WorkspacesPoolName": "my-pool",
    "UserName": "new-user",
}


@dataclass
class World:
    """A service with one resource of each kind, and a raw client for it."""

    local: LocalWorkSpaces
    session: aiohttp.ClientSession
    ids: dict[str, str]

    async def call(self, operation: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        async with self.session.post(
            self.local.endpoint,
            data=json.dumps(body),
            headers={
                "X-Amz-Target": f"WorkspacesService.{operation}",
                "Content-Type": "application/x-amz-json-1.1",
            },
        ) as response:
            answer: dict[str, Any] = json.loads(await response.read())
            return response.status, answer

    async def ok(self, operation: str, body: dict[str, Any]) -> dict[str, Any]:
        status, answer = await self.call(operation, body)
        assert status == 200, (operation, answer)
        return answer

    def settle(self) -> None:
        """Every transition done: a day passes on the service."""
        self.local.advance(86_400)


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with (
        LocalWorkSpaces(throttle=False, speed=1e-6) as local,
        aiohttp.ClientSession() as session,
    ):
        w = World(local, session, {})
        ids = w.ids
        ids["directory"] = (
            await w.ok("RegisterWorkspaceDirectory", {"DirectoryId": "d-0123456789"})
        )["DirectoryId"]
        ids["empty_directory"] = local.add_directory("d-9999999999")
        w.settle()
        created = await w.ok(
            "CreateWorkspaces",
            {
                "Workspaces": [
                    {
                        "DirectoryId": ids["directory"],
                        "UserName": "alice",
                        "BundleId": "wsb-92tn3b7gx",
                    }
                ]
            },
        )
        ids["workspace"] = created["PendingRequests"][0]["WorkspaceId"]
        w.settle()
        ids["image"] = (
            await w.ok(
                "CreateWorkspaceImage",
                {"Name": "golden", "Description": "golden", "WorkspaceId": ids["workspace"]},
            )
        )["ImageId"]
        w.settle()
        ids["spare_image"] = (
            await w.ok(
                "CopyWorkspaceImage",
                {"Name": "spare", "SourceImageId": ids["image"], "SourceRegion": REGION},
            )
        )["ImageId"]
        ids["imported_image"] = (
            await w.ok(
                "ImportCustomWorkspaceImage",
                {
                    "ImageName": "imported",
                    "ImageDescription": "imported",
                    "ComputeType": "BASE",
                    "Protocol": "DCV",
                    "ImageSource": {"Ec2ImageId": "ami-0123456789abcdef1"},
                    "InfrastructureConfigurationArn": VALUES["InfrastructureConfigurationArn"],
                    "Platform": "WINDOWS",
                    "OsVersion": "Windows_11",
                },
            )
        )["ImageId"]
        w.settle()
        ids["bundle"] = (
            await w.ok(
                "CreateWorkspaceBundle",
                {
                    "BundleName": "golden-bundle",
                    "BundleDescription": "golden",
                    "ImageId": ids["image"],
                    "ComputeType": {"Name": "STANDARD"},
                    "UserStorage": {"Capacity": "50"},
                },
            )
        )["WorkspaceBundle"]["BundleId"]
        ids["ip_group"] = (await w.ok("CreateIpGroup", {"GroupName": "world"}))["GroupId"]
        ids["alias"] = (
            await w.ok("CreateConnectionAlias", {"ConnectionString": "desk.example.com"})
        )["AliasId"]
        ids["associated_alias"] = (
            await w.ok("CreateConnectionAlias", {"ConnectionString": "desk2.example.com"})
        )["AliasId"]
        pool: dict[str, Any] = {
            "Description": "pool",
            "BundleId": "wsb-92tn3b7gx",
            "DirectoryId": ids["directory"],
            "Capacity": {"DesiredUserSessions": 2},
        }
        ids["pool"] = (await w.ok("CreateWorkspacesPool", {"PoolName": "running", **pool}))[
            "WorkspacesPool"
        ]["PoolId"]
        ids["stopped_pool"] = (await w.ok("CreateWorkspacesPool", {"PoolName": "stopped", **pool}))[
            "WorkspacesPool"
        ]["PoolId"]
        w.settle()
        await w.ok(
            "AssociateConnectionAlias",
            {"AliasId": ids["associated_alias"], "ResourceId": ids["directory"]},
        )
        await w.ok("StartWorkspacesPool", {"PoolId": ids["pool"]})
        w.settle()
        ids["session"] = local.add_pool_session(ids["pool"], "pool-user")
        ids["add_in"] = (
            await w.ok(
                "CreateConnectClientAddIn",
                {"ResourceId": ids["directory"], "Name": "world", "URL": "https://example.com/w"},
            )
        )["AddInId"]
        ids["link"] = (
            await w.ok("CreateAccountLinkInvitation", {"TargetAccountId": "444455556666"})
        )["AccountLink"]["AccountLinkId"]
        await w.ok(
            "AssociateWorkspaceApplication",
            {"WorkspaceId": ids["workspace"], "ApplicationId": "wsa-2k9v1cqs5"},
        )
        w.settle()
        yield w


def by_shape(world: World) -> dict[str, Any]:
    ids = world.ids
    return {
        **VALUES,
        "WorkspaceId": ids["workspace"],
        "DirectoryId": ids["directory"],
        "BundleId": ids["bundle"],
        "WorkspaceImageId": ids["image"],
        "IpGroupId": ids["ip_group"],
        "ConnectionAliasId": ids["alias"],
        "WorkspacesPoolId": ids["pool"],
        "LinkId": ids["link"],
        "AmazonUuid": ids["add_in"],
    }


#: What the minimal request of an operation needs beyond its required members, or
#: which resource a member names, by operation: member -> world id key or value.
SPECIAL: dict[str, dict[str, Any]] = {
    "AcceptAccountLinkInvitation": {},
    "AssociateConnectionAlias": {"ResourceId": "@directory"},
    "CreateTags": {"ResourceId": "@workspace"},
    "DeleteTags": {"ResourceId": "@workspace"},
    "DescribeTags": {"ResourceId": "@workspace"},
    "ModifyClientProperties": {"ResourceId": "@directory"},
    "DescribeClientProperties": {"ResourceIds": ["@directory"]},
    "DeleteWorkspaceImage": {"ImageId": "@spare_image"},
    "DeregisterWorkspaceDirectory": {"DirectoryId": "@empty_directory"},
    "DisassociateConnectionAlias": {"AliasId": "@associated_alias"},
    "StartWorkspacesPool": {"PoolId": "@stopped_pool"},
    "DeleteConnectClientAddIn": {"AddInId": "@add_in"},
    "UpdateConnectClientAddIn": {"AddInId": "@add_in"},
    "TerminateWorkspacesPoolSession": {"SessionId": "@session"},
    "DescribeCustomWorkspaceImageImport": {"ImageId": "@imported_image"},
    "DisassociateWorkspaceApplication": {"ApplicationId": "wsa-2k9v1cqs5"},
    "ModifyWorkspaceProperties": {"WorkspaceProperties": {"RunningMode": "ALWAYS_ON"}},
    "ImportClientBranding": {"DeviceTypeWindows": {"SupportEmail": "help@example.com"}},
    "UpdateWorkspaceBundle": {"BundleId": "@bundle", "ImageId": "@spare_image"},
    "DeleteWorkspaceBundle": {"BundleId": "@bundle"},
    "RegisterWorkspaceDirectory": {"DirectoryId": "d-0abcdef123"},
    "MigrateWorkspace": {"BundleId": "wsb-8vbljg4r6"},
    "CreateWorkspaces": {},
}


def sample(shape_name: str, values: dict[str, Any]) -> Any:
    """A minimal valid value of a shape: required members, one item per required list."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    if shape_name in values:
        return values[shape_name]
    if kind == "structure":
        members = shape.get("members", {})
        chosen = shape.get("required") or ([next(iter(members))] if shape.get("union") else [])
        return {name: sample(members[name]["shape"], values) for name in chosen}
    if kind == "list":
        return [sample(shape["member"]["shape"], values) for _ in range(shape.get("min", 0))]
    if kind == "map":
        return {}
    if kind == "string":
        if "enum" in shape:
            return shape["enum"][0]
        assert "pattern" not in shape or shape_name in values, f"no value for {shape_name}"
        return "x" * max(shape.get("min", 1), 1)
    if kind in ("integer", "long"):
        return shape.get("min", 1)
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return 1_700_000_000
    return "AA=="  # blob


def minimal_request(world: World, operation: str) -> dict[str, Any]:
    request: dict[str, Any] = sample(operations()[operation]["input"]["shape"], by_shape(world))
    for member, value in SPECIAL.get(operation, {}).items():
        request[member] = resolve(world, value)
    return request


def resolve(world: World, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("@"):
        return world.ids[value[1:]]
    if isinstance(value, list):
        return [resolve(world, v) for v in value]
    return value


def conformance_errors(shape_name: str, value: Any, path: str = "") -> list[str]:
    """Where an answer breaks its output shape: types, required members, enum values."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    checks: dict[str, Callable[[Any], bool]] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "long": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "timestamp": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "blob": lambda v: isinstance(v, str),
        "structure": lambda v: isinstance(v, dict),
        "list": lambda v: isinstance(v, list),
        "map": lambda v: isinstance(v, dict),
    }
    if not checks[kind](value):
        return [f"{path or shape_name}: {value!r} is not a {kind}"]
    errors = []
    if kind == "structure":
        members = shape.get("members", {})
        errors += [f"{path}.{m} missing" for m in shape.get("required", ()) if m not in value]
        errors += [f"{path}.{m} not in the model" for m in value if m not in members]
        for name, item in value.items():
            if name in members:
                errors += conformance_errors(members[name]["shape"], item, f"{path}.{name}")
    elif kind == "list":
        for index, item in enumerate(value):
            errors += conformance_errors(shape["member"]["shape"], item, f"{path}[{index}]")
    elif kind == "map":
        for key, item in value.items():
            errors += conformance_errors(shape["value"]["shape"], item, f"{path}[{key}]")
    elif kind == "string" and "enum" in shape and value not in shape["enum"]:
        errors.append(f"{path}: {value!r} is not one of {shape['enum']}")
    return errors


ALL_OPERATIONS = sorted(operations())


def test_the_model_has_91_operations() -> None:
    assert len(ALL_OPERATIONS) == 91


@pytest.mark.parametrize("operation", ALL_OPERATIONS)
async def test_a_minimal_valid_request_succeeds_with_a_model_valid_answer(
    world: World, operation: str
) -> None:
    answer = await world.ok(operation, minimal_request(world, operation))
    output = operations()[operation]["output"]["shape"]
    assert conformance_errors(output, answer) == []


REQUIRED = [
    op for op in ALL_OPERATIONS if shapes()[operations()[op]["input"]["shape"]].get("required")
]


@pytest.mark.parametrize("operation", REQUIRED)
async def test_a_missing_required_member_is_a_validation_exception(
    world: World, operation: str
) -> None:
    request = minimal_request(world, operation)
    member = shapes()[operations()[operation]["input"]["shape"]]["required"][0]
    del request[member]
    status, answer = await world.call(operation, request)
    assert status == 400
    assert answer["__type"] == "ValidationException"
    wire = member[:1].lower() + member[1:]
    assert (
        f"Value null at '{wire}' failed to satisfy constraint: Member must not be null"
        in (answer["message"])
    )


@pytest.mark.parametrize(
    ("operation", "body", "code", "fragment"),
    [
        (
            "DescribeWorkspaces",
            {"WorkspaceIds": [f"ws-{i:09d}" for i in range(26)]},
            "ValidationException",
            "at 'workspaceIds' failed to satisfy constraint: Member must have length less than or equal to 25",
        ),
        (
            "DescribeWorkspaces",
            {"WorkspaceIds": []},
            "ValidationException",
            "Member must have length greater than or equal to 1",
        ),
        (
            "DescribeWorkspaces",
            {"Limit": 26},
            "ValidationException",
            "Value '26' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 25",
        ),
        (
            "CreateWorkspaces",
            {
                "Workspaces": [
                    {
                        "DirectoryId": "d-0123456789",
                        "UserName": "u",
                        "BundleId": "wsb-92tn3b7gx",
                        "WorkspaceProperties": {"RunningMode": "SOMETIMES"},
                    }
                ]
            },
            "ValidationException",
            "at 'workspaces.1.member.workspaceProperties.runningMode' failed to satisfy "
            "constraint: Member must satisfy enum value set: [AUTO_STOP, ALWAYS_ON, MANUAL]",
        ),
        (
            "DescribeTags",
            {"ResourceId": ""},
            "ValidationException",
            "Member must have length greater than or equal to 1",
        ),
        (
            "StartWorkspaces",
            {"StartWorkspaceRequests": [{"WorkspaceId": "not-an-id"}]},
            "ValidationException",
            "Member must satisfy regular expression pattern: ^ws-[0-9a-z]{8,63}$",
        ),
        (
            "DescribeWorkspaces",
            {"WorkspaceIds": "ws-0123456789"},
            "SerializationException",
            "workspaceIds",
        ),
        ("DescribeWorkspaces", {"Limit": "5"}, "SerializationException", "limit"),
        (
            "DescribeWorkspaces",
            {"DirectoryId": "d-0123456789", "WorkspaceIds": ["ws-0123456789"]},
            "InvalidParameterValuesException",
            "Only one of the following",
        ),
    ],
)
async def test_constraints_of_the_model_answer_the_services_errors(
    world: World, operation: str, body: dict[str, Any], code: str, fragment: str
) -> None:
    status, answer = await world.call(operation, body)
    assert (status, answer["__type"]) == (400, code)
    assert fragment in answer["message"]


async def test_two_violations_are_counted_in_one_message(world: World) -> None:
    status, answer = await world.call("DescribeWorkspaces", {"Limit": 0, "WorkspaceIds": []})
    assert status == 400
    assert answer["message"].startswith("2 validation errors detected: ")


async def test_an_unknown_operation_and_a_body_that_is_not_json(world: World) -> None:
    status, answer = await world.call("LaunchRockets", {})
    assert (status, answer["__type"]) == (400, "UnknownOperationException")
    async with world.session.post(
        world.local.endpoint,
        data=b"[1, 2",
        headers={"X-Amz-Target": "WorkspacesService.DescribeWorkspaces"},
    ) as response:
        assert response.status == 400
        assert json.loads(await response.read())["__type"] == "SerializationException"


async def test_boto3_reads_every_describe_answer(world: World) -> None:
    import boto3

    client = boto3.client(
        "workspaces",
        endpoint_url=world.local.endpoint,
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )

    def describe_all() -> dict[str, Any]:
        return {
            "workspaces": client.describe_workspaces()["Workspaces"],
            "directories": client.describe_workspace_directories()["Directories"],
            "bundles": client.describe_workspace_bundles(Owner="AMAZON")["Bundles"],
            "images": client.describe_workspace_images()["Images"],
            "pools": client.describe_workspaces_pools()["WorkspacesPools"],
        }

    found = await asyncio.to_thread(describe_all)
    assert [w["State"] for w in found["workspaces"]] == ["AVAILABLE"]
    assert {d["DirectoryId"] for d in found["directories"]} == {"d-0123456789", "d-9999999999"}
    assert len(found["bundles"]) == 5
    assert {i["State"] for i in found["images"]} == {"AVAILABLE"}
    assert {p["State"] for p in found["pools"]} == {"RUNNING", "STOPPED"}
