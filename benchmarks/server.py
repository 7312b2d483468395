"""A loopback AWS JSON 1.1 server for benchmarks: precomputed answers, as little work as can be.

A raw `asyncio.Protocol` speaking just enough HTTP/1.1 (keep-alive, Content-Length
bodies) to answer the AWS JSON 1.1 POST its `X-Amz-Target` names. `DescribeWorkspaces`
gets a page of 25 WorkSpaces with every member of the model filled, or, when the
request carries a `NextToken` (or asks for the chain with `BundleId` `wsb-chain`), the
next page of a 100-page chain of 2,500 WorkSpaces; any other target gets the service's
`UnknownOperationException`. Run it in its own process so that it does not share an
interpreter with the client being measured:

    python benchmarks/server.py --port 0     # prints the URL it listens on

or in-process with `await serve()`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
from typing import Any

__all__ = ["CHAIN_PAGES", "PAGE", "PAGE_SIZE", "serve", "workspace"]

PAGE_SIZE = 25
CHAIN_PAGES = 100
_TOKEN = re.compile(rb'"NextToken"\s*:\s*"page-(\d+)"')
_TARGET = re.compile(rb"\r\nx-amz-target:\s*([^\r]*)")
_DESCRIBE_WORKSPACES = b"workspacesservice.describeworkspaces"  # as read from a lower-cased head


def workspace(index: int) -> dict[str, Any]:
    """One WorkSpace with every member the model has, as DescribeWorkspaces sends it."""
    suffix = f"{index:09x}"
    return {
        "WorkspaceId": f"ws-{suffix}",
        "DirectoryId": "d-9067a1b2c3",
        "UserName": f"user.{index:05d}",
        "IpAddress": f"10.0.{index // 250 % 250}.{index % 250 + 4}",
        "Ipv6Address": f"2600:1f18:1234:5600::{index:x}",
        "State": "AVAILABLE",
        "BundleId": "wsb-8vbljg4r6",
        "SubnetId": "subnet-0a1b2c3d4e5f60718",
        # Only a WorkSpace that failed has these; sent here so that every member is read.
        "ErrorMessage": "The WorkSpace was rebuilt after a failed root volume resize.",
        "ErrorCode": "RootVolumeResizeFailed",
        "ComputerName": f"WSAMZN-{suffix[:8].upper()}",
        "VolumeEncryptionKey": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "UserVolumeEncryptionEnabled": True,
        "RootVolumeEncryptionEnabled": True,
        "WorkspaceName": f"analytics-{index:05d}",
        "WorkspaceProperties": {
            "RunningMode": "AUTO_STOP",
            "RunningModeAutoStopTimeoutInMinutes": 60,
            "RootVolumeSizeGib": 80,
            "UserVolumeSizeGib": 50,
            "ComputeTypeName": "STANDARD",
            "Protocols": ["WSP"],
            "OperatingSystemName": "WINDOWS_SERVER_2022",
            "GlobalAccelerator": {"Mode": "ENABLED_AUTO", "PreferredProtocol": "TCP"},
            "NestedVirtualizationEnabled": False,
        },
        "ModificationStates": [
            {"Resource": "COMPUTE_TYPE", "State": "UPDATE_INITIATED"},
        ],
        "RelatedWorkspaces": [
            {
                "WorkspaceId": f"ws-s{suffix[1:]}",
                "Region": "us-west-2",
                "State": "AVAILABLE",
                "Type": "STANDBY",
            }
        ],
        "DataReplicationSettings": {
            "DataReplication": "PRIMARY_AS_SOURCE",
            "RecoverySnapshotTime": 1_700_000_000 + index,
        },
        "StandbyWorkspacesProperties": [
            {
                "StandbyWorkspaceId": f"ws-s{suffix[1:]}",
                "DataReplication": "PRIMARY_AS_SOURCE",
                "RecoverySnapshotTime": 1_700_000_000 + index,
            }
        ],
    }


def _body(document: dict[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


def _response(body: bytes, status: str = "200 OK") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/x-amz-json-1.1\r\n"
        "x-amzn-RequestId: 1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901\r\n"
        f"Content-Length: {len(body)}\r\n"
        "\r\n"
    )
    return head.encode() + body


PAGE = _body({"Workspaces": [workspace(i) for i in range(PAGE_SIZE)]})
"""The body of the single DescribeWorkspaces page."""
_SINGLE = _response(PAGE)
_CHAIN = [
    _response(
        _body(
            {
                "Workspaces": [workspace(p * PAGE_SIZE + i) for i in range(PAGE_SIZE)],
                **({"NextToken": f"page-{p + 1}"} if p + 1 < CHAIN_PAGES else {}),
            }
        )
    )
    for p in range(CHAIN_PAGES)
]
_UNKNOWN_OPERATION = _response(
    _body(
        {"__type": "UnknownOperationException", "message": "this server answers DescribeWorkspaces"}
    ),
    "400 Bad Request",
)


class _Http(asyncio.Protocol):
    """Reads requests off one connection and writes the precomputed answers."""

    def __init__(self) -> None:
        self._buffer = b""
        self._writer: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._writer = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end].lower() + b"\r\n"
            start = head.find(b"content-length:")
            length = int(head[start + 15 : head.find(b"\r\n", start)]) if start >= 0 else 0
            if len(self._buffer) < end + 4 + length:
                return
            body = self._buffer[end + 4 : end + 4 + length]
            self._buffer = self._buffer[end + 4 + length :]
            assert self._writer is not None
            self._writer.write(self._answer(head, body))

    @staticmethod
    def _answer(head: bytes, body: bytes) -> bytes:
        target = _TARGET.search(head)
        if target is None or target.group(1).strip() != _DESCRIBE_WORKSPACES:
            return _UNKNOWN_OPERATION
        token = _TOKEN.search(body)
        if token is not None:
            return _CHAIN[int(token.group(1))]
        # The first page of the chain is asked for with a marker bundle id.
        return _CHAIN[0] if b'"BundleId":"wsb-chain"' in body.replace(b" ", b"") else _SINGLE


async def serve(port: int = 0) -> asyncio.Server:
    """Start serving on 127.0.0.1:`port` (0: a free port)."""
    loop = asyncio.get_running_loop()
    return await loop.create_server(_Http, "127.0.0.1", port, backlog=1024)


async def _main(port: int) -> None:
    server = await serve(port)
    bound = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{bound}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="benchmark loopback server")
    parser.add_argument("--port", type=int, default=0)
    try:
        asyncio.run(_main(parser.parse_args().port))
    except KeyboardInterrupt:
        pass
