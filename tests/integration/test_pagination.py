"""Pagination: page boundaries, max_items and resume tokens, repeated tokens, moto."""

from __future__ import annotations

import asyncio
import json

import pytest

from aioworkspaces import Credentials, WorkSpacesClient
from aioworkspaces.errors import PaginationError, ParamValidationError
from aioworkspaces.simulator import LifecycleSimulator
from aioworkspaces.types import DescribeWorkspacesResult, WorkspaceRequest
from tests.support import ENDPOINT, REGION
from tests.support.mock_service import ScriptedService


def add_workspaces(sim: LifecycleSimulator, count: int) -> list[str]:
    ids = [f"ws-{i:09d}" for i in range(count)]
    for workspace_id in ids:
        sim.add_workspace(workspace_id, ["AVAILABLE"], DirectoryId="d-1234567890")
    return ids


def page_tokens(sim: LifecycleSimulator) -> list[str | None]:
    return [body.get("NextToken") for name, body in sim.calls if name == "DescribeWorkspaces"]


async def test_items_across_page_boundaries(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 60)
    pager = sim_client.paginate.describe_workspaces(directory_id="d-1234567890", page_size=7)
    assert [w.workspace_id async for w in pager] == ids
    assert page_tokens(sim) == [None, *(f"page-{7 * i}" for i in range(1, 9))]
    assert {body["Limit"] for _, body in sim.calls} == {7}
    assert pager.resume_token is None


