"""`make demo`: the examples run end to end against local servers they start themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def run_example(name: str, blocked: Path, *args: str) -> str:
    """Run `examples/<name>` as `make demo` does (no endpoint configured); its stdout.

    moto and boto3 cannot be imported: the demo needs neither (nor an AWS account).
    """
    for module in ("moto", "boto3"):
        (blocked / module).mkdir(exist_ok=True)
        (blocked / module / "__init__.py").write_text(
            f"raise ImportError('make demo must not need {module}')\n"
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_ENDPOINT_URL")}
    env["PYTHONPATH"] = os.pathsep.join([str(blocked), str(ROOT)])
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


def test_make_demo_runs_the_quickstart_on_the_local_service(tmp_path: Path) -> None:
    output = run_example("quickstart.py", tmp_path)
    assert "the local WorkSpaces service at http://127.0.0.1:" in output
    assert "registered directory d-1234567890" in output
    assert "created 3 workspaces" in output
    assert output.count("state=AVAILABLE") == 3
    assert "tagged ws-" in output and "team=platform" in output
    assert "workspaces left in" in output and output.rstrip().endswith(": 0")


def test_make_demo_runs_the_fleet_on_the_local_service(tmp_path: Path) -> None:
    output = run_example("fleet.py", tmp_path, "--delay", "0.01")
    assert "the local WorkSpaces service at http://127.0.0.1:" in output
    assert "created 60 WorkSpaces (0 refused)" in output
    assert "stopping 60 WorkSpaces (0 refused)" in output
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
