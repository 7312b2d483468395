"""The local WorkSpaces service: lifecycles over wall time, paging, rate limits, faults, CLI."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import (
    InvalidParameterValuesException,
    InvalidResourceStateException,
    ResourceAssociatedException,
    ResourceLimitExceededException,
    ResourceNotFoundException,
    ServiceError,
    ThrottlingException,
    TransportError,
)
from aioworkspaces.simulator import DEFAULT_RATE_LIMITS, Faults, LocalWorkSpaces, RateLimit
from aioworkspaces.types import (
    Capacity,
    Compute,
    ComputeType,
    ImageType,
    IpRuleItem,
    RebootRequest,
    RebuildRequest,
    ReconnectEnum,
    SelfservicePermissions,
    StartRequest,
    StopRequest,
    Tag,
    TargetWorkspaceState,
    TerminateRequest,
    UserStorage,
    WorkspaceCreationProperties,
    WorkspaceProperties,
    WorkspaceRequest,
)
from tests.support import REGION, TEST_CREDENTIALS, free_port

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = "wsb-92tn3b7gx"  # Standard with Windows 10, one of the public bundles
FAST: dict[str, Any] = {"min_delay": 0.01, "max_delay": 0.05, "timeout": 20}


def client_of(local: LocalWorkSpaces, attempts: int = 3) -> WorkSpacesClient:
    # Unpaced: these tests look at the service's own answers, throttles included (a
    # paced client would wait them out).
    return WorkSpacesClient(
        REGION,
        endpoint_url=local.endpoint,
        credentials=TEST_CREDENTIALS,
        config=ClientConfig(max_attempts=attempts, pacing=False),
    )


@pytest.fixture
async def local() -> AsyncIterator[LocalWorkSpaces]:
    """The service unthrottled, its clock all but stopped: tests move it with `advance`."""
    async with LocalWorkSpaces(throttle=False, speed=1e-6) as service:
        yield service


@pytest.fixture
async def client(local: LocalWorkSpaces) -> AsyncIterator[WorkSpacesClient]:
    async with client_of(local) as c:
        yield c


async def states(client: WorkSpacesClient, *ids: str) -> list[str | None]:
    found = await client.describe_workspaces(workspace_ids=list(ids))
    by_id = {w.workspace_id: w.state.value if w.state else None for w in found.workspaces or []}
    return [by_id.get(i) for i in ids]


async def create(client: WorkSpacesClient, directory_id: str, *users: str) -> list[str]:
    created = await client.bulk.create_workspaces(
        [
            WorkspaceRequest(directory_id=directory_id, user_name=user, bundle_id=BUNDLE)
            for user in users
        ]
    )
    assert created.failed == []
    return [w.workspace_id for w in created.pending if w.workspace_id]


async def test_a_workspace_walks_through_its_states_on_the_clock(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    directory_id = local.add_directory()
    (ws,) = await create(client, directory_id, "alice")
    assert await states(client, ws) == [None]  # not listed for a moment after creation
    local.advance(1)
    assert await states(client, ws) == ["PENDING"]
    local.advance(1200)
    assert await states(client, ws) == ["AVAILABLE"]

    steps: list[tuple[str, Any, str, str, str, int]] = [
        ("stop_workspaces", StopRequest, "stop_workspace_requests", "STOPPING", "STOPPED", 60),
        ("start_workspaces", StartRequest, "start_workspace_requests", "STARTING", "AVAILABLE", 90),
        ("reboot_workspaces", RebootRequest, "reboot_workspace_requests", "REBOOTING", "AVAILABLE", 90),
        ("rebuild_workspaces", RebuildRequest, "rebuild_workspace_requests", "REBUILDING", "AVAILABLE", 900),
    ]  # fmt: skip
    for method, request, member, passing, target, seconds in steps:
        result = await getattr(client, method)(**{member: [request(workspace_id=ws)]})
        assert result.failed_requests == [], method
        assert await states(client, ws) == [passing]
        local.advance(seconds - 1)
        assert await states(client, ws) == [passing]
        local.advance(1)
        assert await states(client, ws) == [target]

    await client.restore_workspace(workspace_id=ws)
    assert await states(client, ws) == ["RESTORING"]
    local.advance(900)
    await client.modify_workspace_state(
        workspace_id=ws, workspace_state=TargetWorkspaceState.ADMIN_MAINTENANCE
    )
    assert await states(client, ws) == ["ADMIN_MAINTENANCE"]
    await client.modify_workspace_state(
        workspace_id=ws, workspace_state=TargetWorkspaceState.AVAILABLE
    )

    await client.terminate_workspaces(
        terminate_workspace_requests=[TerminateRequest(workspace_id=ws)]
    )
    assert await states(client, ws) == ["TERMINATING"]
    local.advance(300)
    assert await states(client, ws) == ["TERMINATED"]
    local.advance(3600)
    assert await states(client, ws) == [None]  # gone


async def test_wall_time_at_speed_moves_states_for_the_sdk_waiter() -> None:
    async with LocalWorkSpaces(throttle=False, speed=2400) as local, client_of(local) as client:
        directory_id = local.add_directory()
        ids = await create(client, directory_id, *(f"user{i}" for i in range(30)))
        seen: set[str | None] = set()
        started = time.monotonic()
        found = await client.wait.workspaces_available(
            ids,
            on_progress=lambda s: seen.update(v.value if v else None for v in s.values()),
            **FAST,
        )
        assert len(found) == 30 and time.monotonic() - started >= 0.4  # 1200 s / 2400
        assert "PENDING" in seen


async def test_changes_of_the_wrong_state_fail_as_the_service_fails_them(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    directory_id = local.add_directory()
    ws, other = await create(client, directory_id, "alice", "bob")
    local.advance(1201)
    started = await client.start_workspaces(
        start_workspace_requests=[StartRequest(workspace_id=ws), StartRequest(workspace_id="ws-000000000")]
    )  # fmt: skip
    assert [(f.workspace_id, f.error_code) for f in started.failed_requests or []] == [
        (ws, "InvalidResourceState"),  # AVAILABLE: nothing to start
        ("ws-000000000", "ResourceNotFound.Workspace"),
    ]
    await client.terminate_workspaces(
        terminate_workspace_requests=[TerminateRequest(workspace_id=ws)]
    )
    local.advance(300)
    with pytest.raises(InvalidResourceStateException, match="TERMINATED"):
        await client.restore_workspace(workspace_id=ws)
    again = await client.start_workspaces(start_workspace_requests=[StartRequest(workspace_id=ws)])
    assert [f.error_code for f in again.failed_requests or []] == ["InvalidResourceState"]
    with pytest.raises(ResourceNotFoundException) as missing:
        await client.restore_workspace(workspace_id="ws-000000000")
    assert missing.value.http_status == 400

    duplicate = await client.create_workspaces(
        workspaces=[WorkspaceRequest(directory_id=directory_id, user_name="bob", bundle_id=BUNDLE)]
    )
    assert [f.error_code for f in duplicate.failed_requests or []] == ["ResourceExists.Workspace"]
    nowhere = await client.create_workspaces(
        workspaces=[
            WorkspaceRequest(directory_id="d-0000000000", user_name="eve", bundle_id=BUNDLE)
        ]
    )
    assert [f.error_code for f in nowhere.failed_requests or []] == ["ResourceNotFound.Directory"]
    assert other


async def test_modify_properties_updates_then_returns_and_migrate_replaces(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    (ws,) = await create(client, local.add_directory(), "alice")
    local.advance(1201)
    await client.modify_workspace_properties(
        workspace_id=ws, workspace_properties=WorkspaceProperties(compute_type_name=Compute.POWER)
    )
    (updating,) = (await client.describe_workspaces(workspace_ids=[ws])).workspaces or []
    assert updating.state is not None and updating.state.value == "UPDATING"
    assert (
        updating.modification_states and updating.modification_states[0].resource == "COMPUTE_TYPE"
    )
    local.advance(300)
    (done,) = (await client.describe_workspaces(workspace_ids=[ws])).workspaces or []
    assert done.state is not None and done.state.value == "AVAILABLE"
    assert done.modification_states is None
    assert done.workspace_properties and done.workspace_properties.compute_type_name == "POWER"
    with pytest.raises(InvalidParameterValuesException, match="grow"):
        await client.modify_workspace_properties(
            workspace_id=ws, workspace_properties=WorkspaceProperties(root_volume_size_gib=10)
        )

    migrated = await client.migrate_workspace(source_workspace_id=ws, bundle_id="wsb-8vbljg4r6")
    assert migrated.target_workspace_id and migrated.target_workspace_id != ws
    local.advance(1)
    assert await states(client, ws, migrated.target_workspace_id) == ["TERMINATING", "PENDING"]


async def test_connection_status_tags_and_snapshots(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    ids = await create(client, local.add_directory(), *(f"u{i}" for i in range(30)))
    local.advance(1201)
    statuses = [
        s
        async for s in client.paginate.describe_workspaces_connection_status(workspace_ids=ids[:25])
    ]
    assert {s.workspace_id for s in statuses} == set(ids[:25])
    assert {s.connection_state.value for s in statuses if s.connection_state} == {"DISCONNECTED"}

    await client.create_tags(resource_id=ids[0], tags=[Tag(key="team", value="a"), Tag(key="x")])
    await client.create_tags(resource_id=ids[0], tags=[Tag(key="team", value="b")])
    await client.delete_tags(resource_id=ids[0], tag_keys=["x"])
    tags = await client.describe_tags(resource_id=ids[0])
    assert [(t.key, t.value) for t in tags.tag_list or []] == [("team", "b")]
    with pytest.raises(ResourceLimitExceededException):
        await client.create_tags(
            resource_id=ids[0], tags=[Tag(key=f"k{i}", value="v") for i in range(50)]
        )
    with pytest.raises(ResourceNotFoundException):
        await client.describe_tags(resource_id="ws-000000000")
    snapshots = await client.describe_workspace_snapshots(workspace_id=ids[0])
    assert snapshots.rebuild_snapshots and snapshots.restore_snapshots


async def test_paging_with_limit_and_next_token(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    ids = await create(client, local.add_directory(), *(f"u{i}" for i in range(25)))
    ids += await create(client, local.add_directory(), *(f"v{i}" for i in range(25)))
    ids += await create(client, local.add_directory(), *(f"w{i}" for i in range(10)))
    local.advance(1)
    first = await client.describe_workspaces(limit=7)
    assert len(first.workspaces or []) == 7 and first.next_token
    pager = client.paginate.describe_workspaces(page_size=7)
    assert [w.workspace_id async for w in pager] == ids
    default = [len(p.workspaces or []) async for p in client.paginate.describe_workspaces().pages()]
    assert default == [25, 25, 10]
    directories = [d async for d in client.paginate.describe_workspace_directories(limit=2)]
    assert len(directories) == 3
    with pytest.raises(InvalidParameterValuesException, match="NextToken"):
        await client.describe_workspaces(next_token="garbage")


async def test_directories_register_deregister_and_their_properties(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    registered = await client.register_workspace_directory(directory_id="d-0123456789")
    assert registered.state is not None and registered.state.value == "REGISTERING"
    local.advance(120)
    (directory,) = await client.wait.directories_registered(["d-0123456789"], **FAST)
    assert directory.registration_code and directory.workspace_security_group_id

    await client.modify_selfservice_permissions(
        resource_id="d-0123456789",
        selfservice_permissions=SelfservicePermissions(rebuild_workspace=ReconnectEnum.ENABLED),
    )
    await client.modify_workspace_creation_properties(
        resource_id="d-0123456789",
        workspace_creation_properties=WorkspaceCreationProperties(enable_internet_access=True),
    )
    (again,) = (
        await client.describe_workspace_directories(directory_ids=["d-0123456789"])
    ).directories or []
    assert (
        again.selfservice_permissions
        and again.selfservice_permissions.rebuild_workspace == "ENABLED"
    )
    assert again.workspace_creation_properties
    assert again.workspace_creation_properties.enable_internet_access is True

    (ws,) = await create(client, "d-0123456789", "alice")
    local.advance(1)  # listed: it can be terminated while PENDING
    with pytest.raises(InvalidResourceStateException, match="WorkSpaces"):
        await client.deregister_workspace_directory(directory_id="d-0123456789")
    await client.terminate_workspaces(
        terminate_workspace_requests=[TerminateRequest(workspace_id=ws)]
    )
    local.advance(300)
    await client.deregister_workspace_directory(directory_id="d-0123456789")
    local.advance(200)
    assert (await client.describe_workspace_directories()).directories == []


async def test_bundles_and_images(local: LocalWorkSpaces, client: WorkSpacesClient) -> None:
    (ws,) = await create(client, local.add_directory(), "alice")
    local.advance(1201)
    image = await client.create_workspace_image(
        name="golden", description="golden", workspace_id=ws
    )
    assert image.state is not None and image.state.value == "PENDING"
    local.advance(2700)
    assert image.image_id
    (available,) = await client.wait.images_available([image.image_id], **FAST)
    assert available.owner_account_id == "123456789012"

    await client.update_workspace_image_permission(
        image_id=image.image_id, allow_copy_image=True, shared_account_id="111122223333"
    )
    permissions = await client.describe_workspace_image_permissions(image_id=image.image_id)
    assert [p.shared_account_id for p in permissions.image_permissions or []] == ["111122223333"]

    bundle = await client.create_workspace_bundle(
        bundle_name="golden",
        bundle_description="golden",
        image_id=image.image_id,
        compute_type=ComputeType(name=Compute.STANDARD),
        user_storage=UserStorage(capacity="50"),
    )
    assert bundle.workspace_bundle and bundle.workspace_bundle.owner == "123456789012"
    mine = await client.describe_workspace_bundles()
    amazon = await client.describe_workspace_bundles(owner="AMAZON")
    assert len(mine.bundles or []) == 1 and len(amazon.bundles or []) == 5
    with pytest.raises(ResourceAssociatedException):
        await client.delete_workspace_image(image_id=image.image_id)

    copied = await client.copy_workspace_image(
        name="copy", source_image_id=image.image_id, source_region=REGION
    )
    assert copied.image_id
    local.advance(2700)
    await client.delete_workspace_image(image_id=copied.image_id)
    owned = await client.describe_workspace_images(image_type=ImageType.OWNED)
    assert [i.image_id for i in owned.images or []] == [image.image_id]


async def test_ip_groups_and_connection_aliases(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    directory_id = local.add_directory()
    group = await client.create_ip_group(
        group_name="office", user_rules=[IpRuleItem(ip_rule="10.0.0.0/16", rule_desc="hq")]
    )
    assert group.group_id
    await client.authorize_ip_rules(
        group_id=group.group_id, user_rules=[IpRuleItem(ip_rule="192.168.0.0/24")]
    )
    await client.revoke_ip_rules(group_id=group.group_id, user_rules=["10.0.0.0/16"])
    (found,) = (await client.describe_ip_groups(group_ids=[group.group_id])).result or []
    assert [r.ip_rule for r in found.user_rules or []] == ["192.168.0.0/24"]
    with pytest.raises(ResourceLimitExceededException):
        await client.update_rules_of_ip_group(
            group_id=group.group_id,
            user_rules=[IpRuleItem(ip_rule=f"10.{i}.0.0/16") for i in range(11)],
        )
    await client.associate_ip_groups(directory_id=directory_id, group_ids=[group.group_id])
    with pytest.raises(ResourceAssociatedException):
        await client.delete_ip_group(group_id=group.group_id)

    alias = await client.create_connection_alias(connection_string="desktop.example.com")
    assert alias.alias_id
    with pytest.raises(InvalidResourceStateException, match="CREATING"):
        await client.associate_connection_alias(alias_id=alias.alias_id, resource_id=directory_id)
    local.advance(30)
    associated = await client.associate_connection_alias(
        alias_id=alias.alias_id, resource_id=directory_id
    )
    assert associated.connection_identifier
    with pytest.raises(ResourceAssociatedException):
        await client.delete_connection_alias(alias_id=alias.alias_id)
    await client.disassociate_connection_alias(alias_id=alias.alias_id)
    await client.delete_connection_alias(alias_id=alias.alias_id)
    local.advance(30)
    assert (await client.describe_connection_aliases()).connection_aliases == []


async def test_pools_and_sessions(local: LocalWorkSpaces, client: WorkSpacesClient) -> None:
    directory_id = local.add_directory()
    created = await client.create_workspaces_pool(
        pool_name="call-center",
        description="agents",
        bundle_id=BUNDLE,
        directory_id=directory_id,
        capacity=Capacity(desired_user_sessions=3),
    )
    assert created.workspaces_pool and created.workspaces_pool.state.value == "CREATING"
    pool_id = created.workspaces_pool.pool_id
    local.advance(300)
    await client.wait.pools_stopped([pool_id], **FAST)
    await client.start_workspaces_pool(pool_id=pool_id)
    local.advance(300)
    (running,) = await client.wait.pools_running([pool_id], **FAST)
    assert running.capacity_status.actual_user_sessions == 3
    session_id = local.add_pool_session(pool_id, "agent-1")
    sessions = await client.describe_workspaces_pool_sessions(pool_id=pool_id)
    assert [s.session_id for s in sessions.sessions or []] == [session_id]
    await client.terminate_workspaces_pool_session(session_id=session_id)
    assert (await client.describe_workspaces_pool_sessions(pool_id=pool_id)).sessions == []
    await client.stop_workspaces_pool(pool_id=pool_id)
    with pytest.raises(InvalidResourceStateException):
        await client.start_workspaces_pool(pool_id=pool_id)  # still STOPPING


async def test_token_buckets_per_operation_answer_throttling_exception() -> None:
    # A slow refill (one token in 2 s) keeps the counts exact on a busy machine.
    limits = {"DescribeTags": RateLimit(0.5, 5)}
    async with LocalWorkSpaces(rate_limits=limits) as local, client_of(local, 1) as client:
        ws = (await create(client, local.add_directory(), "alice"))[0]
        local.advance(1)
        outcomes = []
        for _ in range(8):
            try:
                await client.describe_tags(resource_id=ws)
                outcomes.append("ok")
            except ThrottlingException as exc:
                assert (exc.http_status, exc.code, exc.message) == (
                    400,
                    "ThrottlingException",
                    "Rate exceeded",
                )
                outcomes.append("throttled")
        assert outcomes == ["ok"] * 5 + ["throttled"] * 3  # a burst of 5
        await client.describe_workspaces()  # a bucket of its own
        await asyncio.sleep(2.05)  # half a token a second: one more
        await client.describe_tags(resource_id=ws)
        assert local.throttled["DescribeTags"] == 3


async def test_rate_limits_are_configurable_and_documented_defaults_apply() -> None:
    assert DEFAULT_RATE_LIMITS["StartWorkspaces"] == RateLimit(1, 3)
    async with LocalWorkSpaces(
        rate_limits={"DescribeTags": None, "Describe*": RateLimit(0.1, 1)}
    ) as local:
        assert local.limit_of("StartWorkspaces") == RateLimit(1, 3)
        assert local.limit_of("CreateTags") == RateLimit(2, 5)
        assert local.limit_of("DescribeWorkspaces") == RateLimit(0.1, 1)
        assert local.limit_of("DescribeTags") is None
        async with client_of(local, attempts=1) as client:
            ws = (await create(client, local.add_directory(), "alice"))[0]
            local.advance(1)
            for _ in range(20):
                await client.describe_tags(resource_id=ws)
            await client.describe_workspaces()
            with pytest.raises(ThrottlingException):
                await client.describe_workspaces()
    async with LocalWorkSpaces(throttle=False) as unthrottled:
        assert unthrottled.limit_of("StartWorkspaces") is None
    with pytest.raises(ValueError, match="rate"):
        RateLimit(0, 1)
    assert RateLimit.parse("2:5") == RateLimit(2, 5) and RateLimit.parse("0.5") == RateLimit(0.5, 1)


async def test_injected_errors_resets_and_latency() -> None:
    faults = Faults(error_rate=1.0, operations=("DescribeTags",), seed=7)
    async with (
        LocalWorkSpaces(throttle=False, faults=faults) as local,
        client_of(local, 1) as client,
    ):
        with pytest.raises(ServiceError) as failed:
            await client.describe_tags(resource_id="ws-000000000")
        assert failed.value.http_status in (500, 503)
        assert failed.value.code in ("InternalFailure", "ServiceUnavailable")
        await client.describe_workspaces()  # another operation: untouched

    async with LocalWorkSpaces(throttle=False, faults=Faults(reset_rate=1.0)) as local:
        async with client_of(local, 1) as client:
            with pytest.raises(TransportError):
                await client.describe_workspaces()

    async with LocalWorkSpaces(throttle=False, faults=Faults(latency=0.2)) as local:
        async with client_of(local, 1) as client:
            started = time.monotonic()
            await client.describe_workspaces()
            assert time.monotonic() - started >= 0.2

    draws = [Faults(error_rate=0.3, reset_rate=0.2, seed=3) for _ in range(2)]
    assert [draws[0].draw() for _ in range(50)] == [draws[1].draw() for _ in range(50)]
    with pytest.raises(ValueError, match="error_rate"):
        Faults(error_rate=2)


async def test_a_retrying_client_gets_through_injected_faults() -> None:
    faults = Faults(error_rate=0.3, seed=1)
    async with LocalWorkSpaces(throttle=False, faults=faults) as local:
        async with client_of(local, attempts=10) as client:
            directory_id = local.add_directory()
            for i in range(10):
                await create(client, directory_id, f"user{i}")
        assert sum(local.requests.values()) > 10


def test_the_command_line_serves_boto3_on_a_free_port() -> None:
    import boto3

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aioworkspaces.simulator",
            "--port",
            str(port),
            "--speed",
            "1000",
            "--directory",
            "d-0123456789",
            "--rate-limit",
            "DescribeWorkspaceDirectories=none",
            "--workspaces",
            "d-0123456789=30:STOPPED",
            "--workspaces",
            "wsd-abcdefghi=2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        endpoint = process.stdout.readline().strip()
        assert endpoint == f"http://127.0.0.1:{port}"
        workspaces = boto3.client(
            "workspaces",
            endpoint_url=endpoint,
            region_name=REGION,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        directories = workspaces.describe_workspace_directories()["Directories"]
        assert [(d["DirectoryId"], d["State"]) for d in directories] == [
            ("d-0123456789", "REGISTERED"),
            ("wsd-abcdefghi", "REGISTERED"),
        ]
        first = workspaces.describe_workspaces(DirectoryId="d-0123456789")
        assert len(first["Workspaces"]) == 25 and first["NextToken"]
        assert {w["State"] for w in first["Workspaces"]} == {"STOPPED"}
        with pytest.raises(workspaces.exceptions.ResourceNotFoundException):
            workspaces.describe_tags(ResourceId="ws-000000000")
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


async def test_a_botocore_speaking_rpc_v2_cbor_is_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Newer botocore releases prefer Smithy RPC v2 CBOR for WorkSpaces: a model that
    # lists only that protocol makes this botocore speak it.
    import json

    import boto3

    from tests.support.model import service_model

    model = json.loads(json.dumps(service_model()))
    model["metadata"].update(protocol="smithy-rpc-v2-cbor", protocols=["smithy-rpc-v2-cbor"])
    folder = tmp_path / "workspaces" / "2015-04-08"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(model))
    monkeypatch.setenv("AWS_DATA_PATH", str(tmp_path))

    async with LocalWorkSpaces(throttle=False, speed=100_000) as local:
        directory_id = local.add_directory()
        calls: list[dict[str, Any]] = []

        def speak_cbor() -> dict[str, Any]:
            client = boto3.session.Session().client(
                "workspaces",
                endpoint_url=local.endpoint,
                region_name=REGION,
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )
            client.meta.events.register(
                "before-send", lambda request, **_: calls.append(dict(request.headers))
            )
            created = client.create_workspaces(
                Workspaces=[{"DirectoryId": directory_id, "UserName": "alice", "BundleId": BUNDLE}]
            )
            bundles = client.describe_workspace_bundles(Owner="AMAZON")["Bundles"]
            try:
                client.describe_tags(ResourceId="ws-000000000")
            except client.exceptions.ResourceNotFoundException as exc:
                missing = exc.response["Error"]["Code"]
            return {"created": created, "bundles": bundles, "missing": missing}

        answers = await asyncio.to_thread(speak_cbor)
    assert calls and all(h.get("smithy-protocol") == b"rpc-v2-cbor" for h in calls)
    assert answers["created"]["PendingRequests"][0]["State"] == "PENDING"
    assert answers["bundles"][0]["CreationTime"].year == 2020  # a tagged timestamp
    assert answers["missing"] == "ResourceNotFoundException"


async def test_every_kind_of_listing_pages(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    directory_id = local.add_directory()
    for i in range(3):
        await client.create_ip_group(group_name=f"group{i}")
        await client.create_connection_alias(connection_string=f"desk{i}.example.com")
        await client.create_workspaces_pool(
            pool_name=f"pool{i}",
            description="pool",
            bundle_id=BUNDLE,
            directory_id=directory_id,
            capacity=Capacity(desired_user_sessions=1),
        )
    (ws,) = await create(client, directory_id, "alice")
    local.advance(1201)
    for i in range(3):
        await client.create_workspace_image(name=f"image{i}", description="i", workspace_id=ws)
    paginate = client.paginate
    counts = {
        "cidr": len(
            await paginate.list_available_management_cidr_ranges(
                management_cidr_range_constraint="10.0.0.0/8", page_size=5
            ).collect()
        ),
        "groups": len(await paginate.describe_ip_groups(page_size=2).collect()),
        "aliases": len(await paginate.describe_connection_aliases(page_size=2).collect()),
        "pools": len(await paginate.describe_workspaces_pools(page_size=2).collect()),
        "images": len(await paginate.describe_workspace_images(page_size=2).collect()),
        "applications": len(await paginate.describe_applications(page_size=1).collect()),
    }
    assert counts == {
        "cidr": 20,
        "groups": 3,
        "aliases": 3,
        "pools": 3,
        "images": 3,
        "applications": 2,
    }
    pages = [p async for p in paginate.describe_ip_groups(page_size=2).pages()]
    assert [len(p.result or []) for p in pages] == [2, 1]


async def test_a_fleet_seeded_without_spending_rate_limit(
    local: LocalWorkSpaces, client: WorkSpacesClient
) -> None:
    directory_id = local.add_directory()
    ids = local.seed_workspaces(directory_id, 60, state="STOPPED")
    assert local.requests == {}
    assert await states(client, *ids[:25]) == ["STOPPED"] * 25
    started = await client.bulk.start_workspaces(ids)
    assert len(started.succeeded) == 60
    with pytest.raises(ValueError, match=r"ResourceExists\.Workspace"):
        local.seed_workspaces(directory_id, 1)  # user-0000 has one

    local.set_connection_state(ids[0], "CONNECTED")
    (status, *_) = (
        await client.describe_workspaces_connection_status(workspace_ids=ids[:2])
    ).workspaces_connection_status or []
    assert status.connection_state is not None and status.connection_state.value == "CONNECTED"
    assert status.last_known_user_connection_timestamp is not None
