"""Every ```python block of README.md runs, in order, against the lifecycle simulator.

The blocks share one namespace (a later block may use what an earlier one made) and
may use top-level `await`, as the README says. The environment points the SDK at the
simulator: `AWS_ENDPOINT_URL_WORKSPACES` and test credentials.
"""

from __future__ import annotations

import ast
import inspect
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from aioworkspaces import WorkSpacesClient
from aioworkspaces.simulator import LifecycleSimulator
from aioworkspaces.types import WorkspaceDirectoryState
from tests.support import REGION, TEST_CREDENTIALS

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
LOG_SAMPLE = re.compile(r"^## Logging\n.*?^```text\n(.*?)\n^```", re.DOTALL | re.MULTILINE)


def blocks() -> list[str]:
    return BLOCK.findall(README.read_text())


def section_blocks(heading: str) -> list[str]:
    """The ```python blocks of one `## ` section."""
    text = README.read_text()
    start = text.index(f"\n{heading}\n")
    end = text.find("\n## ", start + 1)
    return BLOCK.findall(text[start : end if end != -1 else len(text)])


def log_line_pattern() -> re.Pattern[str]:
    """The sample log line the Logging section shows, any number standing for any other."""
    found = LOG_SAMPLE.search(README.read_text())
    assert found, "the Logging section shows a sample line in a ```text block"
    parts = re.split(r"(\d+(?:\.\d+)?)", found.group(1))
    return re.compile(
        "".join(r"\d+(?:\.\d+)?" if i % 2 else re.escape(part) for i, part in enumerate(parts))
    )


def test_the_readme_has_examples_for_each_section() -> None:
    text = README.read_text()
    for heading in (
        "## Pagination",
        "## Waiters",
        "## Bulk operations",
        "## Errors",
        "## Configuration",
        "## Logging",
        "## Testing your own code",
        "## Coming from boto3 and aiobotocore",
        "## Performance",
    ):
        assert heading in text, heading
    assert len(blocks()) >= 10


async def test_every_python_block_runs(
    sim: LifecycleSimulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_WORKSPACES", sim.endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDREADME")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "readme-secret")
    for index in range(12):
        sim.add_workspace(
            f"ws-readme{index:03d}", ["AVAILABLE"], DirectoryId="d-1234567890", UserName=f"u{index}"
        )
    sim.add("image", "wsi-readme0001", ["AVAILABLE"])
    namespace: dict[str, Any] = {"__name__": "readme"}
    # The logging section configures logging as a program would: undone afterwards.
    sdk_logger, root = logging.getLogger("aioworkspaces"), logging.getLogger()
    saved = (sdk_logger.level, root.level, list(root.handlers))
    try:
        for number, source in enumerate(blocks(), 1):
            code = compile(
                source, f"README.md block {number}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
            )
            outcome = eval(code, namespace)
            if inspect.isawaitable(outcome):
                await outcome
    finally:
        sdk_logger.setLevel(saved[0])
        root.setLevel(saved[1])
        root.handlers[:] = saved[2]
    printed = capsys.readouterr().out
    assert "ws-readme000" in printed  # the first block listed the simulator's WorkSpaces
    assert "invalid parameters for StartWorkspaces" in printed
    assert "ValidationException 400" in printed
    assert "12/12 available" not in printed and "1/1 available" in printed
    assert "no ws-2" in printed
    assert "{'DescribeWorkspaces': 1}" in printed
    assert "AVAILABLE True" in printed  # the local service's WorkSpace, polled until ready
    # The boto3 function and its port found the same WorkSpaces; the bridge gave boto3's dict.
    assert "12 available" in printed
    assert "['AVAILABLE', 'AVAILABLE'] 200" in printed
    assert "['ws-1']" in printed  # the stubbed answer, from a boto3-style dict fixture
    logged = [f"{r.name} {r.getMessage()}" for r in caplog.records]
    assert [line for line in logged if log_line_pattern().fullmatch(line)], logged


async def test_the_stubber_example_runs_on_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    # The block readers copy into their own tests: it imports all it uses, needs no server.
    source = section_blocks("## Testing your own code")[0]
    code = compile(source, "README.md stubber block", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    outcome = eval(code, {"__name__": "readme_stubber"})
    if inspect.isawaitable(outcome):
        await outcome
    assert capsys.readouterr().out == "no ws-2\n"


async def test_the_moto_recipe_registers_a_directory(moto_endpoint: str) -> None:
    # The block that says how to get a registered directory on moto: it imports all it
    # uses; run against the test suite's moto server.
    source = section_blocks("## Coming from boto3 and aiobotocore")[-1]
    namespace: dict[str, Any] = {"__name__": "readme_moto"}
    exec(compile(source, "README.md moto block", "exec"), namespace)
    directory_id = await namespace["registered_on_moto"](moto_endpoint)
    async with WorkSpacesClient(
        REGION, endpoint_url=moto_endpoint, credentials=TEST_CREDENTIALS
    ) as client:
        result = await client.describe_workspace_directories(directory_ids=[directory_id])
    (directory,) = result.directories or []
    assert directory.state == WorkspaceDirectoryState.REGISTERED
