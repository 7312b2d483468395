"""`make demo`: the examples run end to end against local servers they start themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_make_demo_runs_the_quickstart_against_moto() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_ENDPOINT_URL")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "created 3 workspaces" in done.stdout
    assert "workspaces left in" in done.stdout and done.stdout.rstrip().endswith(": 0")


def test_make_demo_runs_the_fleet_against_the_simulator() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_ENDPOINT_URL")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "fleet.py"), "--delay", "0.01"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "created 60 WorkSpaces (0 refused)" in done.stdout
    assert "terminated 60 WorkSpaces" in done.stdout
