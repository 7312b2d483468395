"""Nothing blocking on the event loop's thread (issue 13.2), proven with an audit hook.

While a coroutine constructs, opens, calls and closes a client, every file opened,
blocking socket connected and process started on the loop's thread is recorded.
Imports are allowed (Python's own business); the shared config and credentials files,
CA bundles, credential_process and instance metadata must all happen in worker threads.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from aioworkspaces import WorkSpacesClient
from tests.support.fault_server import FaultServer, json_reply

_IMPORTS = (".py", ".pyc", ".so", ".pth")
_watch: list[tuple[threading.Thread, list[str]]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _watch:
        return
    thread, seen = _watch[-1]
    if threading.current_thread() is not thread:
        return
    if event == "open":
        path = args[0]
        if isinstance(path, (str, bytes)):
            name = path.decode() if isinstance(path, bytes) else path
            if not name.endswith(_IMPORTS) and "__pycache__" not in name:
                seen.append(f"open {name}")
    elif event == "socket.connect":
        sock = args[0]
        if isinstance(sock, socket.socket) and sock.gettimeout() != 0.0:
            seen.append(f"blocking connect {args[1]}")
    elif event == "subprocess.Popen":
        seen.append(f"process {args[1]!r}")


sys.addaudithook(_audit)


@contextmanager
def on_the_loop_thread() -> Iterator[list[str]]:
    """What the current thread (the loop's) opened, connected or started in the block."""
    seen: list[str] = []
    _watch.append((threading.current_thread(), seen))
    try:
        yield seen
    finally:
        _watch.pop()


def write(path: Path, text: str) -> None:
    path.write_text(text.strip() + "\n")


async def use(server: FaultServer, **options: Any) -> WorkSpacesClient:
    """Construct, open, call and close a client of `server`, watched throughout."""
    with on_the_loop_thread() as seen:
        client = WorkSpacesClient(endpoint_url=server.url, **options)
        async with client:
            await client.describe_tags(resource_id="ws-1")
    assert seen == [], seen
    return client


@pytest.fixture
def answering(fault_server: FaultServer) -> FaultServer:
    fault_server.script(*(json_reply({"TagList": []}) for _ in range(5)))
    return fault_server


async def test_environment_only(answering: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    client = await use(answering)
    assert client.region == "eu-west-1"
    assert answering.received[-1].access_key == "AKIDENV"


async def test_a_profile_of_the_credentials_file(
    answering: FaultServer, isolated_aws_environment: Path
) -> None:
    write(
        isolated_aws_environment / "credentials",
        "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s",
    )
    write(isolated_aws_environment / "config", "[profile dev]\nregion = sa-east-1")
    client = await use(answering, profile="dev")
    assert client.region == "sa-east-1"
    assert answering.received[-1].access_key == "AKIDDEV"


async def test_settings_of_the_config_file(
    answering: FaultServer, isolated_aws_environment: Path
) -> None:
    write(
        isolated_aws_environment / "config",
        "[default]\nregion = ap-south-1\nretry_mode = legacy\nmax_attempts = 4\n",
    )
    write(
        isolated_aws_environment / "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s",
    )
    client = await use(answering)
    assert client.region == "ap-south-1"
    assert (client.retry_policy.mode, client.retry_policy.max_attempts) == ("legacy", 4)
    assert answering.received[-1].access_key == "AKIDFILE"


async def test_credential_process(answering: FaultServer, isolated_aws_environment: Path) -> None:
    script = isolated_aws_environment / "creds.sh"
    write(
        script,
        '#!/bin/sh\necho \'{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "p"}\'',
    )
    script.chmod(0o755)
    write(
        isolated_aws_environment / "config",
        f"[default]\nregion = us-west-2\ncredential_process = {script}",
    )
    await use(answering)
    assert answering.received[-1].access_key == "AKIDPROC"


def test_outside_a_loop_the_files_are_read_at_construction(isolated_aws_environment: Path) -> None:
    write(isolated_aws_environment / "config", "[default]\nregion = ca-central-1")
    assert WorkSpacesClient().region == "ca-central-1"


async def test_on_a_loop_a_missing_region_is_reported_by_open() -> None:
    client = WorkSpacesClient()
    assert client.region is None
    from aioworkspaces.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="no region"):
        await client.open()


async def test_the_endpoint_from_the_rules_and_the_profile(isolated_aws_environment: Path) -> None:
    # No endpoint_url: the generated rules resolve it on the loop, from the files the
    # worker thread read (the profile's FIPS setting included).
    from aioworkspaces import Credentials, HttpResponse
    from aioworkspaces.testing import MockTransport

    write(isolated_aws_environment / "config", "[default]\nuse_fips_endpoint = true")
    sent = []

    def service(request: Any) -> HttpResponse:
        sent.append(request.url)
        return HttpResponse(200, json={"TagList": []})

    with on_the_loop_thread() as seen:
        client = WorkSpacesClient(
            "us-west-2", credentials=Credentials("AKID", "s"), transport=MockTransport(service)
        )
        async with client:
            await client.describe_tags(resource_id="ws-1")
    assert seen == [], seen
    assert sent == ["https://workspaces-fips.us-west-2.amazonaws.com"]
