"""Static types users get: checked by `mypy --strict` (part of `make test`) and run here.

`assert_type` fails the type check when an inferred type drifts, e.g. if iterating
`client.paginate.describe_workspaces(...)` stopped yielding `Workspace`.
"""

from __future__ import annotations

from aioworkspaces import WorkSpacesClient
from aioworkspaces._bulk import BulkChangeResult, BulkCreateResult
from aioworkspaces._pager import Pager
from aioworkspaces.simulator import LifecycleSimulator
from aioworkspaces.types import (
    DescribeWorkspaceImagesResult,
    DescribeWorkspacesResult,
    Workspace,
    WorkspaceImage,
    WorkspaceRequest,
    WorkspaceState,
)
from tests.support.compat import assert_type


async def test_paginated_iteration_is_typed(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    sim.add_workspace("ws-typed0001", ["AVAILABLE"])
    sim.add("image", "wsi-typed0001", ["AVAILABLE"])
    pager = sim_client.paginate.describe_workspaces(max_items=5)
    assert_type(pager, Pager[Workspace, DescribeWorkspacesResult])
    async for workspace in pager:
        assert_type(workspace, Workspace)
        assert_type(workspace.state, WorkspaceState | None)
        assert isinstance(workspace, Workspace)
    async for page in sim_client.paginate.describe_workspace_images().pages():
        assert_type(page, DescribeWorkspaceImagesResult)
        assert_type(page.images, list[WorkspaceImage] | None)
    everything = await sim_client.paginate.describe_workspaces().collect()
    assert_type(everything, list[Workspace])
    assert [w.workspace_id for w in everything] == ["ws-typed0001"]


async def test_waiters_and_bulk_are_typed(
    sim: LifecycleSimulator, sim_client: WorkSpacesClient
) -> None:
    created = await sim_client.bulk.create_workspaces(
        [WorkspaceRequest(directory_id="d-1234567890", user_name="u", bundle_id="wsb-1")]
    )
    assert_type(created, BulkCreateResult)
    ids = [w.workspace_id for w in created.pending if w.workspace_id]
    states: list[dict[str, WorkspaceState | None]] = []
    ready = await sim_client.wait.workspaces_available(
        ids, min_delay=0.001, max_delay=0.001, on_progress=states.append
    )
    assert_type(ready, list[Workspace])
    stopped = await sim_client.bulk.stop_workspaces(ids)
    assert_type(stopped, BulkChangeResult)
    assert stopped.succeeded == ids
