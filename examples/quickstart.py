"""Quickstart: register a directory, create WorkSpaces, wait, list, tag and terminate them.

Run with `make demo`. With no endpoint configured (no `AWS_ENDPOINT_URL_WORKSPACES`,
no `AWS_ENDPOINT_URL`) it starts the SDK's local WorkSpaces service
(`aioworkspaces.simulator`) in-process, running 1200 times faster than AWS, so a
WorkSpace is PENDING for a second instead of twenty minutes. With an endpoint
configured (the local service started with `python -m aioworkspaces.simulator`, say)
it uses that, your credentials and your region; `WORKSPACES_DIRECTORY_ID` and
`WORKSPACES_BUNDLE_ID` then name a registered directory and a bundle. Setting those two
alone runs it against your AWS account: that creates real WorkSpaces.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

from aioworkspaces import Credentials, WorkSpacesClient
from aioworkspaces.simulator import LocalWorkSpaces
from aioworkspaces.types import Tag, TerminateRequest, WorkspaceRequest, WorkspaceState

REGION = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"


async def tour(
    client: WorkSpacesClient,
    directory_id: str,
    bundle_id: str | None,
    *,
    register: bool,
    poll: float = 15.0,
) -> None:
    timing: dict[str, Any] = {"min_delay": poll, "max_delay": poll * 4}
    if register:
        await client.register_workspace_directory(directory_id=directory_id)
        await client.wait.directories_registered([directory_id], **timing)
        print(f"registered directory {directory_id}")
    if bundle_id is None:  # one of the bundles AWS provides
        bundles = await client.describe_workspace_bundles(owner="AMAZON")
        bundle_id = next(b.bundle_id for b in bundles.bundles or [] if b.bundle_id)
        print(f"using bundle {bundle_id}")

    created = await client.create_workspaces(
        workspaces=[
            WorkspaceRequest(directory_id=directory_id, user_name=name, bundle_id=bundle_id)
            for name in ("alice", "bob", "carol")
        ]
    )
    ids = [ws.workspace_id for ws in created.pending_requests or [] if ws.workspace_id]
    print(f"created {len(ids)} workspaces: {', '.join(ids)}")
    for failed in created.failed_requests or []:
        print(f"  failed: {failed.error_code}: {failed.error_message}")

    await client.wait.workspaces_available(ids, **timing)
    listing = await client.describe_workspaces(directory_id=directory_id)
    for ws in listing.workspaces or []:
        print(f"  {ws.workspace_id}  user={ws.user_name}  state={ws.state}")

    await client.create_tags(resource_id=ids[0], tags=[Tag(key="team", value="platform")])
    tags = await client.describe_tags(resource_id=ids[0])
    print(f"tagged {ids[0]}: {', '.join(f'{t.key}={t.value}' for t in tags.tag_list or [])}")

    result = await client.terminate_workspaces(
        terminate_workspace_requests=[TerminateRequest(workspace_id=i) for i in ids]
    )
    await client.wait.workspaces_terminated(ids, **timing)
    print(f"terminated {len(ids) - len(result.failed_requests or [])} workspaces")
    # Terminated WorkSpaces stay listed for a while, as on AWS: count the others.
    remaining = await client.describe_workspaces(directory_id=directory_id)
    left = [w for w in remaining.workspaces or [] if w.state != WorkspaceState.TERMINATED]
    print(f"workspaces left in {directory_id}: {len(left)}")


async def main() -> int:
    configured = os.environ.get("AWS_ENDPOINT_URL_WORKSPACES") or os.environ.get("AWS_ENDPOINT_URL")
    directory_id = os.environ.get("WORKSPACES_DIRECTORY_ID")
    bundle_id = os.environ.get("WORKSPACES_BUNDLE_ID")
    if configured or (directory_id and bundle_id):
        # A configured endpoint, or your account (credentials and region as the AWS CLI finds them).
        if not directory_id:
            print("set WORKSPACES_DIRECTORY_ID (and WORKSPACES_BUNDLE_ID) to run against it")
            return 2
        async with WorkSpacesClient() as client:
            await tour(client, directory_id, bundle_id, register=False)
        return 0

    async with LocalWorkSpaces(speed=1200) as local:
        print(f"no endpoint configured: the local WorkSpaces service at {local.endpoint}")
        async with WorkSpacesClient(
            REGION, endpoint_url=local.endpoint, credentials=Credentials("testing", "testing")
        ) as client:
            await tour(client, "d-1234567890", None, register=True, poll=0.1)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
