"""moto's server on 127.0.0.1 for the integration tests, and a directory registered on it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.support import REGION, free_port


@contextmanager
def local_moto() -> Iterator[str]:
    """moto's server on 127.0.0.1 at a free port, stopped on exit."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log in the demo
    port = free_port()
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
