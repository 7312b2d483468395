"""`aioworkspaces.testing.Stubber`: typed answers for users' own tests, with no network."""

from __future__ import annotations

import pytest
from botocore import xform_name

from aioworkspaces import Credentials, HttpRequest, HttpResponse, WorkSpacesClient, _tables
from aioworkspaces.errors import (
    ParamValidationError,
    ResourceNotFoundException,
    ServiceError,
    ThrottlingException,
)
from aioworkspaces.testing import MockTransport, Stubber, StubberError, _call_classes
from aioworkspaces.types import (
    DescribeTagsRequest,
    DescribeTagsResult,
    DescribeWorkspacesRequest,
    DescribeWorkspacesResult,
    ModifyWorkspaceStateResult,
    StartWorkspacesResult,
    Tag,
    TargetWorkspaceState,
    Workspace,
    WorkspaceState,
)
from tests.support.model import operations


@pytest.fixture
def client() -> WorkSpacesClient:
    # Never opened: no endpoint, no credentials lookup, no connection.
    return WorkSpacesClient("us-east-1", credentials=Credentials("AKID", "secret"))


async def test_queued_answers_are_returned_in_order_with_metadata(
    client: WorkSpacesClient,
) -> None:
    with Stubber(client) as stubber:
        stubber.add_response(client.describe_tags, DescribeTagsResult(tag_list=[Tag(key="a")]))
        stubber.add_response(client.describe_tags, DescribeTagsResult(tag_list=[]))
        first = await client.describe_tags(resource_id="ws-1")
        second = await client.describe_tags(resource_id="ws-2")
    assert first.tag_list == [Tag(key="a")] and second.tag_list == []
    assert first.response_metadata.request_id == "stubbed-1"
    assert second.response_metadata.http_status == 200


async def test_expected_request_as_keywords_or_object(client: WorkSpacesClient) -> None:
    async with Stubber(client) as stubber:
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(),
            expected_request={"directory_id": "d-1234567890"},
        )
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(),
            expected_request=DescribeWorkspacesRequest(workspace_ids=["ws-1"]),
        )
        await client.describe_workspaces(directory_id="d-1234567890")
        await client.describe_workspaces(workspace_ids=["ws-1"])


async def test_a_request_other_than_the_expected_one_shows_what_differs(
    client: WorkSpacesClient,
) -> None:
    stubber = Stubber(client)
    stubber.add_response(
        client.describe_workspaces,
        DescribeWorkspacesResult(),
        expected_request={"directory_id": "d-1234567890", "limit": 5},
    )
    with stubber, pytest.raises(StubberError) as caught:
        await client.describe_workspaces(directory_id="d-0000000000", limit=5)
    said = str(caught.value)
    assert "directory_id: sent 'd-0000000000', expected 'd-1234567890'" in said
    assert "limit:" not in said  # the member that matches is not listed
    assert "sent:     DescribeWorkspacesRequest(workspace_ids=None, directory_id='d-0" in said
    assert "expected: DescribeWorkspacesRequest(workspace_ids=None, directory_id='d-1" in said
    assert isinstance(caught.value, AssertionError)  # pytest reports it as a failure


async def test_requests_are_compared_as_they_go_on_the_wire(client: WorkSpacesClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(),
            expected_request={"workspace_ids": ["ws-1", "ws-2"]},
        )
        stubber.add_response(
            client.modify_workspace_state,
            ModifyWorkspaceStateResult(),
            expected_request={"workspace_id": "ws-1", "workspace_state": "ADMIN_MAINTENANCE"},
        )
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(),
            expected_request={"workspace_ids": []},
        )
        await client.describe_workspaces(workspace_ids=("ws-1", "ws-2"))  # any sequence
        await client.modify_workspace_state(
            workspace_id="ws-1", workspace_state=TargetWorkspaceState.ADMIN_MAINTENANCE
        )
        # An empty list is sent, an unset member is not: they differ.
        with pytest.raises(StubberError, match=r"workspace_ids: sent None, expected \[\]"):
            await client.describe_workspaces()


@pytest.mark.parametrize(
    ("expected_request", "said"),
    [
        # A misspelt member is named, with the members the request has.
        (
            {"directory": "d-1234567890"},
            "has no member directory; DescribeWorkspacesRequest has: bundle_id, directory_id,",
        ),
        # Another operation's request.
        (
            DescribeTagsRequest(resource_id="ws-1"),
            "must be a DescribeWorkspacesRequest or a mapping of its keyword arguments, "
            "not DescribeTagsRequest",
        ),
        ("d-1234567890", "not str"),
    ],
)
def test_a_wrong_expectation_is_refused_when_it_is_queued(
    client: WorkSpacesClient, expected_request: object, said: str
) -> None:
    stubber = Stubber(client)
    with pytest.raises(StubberError) as caught:
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(),
            expected_request=expected_request,
        )
    assert said in str(caught.value)
    assert stubber.pending() == {}


