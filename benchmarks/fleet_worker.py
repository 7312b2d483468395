"""One fleet-benchmark run in a fresh process; prints its outcome as one JSON line.

    python benchmarks/fleet_worker.py SUBJECT SCENARIO ENDPOINT IDS_FILE

SUBJECT is `aioworkspaces` (the default configuration), `aiobotocore` or
`aiobotocore-adaptive` (run with the interpreter of the virtualenv that has it),
each written as its users write fleet code. SCENARIO is `inventory` (every
directory, every WorkSpace in it, the tags of each and the connection status of
each) or `start` (start the STOPPED WorkSpaces listed in IDS_FILE and wait until all
are AVAILABLE). Printed: `seconds` (wall time), `failures` (errors and failed items
the caller got back) and `done` (items complete: WorkSpaces listed, tag sets and
connection statuses read; or WorkSpaces seen AVAILABLE).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

REGION = "us-east-1"
KEY, SECRET = "AKIDBENCHMARK00000000", "benchmark/secret/key/0000000000000000000"
#: Ids per call, as the API caps DescribeWorkspaces, StartWorkspaces, connection status.
CHUNK = 25
#: The hand-written polling loop: a fixed delay between rounds (the SDK's first delay).
POLL_SECONDS = 5.0
#: Nobody waits forever: a wait longer than this is given up.
GIVE_UP_SECONDS = 600.0

Outcome = tuple[int, int]  # (failures, done)


def chunks(items: Sequence[str], size: int = CHUNK) -> list[list[str]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


# --- aioworkspaces ----------------------------------------------------------------------


async def aioworkspaces_inventory(endpoint: str, ids: list[str]) -> Outcome:
    from aioworkspaces import Credentials, WorkSpacesClient

    async with WorkSpacesClient(
        REGION, endpoint_url=endpoint, credentials=Credentials(KEY, SECRET)
    ) as client:
        directories = await client.paginate.describe_workspace_directories().collect()
        listed = await asyncio.gather(
            *(
                client.paginate.describe_workspaces(directory_id=d.directory_id).collect()
                for d in directories
            ),
            return_exceptions=True,
        )
        workspace_ids = [
            w.workspace_id
            for page in listed
            if not isinstance(page, BaseException)
            for w in page
            if w.workspace_id
        ]
        tags, statuses = await asyncio.gather(
            asyncio.gather(
                *(client.describe_tags(resource_id=i) for i in workspace_ids),
                return_exceptions=True,
            ),
            asyncio.gather(
                *(
                    client.describe_workspaces_connection_status(workspace_ids=chunk)
                    for chunk in chunks(workspace_ids)
                ),
                return_exceptions=True,
            ),
        )
    failures = sum(isinstance(o, BaseException) for o in (*listed, *tags, *statuses))
    done = (
        len(workspace_ids)
        + sum(not isinstance(t, BaseException) for t in tags)
        + sum(
            len(s.workspaces_connection_status or ())
            for s in statuses
            if not isinstance(s, BaseException)
        )
    )
    return failures, done


async def aioworkspaces_start(endpoint: str, ids: list[str]) -> Outcome:
    from aioworkspaces import Credentials, WorkSpacesClient
    from aioworkspaces.errors import WaiterError
    from aioworkspaces.types import WorkspaceState

    async with WorkSpacesClient(
        REGION, endpoint_url=endpoint, credentials=Credentials(KEY, SECRET)
    ) as client:
        try:
            result = await client.bulk.start_workspaces(ids, wait=True, timeout=GIVE_UP_SECONDS)
        except WaiterError as error:
            available = sum(s == WorkspaceState.AVAILABLE for s in error.states.values())
            return 1, available
    available = sum(w.state == WorkspaceState.AVAILABLE for w in result.workspaces or ())
    return len(result.failed), available


# --- aiobotocore, as its users write fleet code -----------------------------------------


def aiobotocore_client(endpoint: str, mode: str) -> Any:
    from aiobotocore.config import AioConfig  # type: ignore[import-not-found]
    from aiobotocore.session import get_session  # type: ignore[import-not-found]

    return get_session().create_client(
        "workspaces",
        region_name=REGION,
        endpoint_url=endpoint,
        aws_access_key_id=KEY,
        aws_secret_access_key=SECRET,
        config=AioConfig(retries={"mode": mode}),
    )


async def aiobotocore_inventory(endpoint: str, ids: list[str], mode: str) -> Outcome:
    async with aiobotocore_client(endpoint, mode) as client:
        directories = [
            d["DirectoryId"]
            async for page in client.get_paginator("describe_workspace_directories").paginate()
            for d in page.get("Directories", [])
        ]

        async def workspaces_of(directory_id: str) -> list[str]:
            paginator = client.get_paginator("describe_workspaces")
            return [
                w["WorkspaceId"]
                async for page in paginator.paginate(DirectoryId=directory_id)
                for w in page.get("Workspaces", [])
            ]

        listed = await asyncio.gather(
            *(workspaces_of(d) for d in directories), return_exceptions=True
        )
        workspace_ids = [i for page in listed if not isinstance(page, BaseException) for i in page]
        tags, statuses = await asyncio.gather(
            asyncio.gather(
                *(client.describe_tags(ResourceId=i) for i in workspace_ids),
                return_exceptions=True,
            ),
            asyncio.gather(
                *(
                    client.describe_workspaces_connection_status(WorkspaceIds=chunk)
                    for chunk in chunks(workspace_ids)
                ),
                return_exceptions=True,
            ),
        )
    failures = sum(isinstance(o, BaseException) for o in (*listed, *tags, *statuses))
    done = (
        len(workspace_ids)
        + sum(not isinstance(t, BaseException) for t in tags)
        + sum(
            len(s.get("WorkspacesConnectionStatus", []))
            for s in statuses
            if not isinstance(s, BaseException)
        )
    )
    return failures, done


async def aiobotocore_start(endpoint: str, ids: list[str], mode: str) -> Outcome:
    async with aiobotocore_client(endpoint, mode) as client:
        answers = await asyncio.gather(
            *(
                client.start_workspaces(StartWorkspaceRequests=[{"WorkspaceId": i} for i in chunk])
                for chunk in chunks(ids)
            ),
            return_exceptions=True,
        )
        failures = 0
        pending: set[str] = set()
        for chunk, answer in zip(chunks(ids), answers, strict=True):
            if isinstance(answer, BaseException):
                failures += len(chunk)
                continue
            refused = {f["WorkspaceId"] for f in answer.get("FailedRequests", [])}
            failures += len(refused)
            pending.update(i for i in chunk if i not in refused)
        # botocore has no WorkSpaces waiters: poll by hand until all are AVAILABLE.
        available = 0
        give_up = time.monotonic() + GIVE_UP_SECONDS
        while pending and time.monotonic() < give_up:
            await asyncio.sleep(POLL_SECONDS)
            polls = await asyncio.gather(
                *(
                    client.describe_workspaces(WorkspaceIds=chunk)
                    for chunk in chunks(sorted(pending))
                ),
                return_exceptions=True,
            )
            for poll in polls:
                if isinstance(poll, BaseException):
                    failures += 1
                    continue
                for workspace in poll.get("Workspaces", []):
                    if workspace.get("State") == "AVAILABLE":
                        pending.discard(workspace["WorkspaceId"])
                        available += 1
    return failures, available


# --- running ----------------------------------------------------------------------------


def subject(name: str, scenario: str) -> Callable[[str, list[str]], Coroutine[Any, Any, Outcome]]:
    if name == "aioworkspaces":
        return aioworkspaces_inventory if scenario == "inventory" else aioworkspaces_start
    mode = "adaptive" if name == "aiobotocore-adaptive" else "standard"
    run = aiobotocore_inventory if scenario == "inventory" else aiobotocore_start

    async def with_mode(endpoint: str, ids: list[str]) -> Outcome:
        return await run(endpoint, ids, mode)

    return with_mode


def main() -> None:
    name, scenario, endpoint, ids_file = sys.argv[1:5]
    with open(ids_file) as file:
        ids: list[str] = json.load(file)
    run = subject(name, scenario)
    started = time.perf_counter()
    failures, done = asyncio.run(run(endpoint, ids))
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "failures": failures, "done": done}))


if __name__ == "__main__":
    main()
