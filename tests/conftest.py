"""Shared fixtures: an isolated AWS environment, a moto server, clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from aioworkspaces import ClientConfig, Credentials, WorkSpacesClient
from aioworkspaces.simulator import LifecycleSimulator
from tests.support import REGION, TEST_CREDENTIALS, no_sleep
from tests.support.fault_server import FaultServer
from tests.support.mock_service import ScriptedService
from tests.support.moto import local_moto


@pytest.fixture(autouse=True)
def isolated_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No test reads the developer's ~/.aws, real credentials, or instance metadata."""
    import os

    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    home = tmp_path / "aws-home"
    home.mkdir()
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    yield home


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """A moto server on 127.0.0.1 at a free port, for the whole session."""
    with local_moto() as endpoint:
        yield endpoint


@pytest.fixture
async def moto_client(moto_endpoint: str) -> AsyncIterator[WorkSpacesClient]:
    """A client of the session's moto server."""
    async with WorkSpacesClient(
        REGION, endpoint_url=moto_endpoint, credentials=Credentials("testing", "testing")
    ) as c:
        yield c


@pytest.fixture
def service() -> ScriptedService:
    """A scripted service behind `aioworkspaces.testing.MockTransport`."""
    return ScriptedService()


@pytest.fixture
async def client(service: ScriptedService) -> AsyncIterator[WorkSpacesClient]:
    """A client for the real endpoint name, answered by `service`; waits are recorded."""
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        transport=service.transport,
        config=service.config(max_attempts=3),
    ) as c:
        yield c


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A scripted HTTP server on 127.0.0.1 (see tests/fault_server.py)."""
    with FaultServer() as server:
        yield server


@pytest.fixture
async def fault_client(fault_server: FaultServer) -> AsyncIterator[WorkSpacesClient]:
    """A client of `fault_server`: 3 attempts, a 0.2 s read timeout, no backoff wait."""
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=fault_server.url,
        # Full jitter of 0: retries at once.
        config=ClientConfig(
            max_attempts=3, read_timeout=0.2, connect_timeout=2, jitter=lambda: 0.0
        ),
    ) as client:
        yield client


@pytest.fixture
async def sim() -> AsyncIterator[LifecycleSimulator]:
    """The lifecycle simulator on 127.0.0.1 (one step per describe, visible after one)."""
    async with LifecycleSimulator(steps=2, appear_after=1) as simulator:
        yield simulator


@pytest.fixture
async def sim_client(sim: LifecycleSimulator) -> AsyncIterator[WorkSpacesClient]:
    """A client for the simulator whose retries do not sleep."""
    async with WorkSpacesClient(
        REGION,
        endpoint_url=sim.endpoint,
        credentials=TEST_CREDENTIALS,
        config=ClientConfig(sleep=no_sleep),
    ) as c:
        yield c


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the folder it lives in; e2e runs and moto's server are `slow`."""
    for item in items:
        parts = item.path.parts
        kind = next((k for k in ("unit", "integration", "e2e") if k in parts), None)
        if kind is not None:
            item.add_marker(getattr(pytest.mark, kind))
        if kind == "e2e" or "moto_endpoint" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
