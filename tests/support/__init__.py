"""Helpers the tests share: constants, servers, leak checks, the model, strategies."""

from __future__ import annotations

import socket

from aioworkspaces import Credentials

REGION = "us-east-1"
ENDPOINT = "https://workspaces.us-east-1.amazonaws.com"
TEST_CREDENTIALS = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def no_sleep(_: float) -> None:
    """Stands in for `asyncio.sleep` between retries."""