def test_an_expected_request_missing_a_required_member_is_refused(
    client: WorkSpacesClient,
) -> None:
    with pytest.raises(StubberError, match=r"expected_request for describe_tags: .*resource_id"):
        Stubber(client).add_error(
            client.describe_tags, "ResourceNotFoundException", expected_request={}
        )


def test_only_operations_of_the_stubbed_client_can_be_stubbed(client: WorkSpacesClient) -> None:
    other = WorkSpacesClient("us-east-1", credentials=Credentials("AKID", "secret"))
    stubber = Stubber(client)
    for method in (
        other.describe_tags,
        client.wait.workspaces_available,
        client.bulk.start_workspaces,
    ):
        with pytest.raises(StubberError, match="pass an operation method of the stubbed client"):
            stubber.add_error(method, "ThrottlingException")
    with pytest.raises(StubberError, match="pass an operation method"):
        stubber.add_error(client.open, "ThrottlingException")
    assert stubber.pending() == {}


async def test_an_unexpected_call_is_an_error_naming_it(client: WorkSpacesClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_response(client.describe_tags, DescribeTagsResult())
        with pytest.raises(
            StubberError,
            match=r"unexpected call describe_workspaces\(directory_id=.*user_name='ann'\); "
            r"answers still queued: describe_tags x1",
        ):
            await client.describe_workspaces(directory_id="d-1234567890", user_name="ann")
        await client.describe_tags(resource_id="ws-1")


def test_an_unused_answer_fails_on_exit(client: WorkSpacesClient) -> None:
    with pytest.raises(StubberError, match="not used: describe_tags x2"), Stubber(client) as stub:
        stub.add_response(client.describe_tags, DescribeTagsResult())
        stub.add_response(client.describe_tags, DescribeTagsResult())


async def test_errors_by_code_or_instance_are_the_typed_exceptions(
    client: WorkSpacesClient,
) -> None:
    with Stubber(client) as stubber:
        stubber.add_error(client.describe_tags, "ResourceNotFoundException", "no such WorkSpace")
        stubber.add_error(client.describe_tags, ThrottlingException("slow down"))
        stubber.add_error(client.describe_tags, "SomethingNew", http_status=500)
        with pytest.raises(ResourceNotFoundException, match="no such WorkSpace") as not_found:
            await client.describe_tags(resource_id="ws-1")
        assert not_found.value.operation == "DescribeTags"
        with pytest.raises(ThrottlingException):
            await client.describe_tags(resource_id="ws-1")
        with pytest.raises(ServiceError) as unknown:
            await client.describe_tags(resource_id="ws-1")
        assert (unknown.value.code, unknown.value.http_status) == ("SomethingNew", 500)


async def test_a_stubbed_error_carries_modeled_members_like_a_real_one(
    client: WorkSpacesClient,
) -> None:
    body = {"__type": "ResourceNotFoundException", "message": "gone", "ResourceId": "ws-1"}
    real_client = WorkSpacesClient(
        "us-east-1",
        transport=MockTransport(
            lambda request: HttpResponse(400, {"x-amzn-RequestId": "stubbed"}, json=body)
        ),
    )
    async with real_client:
        with pytest.raises(ResourceNotFoundException) as real:
            await real_client.describe_tags(resource_id="ws-1")
    with Stubber(client) as stubber:
        stubber.add_error(
            client.describe_tags,
            "ResourceNotFoundException",
            "gone",
            modeled_fields={"ResourceId": "ws-1"},
        )
        stubber.add_error(
            client.describe_tags,
            "ResourceNotFoundException",
            "gone",
            modeled_fields={"resource_id": "ws-1"},
        )
        for _ in range(2):
            with pytest.raises(ResourceNotFoundException) as stubbed:
                await client.describe_tags(resource_id="ws-1")
            assert stubbed.value.resource_id == "ws-1"
            assert str(stubbed.value) == str(real.value)
            for key in ("Error", "message", "ResourceId"):
                assert stubbed.value.response[key] == real.value.response[key]
            assert stubbed.value.response.keys() == real.value.response.keys()


def test_a_member_the_exception_does_not_model_is_a_stubber_error(
    client: WorkSpacesClient,
) -> None:
    stubber = Stubber(client)
    with pytest.raises(
        StubberError, match=r"ResourceNotFoundException has no member 'Resource'; .*ResourceId"
    ):
        stubber.add_error(
            client.describe_tags, "ResourceNotFoundException", modeled_fields={"Resource": "x"}
        )
    with pytest.raises(StubberError, match=r"pass the message as `message`"):
        stubber.add_error(
            client.describe_tags, "ResourceNotFoundException", modeled_fields={"message": "x"}
        )
    with pytest.raises(StubberError, match=r"SomethingNew has no member 'ResourceId'"):
        stubber.add_error(client.describe_tags, "SomethingNew", modeled_fields={"ResourceId": "x"})
    with pytest.raises(StubberError, match=r"ResourceId must be a str, not int"):
        stubber.add_error(
            client.describe_tags,
            "ResourceNotFoundException",
            modeled_fields={"ResourceId": 1},  # type: ignore[dict-item]
        )
    with pytest.raises(StubberError, match="modeled_fields goes with an error code"):
        stubber.add_error(
            client.describe_tags, ThrottlingException("slow"), modeled_fields={"ResourceId": "x"}
        )
    assert stubber.pending() == {}


async def test_requests_are_still_validated(client: WorkSpacesClient) -> None:
    stubber = Stubber(client)
    stubber.activate()
    stubber.add_response(client.start_workspaces, StartWorkspacesResult())
    with pytest.raises(ParamValidationError, match="start_workspace_requests: 0 items"):
        await client.start_workspaces(start_workspace_requests=[])
    stubber.deactivate()
    assert stubber.pending() == {"start_workspaces": 1}  # the invalid call used no answer


async def test_pagers_waiters_and_bulk_use_the_stubbed_operations(
    client: WorkSpacesClient,
) -> None:
    with Stubber(client) as stubber:
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(workspaces=[Workspace(workspace_id="ws-1")], next_token="t"),
        )
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(workspaces=[Workspace(workspace_id="ws-2")]),
            expected_request={"next_token": "t"},
        )
        stubber.add_response(
            client.describe_workspaces,
            DescribeWorkspacesResult(
                workspaces=[Workspace(workspace_id="ws-1", state=WorkspaceState.AVAILABLE)]
            ),
        )
        stubber.add_response(client.start_workspaces, StartWorkspacesResult(failed_requests=[]))
        found = await client.paginate.describe_workspaces().collect()
        assert [w.workspace_id for w in found] == ["ws-1", "ws-2"]
        ready = await client.wait.workspaces_available(["ws-1"], min_delay=0.001)
        assert ready[0].state == WorkspaceState.AVAILABLE
        started = await client.bulk.start_workspaces(["ws-1"])
        assert started.succeeded == ["ws-1"]


