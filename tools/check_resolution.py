"""Does aioworkspaces install beside the newest boto3 and aiobotocore without a downgrade?

For each companion (boto3, aiobotocore) pip resolves, in a throwaway virtualenv and
without installing anything (`pip install --dry-run --report`), first the companion
alone, then this project together with it. The versions of boto3, botocore and
aiobotocore must be the same in both: adding aioworkspaces never downgrades them.
Needs the package registry (run by `make botocore-range` and `nox -s resolution`).

    python tools/check_resolution.py [--python python3.11]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPANIONS = ("boto3", "aiobotocore")
# A resolution takes seconds; pip backtracking through every release of a companion
# (what an impossible pin makes it do) is a failure, not something to wait for.
TIMEOUT = 300
WATCHED = ("boto3", "botocore", "aiobotocore")


def resolve(pip: list[str], requirements: list[str], report: Path) -> dict[str, str]:
    """The name -> version pip would install for `requirements` (nothing is installed)."""
    command = [
        *pip,
        "install",
        "--dry-run",
        "--ignore-installed",
        "--quiet",
        "--report",
        str(report),
        *requirements,
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit(
            f"FAIL: pip was still backtracking after {TIMEOUT} s on {' '.join(requirements)}"
        ) from None
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"FAIL: pip cannot resolve {' '.join(requirements)}:\n{tail}")
    installed = json.loads(report.read_text())["install"]
    return {item["metadata"]["name"].lower(): item["metadata"]["version"] for item in installed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the Python to resolve for")
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="aioworkspaces-resolution-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([args.python, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
        for companion in COMPANIONS:
            alone = resolve(pip, [companion], Path(tmp) / f"{companion}.json")
            together = resolve(pip, [str(ROOT), companion], Path(tmp) / f"with-{companion}.json")
            assert "aioworkspaces" in together, together
            changed = {
                name: (alone.get(name), together.get(name))
                for name in WATCHED
                if alone.get(name) != together.get(name)
            }
            pinned = ", ".join(f"{n} {together[n]}" for n in WATCHED if n in together)
            if changed:
                failures += 1
                print(f"FAIL: aioworkspaces + {companion} changes {changed} (alone -> together)")
            else:
                print(f"ok: aioworkspaces + {companion} resolves to {pinned}, as {companion} alone")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
