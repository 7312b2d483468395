"""Fleet: create 60 WorkSpaces, wait for them with a progress bar, stop, wait, terminate.

Run with `make demo`. With no endpoint configured it starts the SDK's local WorkSpaces
service (`aioworkspaces.simulator`) in-process, 2400 times faster than AWS, where
WorkSpaces go through PENDING, STOPPING and TERMINATING over time as on the real
service (moto makes them AVAILABLE at once and cannot stop them). `--throttle` turns
on the service's assumed rate limits (ThrottlingException past 2 describes a second).
With `AWS_ENDPOINT_URL_WORKSPACES` set, or with `WORKSPACES_DIRECTORY_ID` and
`WORKSPACES_BUNDLE_ID` set for your account, it uses your configured endpoint, region
and credentials instead: that creates real WorkSpaces.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import AsyncGenerator, Callable, Generator
from contextlib import asynccontextmanager, contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from aioworkspaces import Credentials, WorkSpacesClient
from aioworkspaces.simulator import LocalWorkSpaces
from aioworkspaces.types import WorkspaceRequest, WorkspaceState

console = Console()
PUBLIC_BUNDLE = "wsb-92tn3b7gx"  # Standard with Windows 10, a bundle every account has


@contextmanager
def progress_bar(
    title: str, target: str
) -> Generator[Callable[[dict[str, WorkspaceState | None]], None], None, None]:
    """An `on_progress` callback drawing how many WorkSpaces have reached `target`."""
    with Progress(
        TextColumn(f"{title:<22}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[states]}"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task(title, total=None, states="")

        def on_progress(states: dict[str, WorkspaceState | None]) -> None:
            counts: dict[str, int] = {}
            for state in states.values():
                name = state.value if state is not None else "not visible"
                counts[name] = counts.get(name, 0) + 1
            progress.update(
                task,
                total=len(states),
                # A terminated WorkSpace soon disappears: gone is done too.
                completed=counts.get(target, 0)
                + (counts.get("not visible", 0) if target == "TERMINATED" else 0),
                states=", ".join(f"{n} {k}" for k, n in sorted(counts.items())),
            )

        yield on_progress


async def run(
    client: WorkSpacesClient, directory_id: str, bundle_id: str, count: int, delay: float
) -> None:
    timing = {"min_delay": delay, "max_delay": delay * 4}
    requests = [
        WorkspaceRequest(
            directory_id=directory_id, user_name=f"fleet-user-{i:03d}", bundle_id=bundle_id
        )
        for i in range(count)
    ]
    created = await client.bulk.create_workspaces(requests, concurrency=4)
    ids = [w.workspace_id for w in created.pending if w.workspace_id]
    console.print(f"created {len(ids)} WorkSpaces ({len(created.failed)} refused)")
    for failure in created.failed:
        console.print(f"  refused: {failure.error_code}: {failure.error_message}")

    with progress_bar("waiting for AVAILABLE", "AVAILABLE") as on_progress:
        await client.wait.workspaces_available(ids, on_progress=on_progress, **timing)

    stopped = await client.bulk.stop_workspaces(ids)
    console.print(f"stopping {len(stopped.succeeded)} WorkSpaces ({len(stopped.failed)} refused)")
    with progress_bar("waiting for STOPPED", "STOPPED") as on_progress:
        await client.wait.workspaces_stopped(stopped.succeeded, on_progress=on_progress, **timing)

    terminated = await client.bulk.terminate_workspaces(ids)
    with progress_bar("waiting for TERMINATED", "TERMINATED") as on_progress:
        await client.wait.workspaces_terminated(
            terminated.succeeded, on_progress=on_progress, **timing
        )
    console.print(f"terminated {len(terminated.succeeded)} WorkSpaces")


@asynccontextmanager
async def local_client(throttle: bool) -> AsyncGenerator[tuple[WorkSpacesClient, str], None]:
    """A client of the local service, and a directory registered there."""
    async with LocalWorkSpaces(speed=2400, throttle=throttle) as local:
        console.print(f"no endpoint configured: the local WorkSpaces service at {local.endpoint}")
        async with WorkSpacesClient(
            "us-east-1", endpoint_url=local.endpoint, credentials=Credentials("testing", "testing")
        ) as client:
            yield client, local.add_directory("d-1234567890")


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=60, help="WorkSpaces to create (60)")
    parser.add_argument("--delay", type=float, default=0.1, help="seconds between polls, at least")
    parser.add_argument(
        "--throttle", action="store_true", help="the local service throttles as AWS would"
    )
    args = parser.parse_args(argv)

    directory_id = os.environ.get("WORKSPACES_DIRECTORY_ID")
    bundle_id = os.environ.get("WORKSPACES_BUNDLE_ID")
    configured = os.environ.get("AWS_ENDPOINT_URL_WORKSPACES")
    if configured or (directory_id and bundle_id):
        if not directory_id or not bundle_id:
            console.print(
                "set WORKSPACES_DIRECTORY_ID and WORKSPACES_BUNDLE_ID for a real endpoint"
            )
            return 2
        async with WorkSpacesClient() as client:
            await run(client, directory_id, bundle_id, args.count, max(args.delay, 5.0))
        return 0
    async with local_client(args.throttle) as (client, directory_id):
        await run(client, directory_id, PUBLIC_BUNDLE, args.count, args.delay)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
