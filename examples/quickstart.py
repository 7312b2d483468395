"""Quickstart: register a directory, create workspaces, list, tag and terminate them.

Run with `make demo`. With no endpoint configured (no `AWS_ENDPOINT_URL_WORKSPACES`,
no `AWS_ENDPOINT_URL`) it starts moto's server on 127.0.0.1 and sets up a directory
there first; otherwise it talks to the configured endpoint with your credentials and
region, and expects `WORKSPACES_DIRECTORY_ID` and `WORKSPACES_BUNDLE_ID`; setting those two
alone runs it against your account, with your credentials and region.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aioworkspaces import Credentials, WorkSpacesClient
from aioworkspaces.types import Tag, TerminateRequest, WorkspaceRequest

REGION = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def local_moto() -> Iterator[str]:
    """moto's server on 127.0.0.1 at a free port, stopped on exit."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log in the demo
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def create_moto_directory(endpoint: str) -> str:
    """moto registers only directories that its DS service knows: make one."""
    import boto3

    settings: dict[str, Any] = {
        "endpoint_url": endpoint,
        "region_name": REGION,
        "aws_access_key_id": "testing",
        "aws_secret_access_key": "testing",
    }
    ec2 = boto3.client("ec2", **settings)
    vpc_id = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    subnets = [
        ec2.create_subnet(
            VpcId=vpc_id, CidrBlock=f"10.0.{i}.0/24", AvailabilityZone=f"{REGION}{zone}"
        )["Subnet"]["SubnetId"]
        for i, zone in enumerate("ab")
    ]
    ds = boto3.client("ds", **settings)
    directory_id: str = ds.create_directory(
        Name="corp.example.com",
        Password="Passw0rd!Passw0rd",
        Size="Small",
        VpcSettings={"VpcId": vpc_id, "SubnetIds": subnets},
    )["DirectoryId"]
    return directory_id


async def tour(client: WorkSpacesClient, directory_id: str, bundle_id: str, register: bool) -> None:
    if register:
        await client.register_workspace_directory(directory_id=directory_id)
        print(f"registered directory {directory_id}")

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

    listing = await client.describe_workspaces(directory_id=directory_id)
    for ws in listing.workspaces or []:
        print(f"  {ws.workspace_id}  user={ws.user_name}  state={ws.state}")

    await client.create_tags(resource_id=ids[0], tags=[Tag(key="team", value="platform")])
    tags = await client.describe_tags(resource_id=ids[0])
    print(f"tagged {ids[0]}: {', '.join(f'{t.key}={t.value}' for t in tags.tag_list or [])}")

    result = await client.terminate_workspaces(
        terminate_workspace_requests=[TerminateRequest(workspace_id=i) for i in ids]
    )
    print(f"terminated {len(ids) - len(result.failed_requests or [])} workspaces")
    remaining = await client.describe_workspaces(directory_id=directory_id)
    print(f"workspaces left in {directory_id}: {len(remaining.workspaces or [])}")


async def main() -> int:
    configured = os.environ.get("AWS_ENDPOINT_URL_WORKSPACES") or os.environ.get("AWS_ENDPOINT_URL")
    directory_id = os.environ.get("WORKSPACES_DIRECTORY_ID")
    bundle_id = os.environ.get("WORKSPACES_BUNDLE_ID")
    if configured or (directory_id and bundle_id):
        # A configured endpoint, or your account (credentials and region as the AWS CLI finds them).
        if not directory_id or not bundle_id:
            print(
                "set WORKSPACES_DIRECTORY_ID and WORKSPACES_BUNDLE_ID to run against a real endpoint"
            )
            return 2
        async with WorkSpacesClient() as client:
            await tour(client, directory_id, bundle_id, register=False)
        return 0

    with local_moto() as endpoint:
        print(f"no endpoint configured: using moto on {endpoint}")
        directory_id = await asyncio.to_thread(create_moto_directory, endpoint)
        async with WorkSpacesClient(
            REGION, endpoint_url=endpoint, credentials=Credentials("testing", "testing")
        ) as client:
            await tour(client, directory_id, "wsb-12345678", register=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
