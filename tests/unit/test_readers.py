"""Generated readers build the same objects `__init__` would, and refuse wrong JSON types."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, cast

import attrs
import pytest
from botocore.parsers import create_parser

from aioworkspaces._serialization.wire import from_wire
from aioworkspaces.types import (
    CapacityStatus,
    DescribeTagsResult,
    DescribeWorkspacesConnectionStatusResult,
    DescribeWorkspacesResult,
    ImportClientBrandingResult,
    ModificationResourceEnum,
    ModificationState,
    ModificationStateEnum,
    Protocol,
    Workspace,
    WorkspaceProperties,
    WorkspacesPool,
    WorkspaceState,
)
from tests.support.model import botocore_service_model


def test_a_read_object_equals_the_constructed_one() -> None:
    document = {
        "Workspaces": [
            {
                "WorkspaceId": "ws-1",
                "State": "AVAILABLE",
                "UserVolumeEncryptionEnabled": False,
                "WorkspaceProperties": {"RootVolumeSizeGib": 80, "Protocols": ["WSP"]},
                "ModificationStates": [{"Resource": "COMPUTE_TYPE", "State": "NEW_STATE"}],
                "Unknown": {"ignored": True},
            }
        ],
        "NextToken": "t",
    }
    read = from_wire(document, DescribeWorkspacesResult)
    built = DescribeWorkspacesResult(
        workspaces=[
            Workspace(
                workspace_id="ws-1",
                state=WorkspaceState.AVAILABLE,
                user_volume_encryption_enabled=False,
                workspace_properties=WorkspaceProperties(
                    root_volume_size_gib=80,
                    protocols=[Protocol.WSP],
                ),
                modification_states=[
                    ModificationState(
                        resource=ModificationResourceEnum.COMPUTE_TYPE,
                        state=ModificationStateEnum("NEW_STATE"),
                    )
                ],
            )
        ],
        next_token="t",
    )
    assert read == built and repr(read) == repr(built)
    assert read.response_metadata == built.response_metadata
    workspace = (read.workspaces or [])[0]
    assert workspace.directory_id is None
    changed: Any = attrs.evolve(cast(Any, workspace), user_name="ann")
    assert changed.user_name == "ann" and changed.workspace_id == "ws-1"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        workspace.user_name = "x"  # type: ignore[misc]
    state = ((workspace.modification_states or [])[0]).state
    assert state is not None and state.value == "NEW_STATE"  # an unknown value, kept


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"Workspaces": {}}, "expected a list"),
        ({"Workspaces": [{"WorkspaceId": 7}]}, "expected a string"),
        ({"Workspaces": [{"UserVolumeEncryptionEnabled": "yes"}]}, "expected a boolean"),
        ({"Workspaces": [{"State": 3}]}, "a string for WorkspaceState"),
        ({"Workspaces": ["ws-1"]}, "expected an object for Workspace"),
    ],
)
def test_a_value_of_the_wrong_json_type_is_refused(document: object, problem: str) -> None:
    with pytest.raises((TypeError, ValueError), match=problem):
        from_wire(document, DescribeWorkspacesResult)


def test_required_members_and_timestamps() -> None:
    pool = {
        "PoolId": "wspool-1",
        "PoolArn": "arn",
        "PoolName": "p",
        "State": "RUNNING",
        "CreatedAt": 1_700_000_000.5,
        "BundleId": "wsb-1",
        "DirectoryId": "d-1",
        "RunningMode": "AUTO_STOP",
        "CapacityStatus": {
            "AvailableUserSessions": 1,
            "DesiredUserSessions": 2,
            "ActualUserSessions": 3.0,
            "ActiveUserSessions": 4,
        },
    }
    read = from_wire(pool, WorkspacesPool)
    assert read.created_at == dt.datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=dt.timezone.utc)
    assert read.capacity_status == CapacityStatus(
        available_user_sessions=1,
        desired_user_sessions=2,
        actual_user_sessions=3,
        active_user_sessions=4,
    )
    del pool["PoolArn"]
    with pytest.raises(ValueError, match="required member PoolArn is missing"):
        from_wire(pool, WorkspacesPool)


def test_a_null_list_item_or_map_value_reads_as_none_as_botocore_keeps_it() -> None:
    documents: list[tuple[str, type[Any], dict[str, Any]]] = [
        (
            "DescribeWorkspaces",
            DescribeWorkspacesResult,
            {"Workspaces": [None, {"WorkspaceId": "ws-1"}]},
        ),
        ("DescribeTags", DescribeTagsResult, {"TagList": [{"Key": "k"}, None]}),
        (
            "DescribeWorkspacesConnectionStatus",
            DescribeWorkspacesConnectionStatusResult,
            {"WorkspacesConnectionStatus": [None]},
        ),
        (
            "ImportClientBranding",
            ImportClientBrandingResult,
            {"DeviceTypeWindows": {"Logo": None, "LoginMessage": {"en_US": None, "fr_FR": "x"}}},
        ),
    ]
    parser = create_parser("json")
    for operation, cls, document in documents:
        output = botocore_service_model().operation_model(operation).output_shape
        expected = parser.parse(
            {"body": json.dumps(document).encode(), "headers": {}, "status_code": 200}, output
        )
        expected.pop("ResponseMetadata", None)
        got = from_wire(document, cls)
        assert got is not None
        if operation == "DescribeWorkspaces":
            assert got.workspaces == [None, Workspace(workspace_id="ws-1")]
            assert expected["Workspaces"][0] is None
        elif operation == "DescribeTags":
            assert got.tag_list is not None and got.tag_list[1] is None
            assert expected["TagList"][1] is None
        elif operation == "DescribeWorkspacesConnectionStatus":
            assert got.workspaces_connection_status == [None]
            assert expected["WorkspacesConnectionStatus"] == [None]
        else:
            messages = got.device_type_windows.login_message
            assert messages == {"en_US": None, "fr_FR": "x"}
            assert expected["DeviceTypeWindows"]["LoginMessage"]["en_US"] is None