async def test_the_client_gets_its_transport_back() -> None:
    sent: list[str] = []

    def network(request: HttpRequest) -> HttpResponse:
        sent.append(request.operation)
        return HttpResponse(200, json={"TagList": [{"Key": "from", "Value": "network"}]})

    client = WorkSpacesClient("us-east-1", transport=MockTransport(network))
    with Stubber(client) as stubber:
        stubber.add_response(client.describe_tags, DescribeTagsResult(tag_list=[]))
        with pytest.raises(StubberError, match="already stubbed"), Stubber(client):
            pass
        # The refused second stubber took nothing away: the first one still answers.
        assert (await client.describe_tags(resource_id="ws-1")).tag_list == []
    assert sent == []
    result = await client.describe_tags(resource_id="ws-1")
    assert result.tag_list == [Tag(key="from", value="network")] and sent == ["DescribeTags"]


@pytest.mark.parametrize("operation", sorted(operations()))
def test_every_operation_maps_to_its_method_name(operation: str) -> None:
    assert _tables.OPERATIONS[operation].method == xform_name(operation)
    assert _tables.METHODS[xform_name(operation)] == operation


def test_a_result_of_the_wrong_class_is_refused_statically_and_at_once(
    client: WorkSpacesClient,
) -> None:
    stubber = Stubber(client)
    with pytest.raises(StubberError, match="describe_tags returns DescribeTagsResult; the answer"):
        # mypy --strict reports this line (and the ignore would be "unused" if it did not).
        stubber.add_response(client.describe_tags, DescribeWorkspacesResult())  # type: ignore[arg-type]
    assert stubber.pending() == {}


@pytest.mark.parametrize("operation", sorted(operations()))
def test_each_operation_finds_its_request_and_result_classes(operation: str) -> None:
    request, result = _call_classes(xform_name(operation))
    model = operations()[operation]
    assert request.__name__ == model["input"]["shape"]
    assert result.__name__ == model["output"]["shape"]
