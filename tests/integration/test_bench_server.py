"""The benchmark server answers as the service would, with every Workspace member filled.

If the model grows a member the server does not send, the benchmark would silently stop
reading "fully populated" WorkSpaces; this test says so instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs
import pytest

from aioworkspaces import WorkSpacesClient
from aioworkspaces.errors import ServiceError
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.scripts import load_script

server = load_script("benchmarks/server.py")


@pytest.fixture
async def bench_client() -> AsyncIterator[WorkSpacesClient]:
    listening = await server.serve()
    port = listening.sockets[0].getsockname()[1]
    try:
        async with WorkSpacesClient(
            REGION, endpoint_url=f"http://127.0.0.1:{port}", credentials=TEST_CREDENTIALS
        ) as client:
            yield client
    finally:
        listening.close()
        await listening.wait_closed()


def unset_members(value: Any, path: str) -> list[str]:
    """The paths of the members of `value` (and of what it contains) that are None."""
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in unset_members(item, f"{path}[{i}]")]
    if not attrs.has(type(value)):
        return []
    missing = []
    for field in attrs.fields(type(value)):
        member = getattr(value, field.name)
        if field.name == "response_metadata":
            continue
        if member is None:
            missing.append(f"{path}.{field.name}")
        missing += unset_members(member, f"{path}.{field.name}")
    return missing


async def test_a_page_is_25_workspaces_with_every_member_filled(
    bench_client: WorkSpacesClient,
) -> None:
    result = await bench_client.describe_workspaces()
    workspaces = result.workspaces or []
    assert len(workspaces) == server.PAGE_SIZE
    assert result.next_token is None
    assert unset_members(workspaces, "workspaces") == []
    assert result.response_metadata.request_id


async def test_the_chain_is_100_pages_of_distinct_workspaces(
    bench_client: WorkSpacesClient,
) -> None:
    pager = bench_client.paginate.describe_workspaces(bundle_id="wsb-chain")
    pages = [page async for page in pager.pages()]
    ids = {w.workspace_id for page in pages for w in page.workspaces or []}
    assert len(pages) == server.CHAIN_PAGES
    assert len(ids) == server.CHAIN_PAGES * server.PAGE_SIZE


async def test_other_targets_get_the_services_unknown_operation_error(
    bench_client: WorkSpacesClient,
) -> None:
    with pytest.raises(ServiceError) as caught:
        await bench_client.describe_tags(resource_id="ws-1")
    assert caught.value.code == "UnknownOperationException"
    assert caught.value.http_status == 400
