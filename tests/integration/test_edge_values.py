"""Values at the edges of JSON, in requests and in answers.

Requests: an integer beyond 64 bits and a string with a lone surrogate are sent as
botocore sends them (orjson refuses both). Answers: an unknown member holding `1e400`
or a lone-surrogate escape is ignored, as `json.loads` and botocore read them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from botocore.serialize import create_serializer

from aioworkspaces import ClientConfig, WorkSpacesClient
from aioworkspaces.errors import ResourceNotFoundException
from aioworkspaces.types import Tag, WorkspaceRequest
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, raw_reply
from tests.support.model import botocore_service_model


@pytest.fixture
async def edge_client(fault_server: FaultServer) -> AsyncIterator[WorkSpacesClient]:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        config=ClientConfig(max_attempts=1),
    ) as client:
        yield client


def botocore_body(operation: str, params: dict[str, object]) -> bytes:
    serializer = create_serializer("json", include_validation=False)
    request = serializer.serialize_to_request(
        params, botocore_service_model().operation_model(operation)
    )
    body: bytes = request["body"]
    return body


async def test_a_huge_integer_is_sent_as_botocore_sends_it(
    fault_server: FaultServer, edge_client: WorkSpacesClient
) -> None:
    await edge_client.describe_workspaces(limit=2**70, directory_id="d-1234567890")
    sent = fault_server.received[-1].body
    assert sent == botocore_body(
        "DescribeWorkspaces", {"DirectoryId": "d-1234567890", "Limit": 2**70}
    )
    assert json.loads(sent)["Limit"] == 2**70


async def test_a_lone_surrogate_is_sent_as_botocore_sends_it(
    fault_server: FaultServer, edge_client: WorkSpacesClient
) -> None:
    value = "caf\u00e9 \ud800 end"
    await edge_client.create_tags(resource_id="ws-1", tags=[Tag(key="k", value=value)])
    sent = fault_server.received[-1].body
    assert sent == botocore_body(
        "CreateTags", {"ResourceId": "ws-1", "Tags": [{"Key": "k", "Value": value}]}
    )
    assert json.loads(sent)["Tags"][0]["Value"] == value


@pytest.mark.parametrize(
    "unknown",
    [b"1e400", b"-1e400", b'"\\ud800"', b'{"deep": ["\\udfff", 1e999]}'],
    ids=["1e400", "-1e400", "lone-surrogate", "nested"],
)
async def test_unknown_members_json_loads_reads_never_fail_the_call(
    fault_server: FaultServer, edge_client: WorkSpacesClient, unknown: bytes
) -> None:
    body = b'{"Unknown": ' + unknown + b', "TagList": [{"Key": "k", "Value": "v"}]}'
    fault_server.script(raw_reply(body, 200, "application/x-amz-json-1.1"))
    result = await edge_client.describe_tags(resource_id="ws-1")
    assert result.tag_list == [Tag(key="k", value="v")]

    error = (
        b'{"__type": "ResourceNotFoundException", "message": "gone", "Unknown": '
        + unknown
        + b', "ResourceId": "ws-1"}'
    )
    fault_server.script(raw_reply(error, 400, "application/x-amz-json-1.1"))
    with pytest.raises(ResourceNotFoundException) as caught:
        await edge_client.describe_tags(resource_id="ws-1")
    assert caught.value.resource_id == "ws-1" and caught.value.message == "gone"


async def test_a_known_member_with_a_lone_surrogate_is_kept(
    fault_server: FaultServer, edge_client: WorkSpacesClient
) -> None:
    body = b'{"TagList": [{"Key": "k", "Value": "a\\ud800b"}]}'
    fault_server.script(raw_reply(body, 200, "application/x-amz-json-1.1"))
    result = await edge_client.describe_tags(resource_id="ws-1")
    assert result.tag_list == [Tag(key="k", value="a\ud800b")]


async def test_in_bulk_a_chunk_the_service_refuses_is_reported_for_its_items_only(
    fault_server: FaultServer, edge_client: WorkSpacesClient
) -> None:
    from tests.support.fault_server import Received, Reply, error_reply, json_reply

    def respond(received: Received) -> Reply:
        if b"\\ud800" in received.body:
            return error_reply("ValidationException", 400, "bad user name")
        return json_reply(
            {"PendingRequests": [{**w, "State": "PENDING"} for w in received.json()["Workspaces"]]}
        )

    fault_server.responder = respond
    requests = [
        WorkspaceRequest(directory_id="d-1234567890", user_name=f"user{i}", bundle_id="wsb-1")
        for i in range(60)
    ]
    requests[30] = WorkspaceRequest(
        directory_id="d-1234567890", user_name="bad\ud800", bundle_id="wsb-1"
    )
    result = await edge_client.bulk.create_workspaces(requests, concurrency=1)
    assert [f.workspace_request for f in result.failed] == requests[25:50]
    assert {f.error_code for f in result.failed} == {"ValidationException"}
    assert [w.user_name for w in result.pending] == [
        r.user_name for r in requests[:25] + requests[50:]
    ]
