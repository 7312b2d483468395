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

from aioworkspaces.simulator import LifecycleSimulator

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks() -> list[str]:
    return BLOCK.findall(README.read_text())


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
        "## Performance",
    ):
        assert heading in text, heading
    assert len(blocks()) >= 10


async def test_every_python_block_runs(
    sim: LifecycleSimulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
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
