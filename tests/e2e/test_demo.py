"""`make demo`: the examples run end to end against local servers they start themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def run_example(name: str, *args: str) -> str:
    """Run `examples/<name>` as `make demo` does (no endpoint configured); its stdout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_ENDPOINT_URL")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_demo_runs_the_quickstart_against_moto() -> None:
    output = run_example("quickstart.py")
    assert "created 3 workspaces" in output
    assert "workspaces left in" in output and output.rstrip().endswith(": 0")


def test_make_demo_runs_the_fleet_against_the_simulator() -> None:
    output = run_example("fleet.py", "--delay", "0.01")
    assert "created 60 WorkSpaces (0 refused)" in output
    assert "terminated 60 WorkSpaces" in output


async def test_the_hooks_example_counts_calls_retries_and_latency() -> None:
    hooks_metrics = load_script("examples/hooks_metrics.py")
    metrics = await hooks_metrics.main()
    describe = metrics.by_operation["DescribeWorkspaces"]
    start = metrics.by_operation["StartWorkspaces"]
    assert describe.attempts >= 10 and describe.errors == 0
    assert (start.attempts, start.retries, start.errors) == (4, 2, 2)  # 2 chunks, 2 throttled
    assert all(latency > 0 for latency in describe.latencies)
    assert metrics.redacted_headers_seen