async def test_pages_yields_whole_results(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    add_workspaces(sim, 30)
    pages = [page async for page in sim_client.paginate.describe_workspaces(page_size=25).pages()]
    assert all(isinstance(p, DescribeWorkspacesResult) for p in pages)
    assert [len(p.workspaces or []) for p in pages] == [25, 5]
    assert pages[0].next_token == "page-25" and pages[1].next_token is None


@pytest.mark.parametrize(("max_items", "resume_is_plain"), [(10, False), (14, True)])
async def test_max_items_and_resume_yield_exactly_the_rest(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient, max_items: int, resume_is_plain: bool
) -> None:
    ids = add_workspaces(sim, 50)
    first = sim_client.paginate.describe_workspaces(page_size=7, max_items=max_items)
    head = [w.workspace_id async for w in first]
    assert head == ids[:max_items]
    token = first.resume_token
    assert token is not None
    # On a page boundary the resume token is the service's own NextToken.
    assert (token == f"page-{max_items}") is resume_is_plain

    rest = sim_client.paginate.describe_workspaces(page_size=7, starting_token=token)
    assert [w.workspace_id async for w in rest] == ids[max_items:]
    assert rest.resume_token is None


@pytest.mark.parametrize("max_items", [3, 7, 10, 14, 50])
async def test_pages_resume_exactly_where_max_items_stopped(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient, max_items: int
) -> None:
    # As botocore's pages: the last page trimmed to max_items, a pager resumed mid-page
    # starting with the rest of that page; never an item twice, never one missed.
    ids = add_workspaces(sim, 30)
    delivered: list[list[str]] = []
    token: str | None = None
    while True:
        pager = sim_client.paginate.describe_workspaces(
            page_size=7, max_items=max_items, starting_token=token
        )
        pages = [page async for page in pager.pages()]
        assert all(isinstance(p, DescribeWorkspacesResult) for p in pages)
        batch = [[w.workspace_id or "" for w in p.workspaces or []] for p in pages]
        assert sum(map(len, batch)) == min(max_items, len(ids) - sum(map(len, delivered)))
        delivered.extend(batch)
        token = pager.resume_token
        if token is None:
            break
    assert [i for page in delivered for i in page] == ids
    assert all(len(page) <= 7 for page in delivered)
    if max_items == 10:  # 7 + 3 | the 4 left of that page + 6 | the 1 left + 7 + 2
        assert [len(page) for page in delivered] == [7, 3, 4, 6, 1, 7, 2]


async def test_trimmed_pages_keep_the_services_token_and_metadata(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 20)
    first = sim_client.paginate.describe_workspaces(page_size=10, max_items=4)
    (page,) = [p async for p in first.pages()]
    assert [w.workspace_id for w in page.workspaces or []] == ids[:4]
    assert page.next_token == "page-10"  # the service's, as botocore leaves it
    assert page.response_metadata.request_id  # trimming keeps what the call returned
    rest = sim_client.paginate.describe_workspaces(page_size=10, starting_token=first.resume_token)
    pages = [p async for p in rest.pages()]
    assert [[w.workspace_id for w in p.workspaces or []] for p in pages] == [ids[4:10], ids[10:]]
    assert rest.resume_token is None
    # Items and pages of the same resumed pager agree.
    again = sim_client.paginate.describe_workspaces(page_size=10, starting_token=first.resume_token)
    assert [w.workspace_id async for w in again] == ids[4:]


async def test_collect_and_breaking_out_leaves_nothing_in_flight(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    ids = add_workspaces(sim, 40)
    assert [
        w.workspace_id for w in await sim_client.paginate.describe_workspaces().collect()
    ] == ids
    before = len(sim.calls)
    async for _ in sim_client.paginate.describe_workspaces(page_size=5):
        break
    await asyncio.sleep(0.05)
    assert len(sim.calls) == before + 1  # only the first page was ever asked for


async def test_a_repeated_next_token_is_an_error_not_a_loop(service: ScriptedService) -> None:
    page = {"Workspaces": [{"WorkspaceId": "ws-000000001"}], "NextToken": "same"}
    service.post(ENDPOINT, body=json.dumps(page), repeat=True)
    async with WorkSpacesClient(
        REGION, credentials=Credentials("AKID", "secret"), transport=service.transport
    ) as client:
        seen = []
        with pytest.raises(PaginationError, match="'same' twice"):
            async for workspace in client.paginate.describe_workspaces():
                seen.append(workspace)
        assert len(seen) == 2
        with pytest.raises(PaginationError):
            async for _ in client.paginate.describe_workspaces().pages():
                pass


async def test_bad_pager_arguments_are_refused_before_sending(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    with pytest.raises(ParamValidationError, match="page_size"):
        sim_client.paginate.describe_workspace_bundles(page_size=5)  # no limit member
    with pytest.raises(ParamValidationError, match="max_items"):
        sim_client.paginate.describe_workspaces(max_items=0)
    with pytest.raises(ParamValidationError, match="not a resume token"):
        sim_client.paginate.describe_workspaces(starting_token="x___aioworkspaces_skip=oops")
    assert sim.calls == []


async def test_moto_thirty_workspaces_seven_at_a_time(
    moto_endpoint: str, moto_client: WorkSpacesClient
) -> None:
    from tests.support.moto import create_moto_directory

    directory_id = await asyncio.to_thread(create_moto_directory, moto_endpoint)
    await moto_client.register_workspace_directory(directory_id=directory_id)
    result = await moto_client.bulk.create_workspaces(
        [
            WorkspaceRequest(directory_id=directory_id, user_name=f"u{i}", bundle_id="wsb-1")
            for i in range(30)
        ]
    )
    created = [w.workspace_id for w in result.pending]
    assert len(created) == 30 and result.failed == []

    # moto answers every DescribeWorkspaces in one page, ignoring Limit: resuming with
    # max_items=7 still walks it 7 at a time, through this SDK's mid-page resume tokens.
    seen: list[str | None] = []
    token: str | None = None
    while True:
        pager = moto_client.paginate.describe_workspaces(
            directory_id=directory_id, page_size=7, max_items=7, starting_token=token
        )
        batch = [w.workspace_id async for w in pager]
        assert 0 < len(batch) <= 7
        seen.extend(batch)
        token = pager.resume_token
        if token is None:
            break
    assert len(seen) == 30 and sorted(seen) == sorted(created)  # type: ignore[type-var]
