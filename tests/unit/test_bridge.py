"""The dict and JSON bridge: boto3's dicts, for every shape of aioworkspaces.types.

For any valid object `x` of every structure class: `from_dict(type(x), to_dict(x)) == x`,
`from_json(type(x), to_json(x)) == x`, and `to_dict(x)` is what botocore's own JSON
parser returns for the wire document of `x` (the document the SDK's reader reads back
into `x`). Then what from_dict accepts (timestamps in three forms, enum strings known or
not, tuples) and the typed error it gives for bad data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
from typing import Any

import attrs
import orjson
import pytest
from botocore.parsers import create_parser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aioworkspaces
import aioworkspaces.types as types_pkg
from aioworkspaces import from_dict, from_json, to_dict, to_json
from aioworkspaces._serialization.wire import from_wire, to_wire
from aioworkspaces.errors import ParamValidationError, WorkSpacesError
from aioworkspaces.types import (
    DescribeWorkspaceImagesResult,
    DescribeWorkspacesResult,
    ResponseMetadata,
    RunningMode,
    Workspace,
    WorkspaceImage,
    WorkspaceProperties,
    WorkspaceRequest,
    WorkspaceState,
)
from tests.support.model import botocore_service_model, shapes
from tests.support.strategies import valid

#: Every structure of the model that is a class of aioworkspaces.types (the modeled
#: exceptions are classes of aioworkspaces.errors instead).
STRUCTURES = sorted(
    name
    for name, shape in shapes().items()
    if shape["type"] == "structure" and not shape.get("exception")
)
PROPERTY = settings(
    max_examples=int(os.environ.get("BRIDGE_EXAMPLES", "8")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
UTC = dt.timezone.utc


def botocore_parse(shape_name: str, body: bytes) -> dict[str, Any]:
    """What botocore's JSON parser (boto3's) returns for a 200 answer of that shape."""
    shape = botocore_service_model().shape_for(shape_name)
    parsed: dict[str, Any] = create_parser("json").parse(
        {"status_code": 200, "headers": {"x-amzn-requestid": "req-1"}, "body": body}, shape
    )
    return parsed


def test_every_structure_is_covered() -> None:
    assert len(STRUCTURES) > 250
    assert all(attrs.has(getattr(types_pkg, name)) for name in STRUCTURES)


@pytest.mark.parametrize("name", STRUCTURES)
def test_round_trips_and_botocore_agree(name: str) -> None:
    cls = getattr(types_pkg, name)

    @PROPERTY
    @given(valid(name))
    def check(x: Any) -> None:
        as_dict = to_dict(x)
        assert from_dict(cls, as_dict) == x
        assert from_json(cls, to_json(x)) == x
        # The same answer on the wire: the SDK's reader gives x, botocore gives to_dict(x).
        body = orjson.dumps(to_wire(x))
        assert from_wire(json.loads(body), cls) == x
        parsed = botocore_parse(name, body)
        parsed.pop("ResponseMetadata")
        assert as_dict == parsed

    check()


def test_the_dict_is_boto3s() -> None:
    created = dt.datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=UTC)
    image = WorkspaceImage(image_id="wsi-1", created=created, state=None)
    assert to_dict(image) == {"ImageId": "wsi-1", "Created": created}
    # Enum values are plain str, values the enum does not know too.
    workspace = Workspace(
        workspace_id="ws-1",
        state=WorkspaceState("HIBERNATING"),
        workspace_properties=WorkspaceProperties(running_mode=RunningMode.AUTO_STOP),
    )
    as_dict = to_dict(workspace)
    assert as_dict == {
        "WorkspaceId": "ws-1",
        "State": "HIBERNATING",
        "WorkspaceProperties": {"RunningMode": "AUTO_STOP"},
    }
    assert type(as_dict["State"]) is str
    assert type(as_dict["WorkspaceProperties"]["RunningMode"]) is str
    # Given [] is kept (the service sent it); None is left out.
    assert to_dict(DescribeWorkspacesResult(workspaces=[])) == {"Workspaces": []}
    # A naive datetime is UTC, another zone is converted to it.
    local = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert to_dict(WorkspaceImage(created=local))["Created"] == dt.datetime(
        2024, 1, 1, 10, tzinfo=UTC
    )


def test_response_metadata_as_boto3_has_it() -> None:
    metadata = ResponseMetadata(request_id="req-7", http_status=200, retry_attempts=2)
    result = DescribeWorkspacesResult(workspaces=[], response_metadata=metadata)
    as_dict = to_dict(result)
    assert as_dict["ResponseMetadata"] == {
        "RequestId": "req-7",
        "HTTPStatusCode": 200,
        "RetryAttempts": 2,
    }
    # The keys boto3's parser gives, less the headers the SDK does not keep, plus the
    # RetryAttempts botocore's retry handler adds after parsing.
    botocore_keys = set(botocore_parse("DescribeWorkspacesResult", b"{}")["ResponseMetadata"])
    assert set(as_dict["ResponseMetadata"]) == botocore_keys - {"HTTPHeaders"} | {"RetryAttempts"}
    back = from_dict(DescribeWorkspacesResult, as_dict)
    assert back == result and back.response_metadata == metadata
    assert from_json(DescribeWorkspacesResult, to_json(result)).response_metadata == metadata
    # A result built by hand (no call behind it) has none; boto3's extra keys are ignored.
    assert "ResponseMetadata" not in to_dict(DescribeWorkspacesResult())
    boto3_style = {
        "Workspaces": [],
        "ResponseMetadata": {
            "RequestId": "r",
            "HTTPStatusCode": 200,
            "HTTPHeaders": {"x-amzn-requestid": "r"},
            "RetryAttempts": 0,
        },
    }
    assert from_dict(DescribeWorkspacesResult, boto3_style).response_metadata.request_id == "r"


@pytest.mark.parametrize(
    "created",
    [
        dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC),
        dt.datetime(2024, 5, 6, 7, 8, 9),  # naive: UTC
        dt.datetime(2024, 5, 6, 9, 8, 9, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        1714979289,
        1714979289.0,
        "2024-05-06T07:08:09Z",
        "2024-05-06T07:08:09+00:00",
        "2024-05-06T09:08:09+02:00",
        "1714979289",
    ],
)
def test_from_dict_takes_timestamps_as_boto3_or_json_give_them(created: Any) -> None:
    image = from_dict(WorkspaceImage, {"Created": created})
    assert image.created == dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert image.created is not None and image.created.utcoffset() == dt.timedelta(0)


def test_from_dict_takes_enum_strings_tuples_and_ignores_unknown_keys() -> None:
    workspace = from_dict(
        Workspace,
        {
            "State": "AVAILABLE",
            "WorkspaceProperties": {"RunningMode": "ALWAYS_ON_PLUS", "Protocols": ("WSP",)},
            "SomethingNew": {"the model": "lacks"},
        },
    )
    assert workspace.state is WorkspaceState.AVAILABLE
    properties = workspace.workspace_properties
    assert properties is not None and properties.protocols == ["WSP"]
    assert isinstance(properties.running_mode, RunningMode)
    assert properties.running_mode.value == "ALWAYS_ON_PLUS"  # kept, and sent back as it was
    assert to_dict(workspace)["WorkspaceProperties"]["RunningMode"] == "ALWAYS_ON_PLUS"


def test_bad_data_is_a_typed_error_naming_every_path() -> None:
    with pytest.raises(ParamValidationError) as caught:
        from_dict(
            DescribeWorkspacesResult,
            {
                "Workspaces": [
                    {"WorkspaceId": "ws-1"},
                    {"WorkspaceId": 5, "State": 3, "WorkspaceProperties": {"Protocols": "WSP"}},
                    "ws-3",
                ],
                "NextToken": ["x"],
            },
        )
    error = caught.value
    assert isinstance(error, WorkSpacesError)
    assert error.operation == "from_dict(DescribeWorkspacesResult)"
    assert [problem.split(":")[0] for problem in error.problems] == [
        "Workspaces[1].WorkspaceId",
        "Workspaces[1].State",
        "Workspaces[1].WorkspaceProperties.Protocols",
        "Workspaces[2]",
        "NextToken",
    ]
    assert "expected a string for WorkspaceState, got int" in str(error)

    with pytest.raises(ParamValidationError, match=r"UserName: required member is missing"):
        from_dict(WorkspaceRequest, {"DirectoryId": "d-1", "BundleId": "wsb-1"})
    with pytest.raises(ParamValidationError, match=r"UserName: expected a value, got None"):
        from_dict(WorkspaceRequest, {"DirectoryId": "d-1", "BundleId": "wsb-1", "UserName": None})
    with pytest.raises(ParamValidationError, match=r"Created: .*'yesterday'"):
        from_dict(WorkspaceImage, {"Created": "yesterday"})
    with pytest.raises(ParamValidationError, match="Created: expected a timestamp, got bool"):
        from_dict(WorkspaceImage, {"Created": True})
    with pytest.raises(ParamValidationError, match="expected a dict for WorkspaceImage, got list"):
        from_dict(WorkspaceImage, [])  # type: ignore[arg-type]
    with pytest.raises(ParamValidationError, match="not JSON"):
        from_json(WorkspaceImage, "{")
    with pytest.raises(ParamValidationError, match=r"a class of aioworkspaces\.types"):
        from_dict(dict, {})
    with pytest.raises(ParamValidationError, match=r"an object of aioworkspaces\.types, got dict"):
        to_dict({"WorkspaceId": "ws-1"})


def test_json_has_iso_timestamps_and_base64_blobs() -> None:
    from aioworkspaces.types import DefaultImportClientBrandingAttributes

    branding = DefaultImportClientBrandingAttributes(logo=b"\x89PNG")
    assert json.loads(to_json(branding)) == {"Logo": "iVBORw=="}
    assert to_dict(branding) == {"Logo": b"\x89PNG"}
    assert from_json(DefaultImportClientBrandingAttributes, to_json(branding)) == branding

    created = dt.datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=UTC)
    text = to_json(DescribeWorkspaceImagesResult(images=[WorkspaceImage(created=created)]))
    assert json.loads(text) == {"Images": [{"Created": "2024-05-06T07:08:09.500000+00:00"}]}
    # JSON an older tool wrote with epoch seconds reads too.
    assert from_json(WorkspaceImage, '{"Created": 1714979289.5}').created == created


def test_the_functions_are_exported_from_the_package() -> None:
    for name in ("to_dict", "from_dict", "to_json", "from_json"):
        function = getattr(aioworkspaces, name)
        assert name in aioworkspaces.__all__
        assert function.__module__ == "aioworkspaces"
        assert pickle.loads(pickle.dumps(function)) is function


@given(st.sampled_from(list(WorkspaceState)) | st.text(max_size=6).map(WorkspaceState))
def test_enum_values_survive_as_strings(state: WorkspaceState) -> None:
    as_dict = to_dict(Workspace(state=state))
    assert as_dict["State"] == state.value and type(as_dict["State"]) is str
    assert from_dict(Workspace, as_dict).state is state


def test_maps_and_null_items() -> None:
    from aioworkspaces.types import DefaultImportClientBrandingAttributes as Branding
    from aioworkspaces.types import DescribeWorkspacesRequest

    # A null list item or map value stays None both ways, as botocore keeps it.
    data = {"WorkspaceIds": ["ws-1", None]}
    assert to_dict(from_dict(DescribeWorkspacesRequest, data)) == data
    messages = {"LoginMessage": {"en_US": "Welcome", "fr_FR": None}}
    assert to_dict(from_dict(Branding, messages)) == messages
    with pytest.raises(ParamValidationError) as caught:
        from_dict(Branding, {"LoginMessage": {"en_US": 5, 7: "x"}})
    assert [p.split(":")[0] for p in caught.value.problems] == [
        "LoginMessage['en_US']",
        "LoginMessage[7]",
    ]
